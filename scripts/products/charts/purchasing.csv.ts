/**
 * charts/purchasing.csv: target against result, with the rate check. Official documents
 * only, so that press releases and news reports (other scopes, other dates) are never drawn
 * as if alike; they have their own chart (purchasing-series).
 */
import { OFFICIAL_KINDS } from "../../../contract/enums.ts";
import type { Product } from "../../../contract/product.ts";
import { chartProduct, rowsOf, str } from "./chartRows.ts";

export function purchasingChart(base: readonly Product[]): Product {
  const official = new Set<string>(OFFICIAL_KINDS);
  const rows = rowsOf(base, "purchasing").filter(
    (r) => /^\d{4}$/.test(str(r, "period")) && official.has(str(r, "source_kind")),
  );
  return chartProduct(
    "purchasing",
    base,
    "purchasing",
    [
      "district_code",
      "district_slug",
      "district_ko",
      "district_en",
      "period",
      "target_krw",
      "target_printed",
      "actual_krw",
      "actual_printed",
      "rate_printed",
      "rate_printed_pct",
      "rate_recomputed_pct",
      "rate_check",
      "source_id",
      "page",
      "target_fact_id",
      "actual_fact_id",
      "rate_fact_id",
    ],
    rows,
  );
}
