/**
 * Why the budgets and purchasing pages draw nothing per resident, as claims:
 * the population of the one definition is printed only on the dates it is,
 * so few of the page's figures have one within a year (the rule of
 * scripts/products/nearestPopulation.ts, applied to the facts the page's
 * chart draws). Where every figure has one, this stops the build: such a
 * chart should be drawn per resident, not explained away.
 */
import type { ChartId } from "../../contract/charts.ts";
import type { Fact } from "../../contract/model.ts";
import { isDefinitionPopulation } from "../products/nearestPopulation.ts";
import { ClaimError } from "./claimError.ts";
import type { ClaimContext } from "./context.ts";
import type { ClaimSpec } from "./make.ts";
import { ids, Sentence } from "./charts/sentence.ts";

const PAGES = [
  { page: "budgets", chart: "budget-years" },
  { page: "purchasing", chart: "purchasing-series" },
] as const satisfies readonly { page: string; chart: ChartId }[];
type Page = (typeof PAGES)[number]["page"];

function noteOf(ctx: ClaimContext, page: Page, chart: ChartId): ClaimSpec {
  const id = `compare-${page}-per-10k`;
  const drawn: Fact[] = ctx
    .chartRows(chart)
    .map((r) => String(r.fact_id ?? ""))
    .filter((f) => f !== "")
    .map((f) => ctx.factById(id, f));
  const matched = drawn.filter((f) => ctx.population(f.district_code, f.period_end));
  if (drawn.length > 0 && matched.length === drawn.length)
    throw new ClaimError(id, `every figure of ${chart} has a population: draw it per resident`);
  const s = new Sentence(id);
  s.value(
    {
      name: "n",
      value: drawn.length,
      unit: "count",
      qualifier: "",
      derivation: `size:${ids(drawn)}`,
    },
    drawn,
  );
  s.value(
    {
      name: "m",
      value: matched.length,
      unit: "count",
      qualifier: "",
      derivation: `size:${ids(matched)}`,
    },
    matched,
  );
  const popDates = [
    ...new Set(ctx.model.facts.filter(isDefinitionPopulation).map((f) => f.period)),
  ];
  if (popDates.length === 1) s.date(popDates[0]!, "popDate");
  return {
    id,
    scope: "compare",
    district: ctx.city,
    template: popDates.length === 1 ? `compare-${page}-per-10k` : `compare-${page}-per-10k-dates`,
    values: s.values,
    dates: s.dates,
    facts: s.facts,
  };
}

export function perResidentNotes(ctx: ClaimContext): ClaimSpec[] {
  return PAGES.map((p) => noteOf(ctx, p.page, p.chart));
}
