/**
 * The rows of /data/charts/budget-by-funder.csv, read once: budget lines
 * added up by district, table, year and funder, cut into bars (one per
 * district, table and year) whose lines are in stacking order.
 */
import { cellNumber, cellText, type ProductRow } from "../../data/products.ts";
import type { Lang } from "../../i18n/index.ts";
import { OKABE_ITO } from "../draw/palette.ts";
import { firstSeen } from "../rows/firstSeen.ts";
import { cleanCaption } from "../words/captions.ts";

export type FunderKey = "national" | "national_city" | "city" | "district" | "other";

/** Stacking order (left to right) and colours of each funder. */
export const FUNDERS: Record<FunderKey, { order: number; fill: string; textFill: string }> = {
  national: { order: 0, fill: OKABE_ITO.blue, textFill: "#ffffff" },
  national_city: { order: 1, fill: OKABE_ITO.pink, textFill: OKABE_ITO.black },
  city: { order: 2, fill: OKABE_ITO.vermillion, textFill: OKABE_ITO.black },
  district: { order: 3, fill: OKABE_ITO.green, textFill: OKABE_ITO.black },
  other: { order: 4, fill: OKABE_ITO.orange, textFill: OKABE_ITO.black },
};
export const UNKNOWN = { order: 9, fill: OKABE_ITO.sky, textFill: OKABE_ITO.black };

export const isFunderKey = (k: string): k is FunderKey => k in FUNDERS;
export const funderStyle = (k: string) => (isFunderKey(k) ? FUNDERS[k] : UNKNOWN);

export interface FunderLine {
  slug: string;
  name: Record<Lang, string>;
  year: string;
  funder: string;
  /** The funder's English name as printed in the dataset, for a funder without a key of ours. */
  funderEn: string;
  /** The funder as printed: what tells two lines of one funder in one bar apart. */
  printed: string;
  value: number | null;
  lines: number | null;
  caption: string;
  scope: string;
  sourceId: string;
  page: string;
}

export interface FunderBar {
  group: string;
  year: string;
  lines: FunderLine[];
}

export interface FunderModel {
  groups: string[];
  bars: FunderBar[];
  /** Every line, bar by bar. */
  lines: FunderLine[];
  /** Funders present, in stacking order. */
  funders: string[];
}

export function readModel(rows: readonly ProductRow[]): FunderModel {
  const read = rows.map((r) => ({
    group: `${cellText(r, "district_code")}|${cellText(r, "source_id")}|${cellText(r, "caption")}`,
    line: {
      slug: cellText(r, "district_slug"),
      name: { ko: cellText(r, "district_ko"), en: cellText(r, "district_en") },
      year: String(cellNumber(r, "year") ?? ""),
      funder: cellText(r, "funder_key"),
      funderEn: cellText(r, "funder_en"),
      printed: cellText(r, "funder_ko"),
      value: cellNumber(r, "value_krw"),
      lines: cellNumber(r, "lines"),
      caption: cellText(r, "caption"),
      scope: cleanCaption(cellText(r, "caption")),
      sourceId: cellText(r, "source_id"),
      page: cellText(r, "page"),
    } satisfies FunderLine,
  }));
  const byStack = (a: FunderLine, b: FunderLine) =>
    funderStyle(a.funder).order - funderStyle(b.funder).order ||
    a.funderEn.localeCompare(b.funderEn) ||
    a.page.localeCompare(b.page);
  const groups = firstSeen(read, (r) => r.group);
  const bars = groups.flatMap((g) => {
    const members = read.filter((r) => r.group === g).map((r) => r.line);
    return firstSeen(members, (r) => r.year)
      .sort()
      .map((year) => ({
        group: g,
        year,
        lines: members.filter((r) => r.year === year).sort(byStack),
      }));
  });
  const lines = bars.flatMap((b) => b.lines);
  return { groups, bars, lines, funders: firstSeen([...lines].sort(byStack), (r) => r.funder) };
}

export const total = (lines: readonly FunderLine[]): number =>
  lines.reduce((s, r) => s + (r.value ?? 0), 0);
