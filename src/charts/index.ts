/**
 * Every chart on the site, by the id of its dataset (/data/charts/<id>.csv),
 * each in its own folder: draw.ts (the drawing), words.ts (its sentences in
 * both languages), table.ts (the data table), index.ts (the builder).
 */
import type { ChartId } from "../../contract/charts.ts";
import type { ChartBuilder } from "./types.ts";
import { budgetByFunder } from "./budget-by-funder/index.ts";
import { budgetYears } from "./budget-years/index.ts";
import { enterprisesNortheast2017 } from "./enterprises-northeast-2017/index.ts";
import { enterprisesTotals } from "./enterprises-totals/index.ts";
import { enterprisesTotalsPer10k } from "./enterprises-totals-per-10k/index.ts";
import { purchasingSeries } from "./purchasing-series/index.ts";
import { purchasing } from "./purchasing/index.ts";
import { specialZoneBudget } from "./special-zone-budget/index.ts";

export type { ChartId } from "../../contract/charts.ts";

export const CHARTS: Record<ChartId, { build: ChartBuilder }> = {
  "enterprises-northeast-2017": { build: enterprisesNortheast2017 },
  "enterprises-totals": { build: enterprisesTotals },
  "enterprises-totals-per-10k": { build: enterprisesTotalsPer10k },
  "budget-years": { build: budgetYears },
  "budget-by-funder": { build: budgetByFunder },
  purchasing: { build: purchasing },
  "purchasing-series": { build: purchasingSeries },
  "special-zone-budget": { build: specialZoneBudget },
};
