/**
 * /districts/: one row per district with its latest printed total, that
 * total's date and the kind of its source (official and news figures sit in
 * one column, so the kind is always beside the figure), and the page's claim.
 */
import type { Lang } from "../i18n/index.ts";
import type { ProductRow } from "../../contract/product.ts";
import { claimsOf, type ClaimRow, type ClaimView } from "./claims.ts";
import { byName } from "./order.ts";

export interface DistrictIndexRow {
  slug: string;
  name: string;
  facts: number;
  total: number | null;
  totalPeriod: string;
  totalKind: string;
  /** The printed total does not match its parts. */
  totalMismatch: boolean;
  rounds: string[];
}

export function districtIndexModel(
  profiles: readonly ProductRow[],
  claims: readonly ClaimRow[],
  lang: Lang,
  base?: string,
): { claims: ClaimView[]; rows: DistrictIndexRow[] } {
  const rows = profiles
    .filter((r) => r.is_city === false)
    .map((r) => ({
      slug: String(r.district_slug),
      name: String(lang === "ko" ? r.district_ko : r.district_en),
      facts: typeof r.facts === "number" ? r.facts : 0,
      total: typeof r.enterprises_total === "number" ? r.enterprises_total : null,
      totalPeriod: String(r.enterprises_total_period ?? ""),
      totalKind: String(r.enterprises_total_source_kind ?? ""),
      totalMismatch: r.enterprises_total_check === "mismatch",
      rounds: String(r.programme_rounds ?? "")
        .split("|")
        .filter(Boolean)
        .map((x) => x.replace(/^special-zone:/, "")),
    }));
  return {
    claims: claimsOf(claims, "districts", lang, undefined, base),
    rows: byName(rows, lang, (r) => r.name),
  };
}
