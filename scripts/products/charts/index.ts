/**
 * The data of every chart on the site, exactly the rows each chart draws,
 * published as /data/charts/<id>.csv. Each is cut from the products already
 * built (never rebuilt here); the pages render them and never filter them further.
 */
import type { ChartId } from "../../../contract/charts.ts";
import type { Product } from "../../../contract/product.ts";
import { enterprisesNortheast2017 } from "./enterprises-northeast-2017.csv.ts";
import { enterprisesTotals } from "./enterprises-totals.csv.ts";
import { enterprisesTotalsPer10k } from "./enterprises-totals-per-10k.csv.ts";
import { budgetYearsChart } from "./budget-years.csv.ts";
import { budgetByFunder } from "./budget-by-funder.csv.ts";
import { purchasingChart } from "./purchasing.csv.ts";
import { purchasingSeries } from "./purchasing-series.csv.ts";
import { specialZoneBudget } from "./special-zone-budget.csv.ts";

const CHART_DATASETS: Record<ChartId, (base: readonly Product[]) => Product> = {
  "enterprises-northeast-2017": enterprisesNortheast2017,
  "enterprises-totals": enterprisesTotals,
  "enterprises-totals-per-10k": enterprisesTotalsPer10k,
  "budget-years": budgetYearsChart,
  "budget-by-funder": budgetByFunder,
  purchasing: purchasingChart,
  "purchasing-series": purchasingSeries,
  "special-zone-budget": specialZoneBudget,
};

export function chartDatasets(base: readonly Product[]): Product[] {
  return Object.values(CHART_DATASETS).map((build) => build(base));
}
