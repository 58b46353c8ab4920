/**
 * The rows of /data/charts/enterprises-northeast-2017.csv, read once: counts
 * by type and place at one date. What they add up to, and who has the most,
 * is said by the chart's claims (scripts/claims/charts/), not computed here.
 */
import { cellNumber, cellText, type ProductRow } from "../../data/products.ts";
import type { Lang } from "../../i18n/index.ts";
import { firstSeen } from "../rows/firstSeen.ts";
import { CITY_CODE } from "../../../contract/districts.ts";

export const SEOUL = CITY_CODE;

export interface TypeCount {
  code: string;
  slug: string;
  name: Record<Lang, string>;
  typeKey: string;
  type: Record<Lang, string>;
  period: string;
  count: number | null;
  population: number | null;
  populationPeriod: string;
  per10k: number | null;
  sharePct: number | null;
  sourceId: string;
  page: string;
  factId: string;
}

export interface NortheastModel {
  rows: TypeCount[];
  types: string[];
}

export function readModel(rows: readonly ProductRow[]): NortheastModel {
  const read = rows.map((r): TypeCount => ({
    code: cellText(r, "district_code"),
    slug: cellText(r, "district_slug"),
    name: { ko: cellText(r, "district_ko"), en: cellText(r, "district_en") },
    typeKey: cellText(r, "type_key"),
    type: { ko: cellText(r, "type_ko"), en: cellText(r, "type_en") },
    period: cellText(r, "period"),
    count: cellNumber(r, "count"),
    population: cellNumber(r, "population"),
    populationPeriod: cellText(r, "population_period"),
    per10k: cellNumber(r, "per_10k_residents"),
    sharePct: cellNumber(r, "share_of_seoul_pct"),
    sourceId: cellText(r, "source_id"),
    page: cellText(r, "page"),
    factId: cellText(r, "fact_id"),
  }));
  return { rows: read, types: firstSeen(read, (r) => r.typeKey) };
}
