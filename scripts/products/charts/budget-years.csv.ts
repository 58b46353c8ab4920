/** charts/budget-years.csv: the planned single-year budget totals of the districts. */
import { CITY_CODE } from "../../../contract/districts.ts";
import type { Product } from "../../../contract/product.ts";
import { chartProduct, rowsOf } from "./chartRows.ts";

export function budgetYearsChart(base: readonly Product[]): Product {
  const rows = rowsOf(base, "budget-years").filter(
    (r) => r.status === "plan" && r.district_code !== CITY_CODE,
  );
  return chartProduct(
    "budget-years",
    base,
    "budget-years",
    [
      "district_code",
      "district_slug",
      "district_ko",
      "district_en",
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
