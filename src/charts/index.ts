/**
 * Every chart on the site, by the id of its dataset (/data/charts/<id>.csv).
 * Chart.astro renders `CHARTS[id].build(rows, {lang, highlight})` at build time.
 */
import type { ChartBuilder } from "./types.ts";
import { enterprisesNortheast2017 } from "./enterprises-northeast-2017.ts";
import { enterprisesTotals } from "./enterprises-totals.ts";
import { budgetYears } from "./budget-years.ts";
import { budgetByFunder } from "./budget-by-funder.ts";
import { purchasing } from "./purchasing.ts";
import { purchasingSeries } from "./purchasing-series.ts";
import { specialZoneBudget } from "./special-zone-budget.ts";

export const CHARTS = {
  "enterprises-northeast-2017": { build: enterprisesNortheast2017 },
  "enterprises-totals": { build: enterprisesTotals },
  "budget-years": { build: budgetYears },
  "budget-by-funder": { build: budgetByFunder },
  purchasing: { build: purchasing },
  "purchasing-series": { build: purchasingSeries },
  "special-zone-budget": { build: specialZoneBudget },
} satisfies Record<string, { build: ChartBuilder }>;

export type ChartId = keyof typeof CHARTS;
