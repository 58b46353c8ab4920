/** charts/special-zone-budget.csv: Seoul's yearly plan and execution for the special-zone programme. */
import { CITY_CODE } from "../../../contract/districts.ts";
import type { Product } from "../../../contract/product.ts";
import { chartProduct, rowsOf } from "./chartRows.ts";

export function specialZoneBudget(base: readonly Product[]): Product {
  const rows = rowsOf(base, "budgets").filter(
    (r) =>
      r.district_code === CITY_CODE &&
      r.source_id === "seoul-sez-2017" &&
      r.measure === "budget" &&
      r.is_total === false &&
      r.year !== null,
  );
  return chartProduct(
    "special-zone-budget",
    base,
    "budgets",
    [
      "district_code",
      "district_ko",
      "district_en",
      "period",
      "year",
      "status",
      "value_krw",
      "value_printed",
      "unit_printed",
      "caption",
      "source_id",
      "page",
      "fact_id",
    ],
    rows,
  );
}
