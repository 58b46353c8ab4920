/** The rows of /data/charts/purchasing-series.csv, read once: one printed yearly target or result a row, with its kind of source. */
import { cellNumber, cellText, type ProductRow } from "../../data/products.ts";
import type { Lang } from "../../i18n/index.ts";
import { firstSeen } from "../rows/firstSeen.ts";

export interface SeriesPoint {
  code: string;
  slug: string;
  name: Record<Lang, string>;
  period: string;
  year: number;
  isResult: boolean;
  status: string;
  kind: string;
  value: number | null;
  printed: string;
  /** What the print said of its precision ("" exact, approximate, at_least …). */
  qualifier: string;
  sourceId: string;
  page: string;
  factId: string;
}

export interface SeriesModel {
  /** By place (first seen), year, status, fact. */
  points: SeriesPoint[];
  places: string[];
  firstYear: number;
  lastYear: number;
}

export function readModel(rows: readonly ProductRow[]): SeriesModel {
  const read = rows.map((r): SeriesPoint => ({
    code: cellText(r, "district_code"),
    slug: cellText(r, "district_slug"),
    name: { ko: cellText(r, "district_ko"), en: cellText(r, "district_en") },
    period: cellText(r, "period"),
    year: Number(cellText(r, "period")),
    isResult: cellText(r, "status") === "actual",
    status: cellText(r, "status"),
    kind: cellText(r, "source_kind"),
    value: cellNumber(r, "value"),
    printed: cellText(r, "value_printed"),
    qualifier: cellText(r, "qualifier"),
    sourceId: cellText(r, "source_id"),
    page: cellText(r, "page"),
    factId: cellText(r, "fact_id"),
  }));
  const places = firstSeen(read, (r) => r.code);
  const points = [...read].sort(
    (a, b) =>
      places.indexOf(a.code) - places.indexOf(b.code) ||
      a.year - b.year ||
      a.status.localeCompare(b.status) ||
      a.factId.localeCompare(b.factId),
  );
  const years = points.map((p) => p.year).filter((y) => Number.isFinite(y));
  return {
    points,
    places,
    firstYear: years.length ? Math.min(...years) : 2011,
    lastYear: years.length ? Math.max(...years) : 2011,
  };
}
