/**
 * A chart's sentence as a claim spec: its id (contract chartClaimId), scope
 * "chart", the chart, and the place it is about: the one district a chart
 * draws, or Seoul when it draws several (or Seoul alone).
 */
import type { ChartId } from "../../../contract/charts.ts";
import {
  chartClaimId,
  type ChartClaimPart,
  type ClaimComparison,
} from "../../../contract/claims.ts";
import type { Fact } from "../../../contract/model.ts";
import type { ProductRow } from "../../../contract/product.ts";
import type { ClaimContext } from "../context.ts";
import type { ClaimSpec } from "../make.ts";
import type { TemplateId } from "../templates.ts";
import { Sentence } from "./sentence.ts";

export interface ChartSentence {
  part: ChartClaimPart;
  template: TemplateId;
  sentence: Sentence;
  text?: { ko: Record<string, string>; en: Record<string, string> };
  comparisons?: ClaimComparison[];
}

/** The chart's rows, each with the fact of its `column` (rows without one are left out). */
export function rowFacts(
  ctx: ClaimContext,
  chart: ChartId,
  column = "fact_id",
): { row: ProductRow; fact: Fact }[] {
  const id = chartClaimId(chart, "takeaway");
  return ctx
    .chartRows(chart)
    .filter((row) => String(row[column] ?? "") !== "")
    .map((row) => ({ row, fact: ctx.factById(id, String(row[column])) }));
}

export function chartSpec(
  ctx: ClaimContext,
  chart: ChartId,
  drawn: readonly Fact[],
  s: ChartSentence,
): ClaimSpec {
  const codes = [...new Set(drawn.map((f) => f.district_code))];
  const district =
    codes.length === 1 && codes[0] !== ctx.city.code ? ctx.districtOf(codes[0]!) : ctx.city;
  return {
    id: chartClaimId(chart, s.part),
    scope: "chart",
    chart,
    district,
    template: s.template,
    values: s.sentence.values,
    comparisons: s.comparisons ?? [],
    dates: s.sentence.dates,
    facts: s.sentence.facts,
    ...(s.text ? { text: s.text } : {}),
  };
}

/** A new sentence of a chart, named by its claim id. */
export const sentence = (chart: ChartId, part: ChartClaimPart): Sentence =>
  new Sentence(chartClaimId(chart, part));

/** A chart with nothing to draw says so, in its takeaway and its text alternative. */
export function emptyChart(ctx: ClaimContext, chart: ChartId): ClaimSpec[] {
  return (["takeaway", "alt"] as const).map((part) =>
    chartSpec(ctx, chart, [], {
      part,
      template: part === "takeaway" ? "chart-empty" : "chart-empty-alt",
      sentence: sentence(chart, part),
    }),
  );
}

/** Groups in first-seen order. */
export function groupsOf<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const g = map.get(k);
    if (g) g.push(t);
    else map.set(k, [t]);
  }
  return [...map.values()];
}

/** The place's name as a chart sentence gives it. */
export const placeName = (f: Fact) => ({ ko: f.district_ko, en: f.district_en });
