/**
 * charts/purchasing-series.csv: every single-year purchasing figure of every kind, each
 * point keeping its source kind. Where two sources print the same figure (same place, year,
 * status and value), it is drawn once: from the official document if there is one, else
 * from the earliest source; the repetition stays in facts.csv.
 */
import { OFFICIAL_KINDS } from "../../../contract/enums.ts";
import type { Product, ProductRow } from "../../../contract/product.ts";
import { chartProduct, firstPrinting, rowsOf, rowsWhere, str } from "./chartRows.ts";

export function purchasingSeries(base: readonly Product[]): Product {
  const official = new Set<string>(OFFICIAL_KINDS);
  const sourceDate = new Map(rowsOf(base, "sources").map((s) => [str(s, "id"), str(s, "date")]));
  const yearly = rowsWhere(
    base,
    "facts",
    (r) => r.measure === "purchasing" && /^\d{4}$/.test(str(r, "period")),
  );
  const sameFigure = (r: ProductRow) =>
    `${str(r, "district_code")}|${str(r, "period")}|${str(r, "status")}|${str(r, "value")}`;
  const rows = firstPrinting(
    [...yearly].sort(
      (a, b) =>
        Number(!official.has(str(a, "source_kind"))) -
          Number(!official.has(str(b, "source_kind"))) ||
        (sourceDate.get(str(a, "source_id")) ?? "").localeCompare(
          sourceDate.get(str(b, "source_id")) ?? "",
        ) ||
        str(a, "fact_id").localeCompare(str(b, "fact_id")),
    ),
    sameFigure,
  ).sort(
    (a, b) =>
      str(a, "district_code").localeCompare(str(b, "district_code")) ||
      str(a, "period").localeCompare(str(b, "period")) ||
      str(a, "status").localeCompare(str(b, "status")) ||
      str(a, "fact_id").localeCompare(str(b, "fact_id")),
  );
  return chartProduct(
    "purchasing-series",
    base,
    "facts",
    [
      "district_code",
      "district_slug",
      "district_ko",
      "district_en",
      "period",
      "status",
      "value",
      "value_printed",
      "unit_printed",
      "qualifier",
      "source_id",
      "source_kind",
      "page",
      "fact_id",
    ],
    rows,
  );
}
