/**
 * charts/enterprises-northeast-2017.csv: one date, one source, five places — the only
 * like-for-like comparison of enterprise types the documents allow.
 */
import type { Product } from "../../../contract/product.ts";
import { chartProduct, rowsOf, str, ENTERPRISE_FIELDS } from "./chartRows.ts";

const TYPES = new Set([
  "social_enterprise",
  "preliminary_social_enterprise",
  "village_enterprise",
  "general_cooperative",
  "social_cooperative",
]);

export function enterprisesNortheast2017(base: readonly Product[]): Product {
  const rows = rowsOf(base, "enterprises").filter(
    (r) =>
      r.period === "2017-03-01" &&
      r.source_id === "seongbuk-plan-2017" &&
      TYPES.has(str(r, "type_key")),
  );
  return chartProduct("enterprises-northeast-2017", base, "enterprises", ENTERPRISE_FIELDS, rows);
}
