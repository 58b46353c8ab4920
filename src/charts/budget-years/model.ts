/** The rows of /data/charts/budget-years.csv, read once: printed budget totals, grouped by district and table. */
import { cellNumber, cellText, type ProductRow } from "../../data/products.ts";
import type { Lang } from "../../i18n/index.ts";
import { firstSeen } from "../rows/firstSeen.ts";
import { cleanCaption } from "../words/captions.ts";

export interface BudgetYear {
  slug: string;
  name: Record<Lang, string>;
  year: string;
  value: number | null;
  printed: string;
  caption: string;
  /** What the total covers: the caption without bullet and unit. */
  scope: string;
  sourceId: string;
  page: string;
  factId: string;
}

export interface BudgetYearsModel {
  rows: BudgetYear[];
  /** One group per district and printed table (first-seen order), its years in order. */
  groups: { key: string; members: BudgetYear[] }[];
}

export function readModel(rows: readonly ProductRow[]): BudgetYearsModel {
  const group = (r: ProductRow) =>
    `${cellText(r, "district_code")}|${cellText(r, "source_id")}|${cellText(r, "caption")}`;
  const read = rows.map((r) => ({
    group: group(r),
    row: {
      slug: cellText(r, "district_slug"),
      name: { ko: cellText(r, "district_ko"), en: cellText(r, "district_en") },
      year: String(cellNumber(r, "year") ?? ""),
      value: cellNumber(r, "value_krw"),
      printed: `${cellText(r, "value_printed")} ${cellText(r, "unit_printed")}`.trim(),
      caption: cellText(r, "caption"),
      scope: cleanCaption(cellText(r, "caption")),
      sourceId: cellText(r, "source_id"),
      page: cellText(r, "page"),
      factId: cellText(r, "fact_id"),
    } satisfies BudgetYear,
  }));
  const groups = firstSeen(read, (r) => r.group).map((key) => ({
    key,
    members: read
      .filter((r) => r.group === key)
      .map((r) => r.row)
      .sort((a, b) => a.year.localeCompare(b.year)),
  }));
  return { rows: read.map((r) => r.row), groups };
}
