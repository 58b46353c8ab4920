/** The rows of /data/charts/purchasing.csv, read once: a target, a result and two rates per district and year. */
import { cellNumber, cellText, type ProductRow } from "../../data/products.ts";
import type { Lang } from "../../i18n/index.ts";
import { firstSeen } from "../rows/firstSeen.ts";

export interface PurchasingRow {
  code: string;
  slug: string;
  name: Record<Lang, string>;
  period: string;
  target: number | null;
  actual: number | null;
  targetPrinted: string;
  actualPrinted: string;
  ratePrinted: string;
  printedRate: number | null;
  recomputed: number | null;
  /** "" when there is no rate to check. */
  check: string;
  mismatch: boolean;
  sourceId: string;
  page: string;
  factIds: string[];
}

export interface PurchasingModel {
  /** By district (printed order), then period. */
  rows: PurchasingRow[];
  districts: string[];
}

export function readModel(rows: readonly ProductRow[]): PurchasingModel {
  const read = rows.map((r): PurchasingRow => ({
    code: cellText(r, "district_code"),
    slug: cellText(r, "district_slug"),
    name: { ko: cellText(r, "district_ko"), en: cellText(r, "district_en") },
    period: cellText(r, "period"),
    target: cellNumber(r, "target_krw"),
    actual: cellNumber(r, "actual_krw"),
    targetPrinted: cellText(r, "target_printed"),
    actualPrinted: cellText(r, "actual_printed"),
    ratePrinted: cellText(r, "rate_printed"),
    printedRate: cellNumber(r, "rate_printed_pct"),
    recomputed: cellNumber(r, "rate_recomputed_pct"),
    check: cellText(r, "rate_check"),
    mismatch: cellText(r, "rate_check") === "mismatch",
    sourceId: cellText(r, "source_id"),
    page: cellText(r, "page"),
    factIds: ["target_fact_id", "actual_fact_id", "rate_fact_id"]
      .map((k) => cellText(r, k))
      .filter((id) => id !== ""),
  }));
  const districts = firstSeen(read, (r) => r.code);
  const sorted = [...read].sort(
    (a, b) =>
      districts.indexOf(a.code) - districts.indexOf(b.code) || a.period.localeCompare(b.period),
  );
  return { rows: sorted, districts };
}
