/**
 * The totals chart per 10,000 residents: every printed total that has a
 * population of the one definition near its date, divided by it (the rate
 * and its population are enterprises.csv's, one rule: nearestPopulation.ts).
 * Totals of different dates or sources are never ranked; the takeaway says
 * so, and which population date they were divided by.
 */
import type { ClaimValue } from "../../../contract/claims.ts";
import { meantValue, type Fact } from "../../../contract/model.ts";
import {
  POPULATION_DEFINITION_EN,
  POPULATION_DEFINITION_KO,
} from "../../products/nearestPopulation.ts";
import type { ClaimContext } from "../context.ts";
import type { ClaimSpec } from "../make.ts";
import { KIND_WORDS } from "../words.ts";
import { ids, joinBoth } from "./sentence.ts";
import { chartSpec, emptyChart, placeName, rowFacts, sentence } from "./spec.ts";

const CHART = "enterprises-totals-per-10k";

interface Drawn {
  fact: Fact;
  population: Fact;
  per10k: Omit<ClaimValue, "name">;
}

/** The count per 10,000 residents, as the claims state it (2 decimals). */
export function per10kValue(count: Fact, population: Fact): Omit<ClaimValue, "name"> {
  return {
    value: Math.round((meantValue(count)! / population.value!) * 1e6) / 100,
    unit: "per_10k",
    qualifier: count.qualifier,
    derivation: `per10k:${count.id}/${population.id}`,
  };
}

export function totalsPer10kClaims(ctx: ClaimContext): ClaimSpec[] {
  const id = `chart-${CHART}-takeaway`;
  const read: Drawn[] = rowFacts(ctx, CHART).map(({ row, fact }) => {
    const population = ctx.factById(id, String(row.population_fact_id ?? ""));
    return { fact, population, per10k: per10kValue(fact, population) };
  });
  // In the totals chart's order: by district as first printed, by date within one.
  const order = [...new Set(read.map((d) => d.fact.district_code))];
  const drawn = [...read].sort(
    (a, b) =>
      order.indexOf(a.fact.district_code) - order.indexOf(b.fact.district_code) ||
      a.fact.period.localeCompare(b.fact.period),
  );
  if (drawn.length === 0) return emptyChart(ctx, CHART);
  const facts = drawn.map((d) => d.fact);
  const pops = drawn.map((d) => d.population);
  const popDates = [...new Set(pops.map((p) => p.period))];
  const distinct = (k: "period" | "source_id") => new Set(facts.map((f) => f[k])).size;

  const takeaway = sentence(CHART, "takeaway");
  const alike = distinct("period") === 1 && distinct("source_id") === 1;
  if (alike) takeaway.date(facts[0]!.period, "date");
  else {
    takeaway.value(
      {
        name: "n",
        value: drawn.length,
        unit: "count",
        qualifier: "",
        derivation: `size:${ids(facts)}`,
      },
      facts,
    );
    takeaway.value(
      {
        name: "sources",
        value: distinct("source_id"),
        unit: "documents",
        qualifier: "",
        derivation: `distinct:source_id:${ids(facts)}`,
      },
      facts,
    );
  }
  if (popDates.length === 1) {
    takeaway.date(popDates[0]!, "popDate");
    takeaway.restsOn(pops);
  }
  const definition = {
    ko: { definition: POPULATION_DEFINITION_KO },
    en: { definition: POPULATION_DEFINITION_EN },
  };

  const alt = sentence(CHART, "alt");
  const items = drawn.map((d) => {
    const rate = alt.value(d.per10k, [d.fact, d.population]);
    const date = alt.date(d.fact.period);
    const kind = KIND_WORDS[d.fact.source_kind];
    const name = placeName(d.fact);
    return {
      ko: `${name.ko} ${rate.ko} (${date.ko}, ${kind.ko})`,
      en: `${name.en} ${rate.en} (${date.en}, ${kind.en})`,
    };
  });
  const list = joinBoth(items);
  const withSeoul =
    facts.some((f) => f.district_code === ctx.city.code) &&
    facts.some((f) => f.district_code !== ctx.city.code);

  const unit = sentence(CHART, "unit");
  if (popDates.length === 1) {
    unit.date(popDates[0]!, "popDate");
    unit.restsOn(pops);
  }
  return [
    chartSpec(ctx, CHART, facts, {
      part: "takeaway",
      template: alike
        ? popDates.length === 1
          ? "totals-per10k-as-of-pop"
          : "totals-per10k-as-of"
        : popDates.length === 1
          ? "totals-per10k-unranked-pop"
          : "totals-per10k-unranked",
      sentence: takeaway,
      text: definition,
    }),
    chartSpec(ctx, CHART, facts, {
      part: "alt",
      template: withSeoul ? "totals-per10k-alt-seoul" : "totals-per10k-alt",
      sentence: alt,
      text: { ko: { list: list.ko }, en: { list: list.en } },
    }),
    chartSpec(ctx, CHART, facts, {
      part: "unit",
      template: popDates.length === 1 ? "totals-per10k-unit" : "totals-per10k-unit-dates",
      sentence: unit,
      text: definition,
    }),
  ];
}
