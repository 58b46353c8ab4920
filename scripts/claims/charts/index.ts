/**
 * The sentences of every chart, as claims: each chart's takeaway, its text
 * alternative and (where it states a date) its unit line, written from the
 * rows the chart draws. The chart only prints them (src/charts/*).
 */
import type { ChartId } from "../../../contract/charts.ts";
import { CHART_IDS } from "../../../contract/charts.ts";
import type { ClaimContext } from "../context.ts";
import type { ClaimSpec } from "../make.ts";
import { budgetByFunderClaims } from "./budget-by-funder.ts";
import { budgetYearsClaims } from "./budget-years.ts";
import { northeastClaims } from "./enterprises-northeast-2017.ts";
import { totalsClaims } from "./enterprises-totals.ts";
import { totalsPer10kClaims } from "./enterprises-totals-per-10k.ts";
import { purchasingSeriesClaims } from "./purchasing-series.ts";
import { purchasingClaims } from "./purchasing.ts";
import { specialZoneClaims } from "./special-zone-budget.ts";

const CHART_CLAIMS: Record<ChartId, (ctx: ClaimContext) => ClaimSpec[]> = {
  "enterprises-northeast-2017": northeastClaims,
  "enterprises-totals": totalsClaims,
  "enterprises-totals-per-10k": totalsPer10kClaims,
  "budget-years": budgetYearsClaims,
  "budget-by-funder": budgetByFunderClaims,
  purchasing: purchasingClaims,
  "purchasing-series": purchasingSeriesClaims,
  "special-zone-budget": specialZoneClaims,
};

/** One list of specs per chart, in the order of contract/charts.ts. */
export function chartClaims(ctx: ClaimContext): ClaimSpec[][] {
  return CHART_IDS.map((id) => CHART_CLAIMS[id](ctx));
}
