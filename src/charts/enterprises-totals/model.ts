/**
 * The rows of /data/charts/enterprises-totals.csv, read once: every printed
 * total, grouped by district in the printed order and by date within one.
 */
import { cellNumber, cellText, type ProductRow } from "../../data/products.ts";
import type { Lang } from "../../i18n/index.ts";
import { firstSeen } from "../rows/firstSeen.ts";
import { CITY_CODE } from "../../../contract/districts.ts";

export const SEOUL = CITY_CODE;

export interface TotalRow {
  code: string;
  slug: string;
  name: Record<Lang, string>;
  period: string;
  count: number | null;
  typeKey: string;
  type: Record<Lang, string>;
  kind: string;
  population: number | null;
  populationPeriod: string;
  per10k: number | null;
  sharePct: number | null;
  sourceId: string;
  page: string;
  factId: string;
}

export interface TotalsModel {
  rows: TotalRow[];
  /** More than one definition (type) among the totals. */
  definitions: string[];
  sources: string[];
  /** Districts are drawn; Seoul as a whole is then written out, as its bar would flatten theirs. */
  hasDistricts: boolean;
}

export function readModel(rows: readonly ProductRow[]): TotalsModel {
  const read = rows.map((r): TotalRow => ({
    code: cellText(r, "district_code"),
    slug: cellText(r, "district_slug"),
    name: { ko: cellText(r, "district_ko"), en: cellText(r, "district_en") },
    period: cellText(r, "period"),
    count: cellNumber(r, "count"),
    typeKey: cellText(r, "type_key"),
    type: { ko: cellText(r, "type_ko"), en: cellText(r, "type_en") },
    kind: cellText(r, "source_kind"),
    population: cellNumber(r, "population"),
    populationPeriod: cellText(r, "population_period"),
    per10k: cellNumber(r, "per_10k_residents"),
    sharePct: cellNumber(r, "share_of_seoul_pct"),
    sourceId: cellText(r, "source_id"),
    page: cellText(r, "page"),
    factId: cellText(r, "fact_id"),
  }));
  const order = firstSeen(read, (r) => r.code);
  const sorted = [...read].sort(
    (a, b) => order.indexOf(a.code) - order.indexOf(b.code) || a.period.localeCompare(b.period),
  );
  return {
    rows: sorted,
    definitions: firstSeen(read, (r) => r.typeKey),
    sources: firstSeen(read, (r) => r.sourceId),
    hasDistricts: read.some((r) => r.code !== SEOUL),
  };
}

export const isDrawn = (r: TotalRow, m: TotalsModel): boolean =>
  r.count !== null && !(m.hasDistricts && r.code === SEOUL);
