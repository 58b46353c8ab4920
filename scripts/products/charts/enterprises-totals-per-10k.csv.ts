/**
 * charts/enterprises-totals-per-10k.csv: the totals chart's rows put per 10,000
 * residents. The per-resident figure and its population are enterprises.csv's
 * own (one population rule, scripts/products/nearestPopulation.ts); a total with
 * no population of that rule is left out here, and the compare page names it
 * (claim compare-enterprises-per-10k-dropped).
 */
import type { Product } from "../../../contract/product.ts";
import { chartProduct, rowsOf, ENTERPRISE_FIELDS } from "./chartRows.ts";
import { enterprisesTotals } from "./enterprises-totals.csv.ts";

/**
 * The totals chart's columns (but the share of Seoul, which this chart neither
 * draws nor states), and where each per-resident figure's population comes from.
 */
export const PER_10K_FIELDS = [
  ...ENTERPRISE_FIELDS.filter((f) => f !== "fact_id" && f !== "share_of_seoul_pct"),
  "population_source_id",
  "population_fact_id",
  "fact_id",
];

export function enterprisesTotalsPer10k(base: readonly Product[]): Product {
  const keys = new Set(enterprisesTotals(base).rows.map((r) => String(r.fact_id ?? "")));
  // The same rows as the totals chart, with the population columns it does not publish.
  const rows = rowsOf(base, "enterprises").filter(
    (r) => keys.has(String(r.fact_id ?? "")) && r.per_10k_residents !== null,
  );
  return chartProduct("enterprises-totals-per-10k", base, "enterprises", PER_10K_FIELDS, rows);
}
