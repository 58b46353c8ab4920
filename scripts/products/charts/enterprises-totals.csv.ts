/**
 * charts/enterprises-totals.csv: every printed total, each with its own date, drawn as
 * separate marks and never ranked as if alike.
 */
import type { Product } from "../../../contract/product.ts";
import { chartProduct, firstPrinting, rowsOf, str, ENTERPRISE_FIELDS } from "./chartRows.ts";

export function enterprisesTotals(base: readonly Product[]): Product {
  const rows = firstPrinting(
    rowsOf(base, "enterprises").filter(
      (r) =>
        r.is_total === true &&
        (r.type_key === "all" || r.type_key === "social_economy_organisation"),
    ),
    (r) =>
      `${str(r, "district_code")}|${str(r, "period")}|${str(r, "type_key")}|${str(r, "source_id")}|${str(r, "count")}`,
  );
  return chartProduct("enterprises-totals", base, "enterprises", ENTERPRISE_FIELDS, rows);
}
