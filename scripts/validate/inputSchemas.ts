/**
 * The input tables of data/ (contract in data/README.md), one declared parser
 * per column. Their row types are what the rest of the pipeline works with.
 */
import { z } from "zod";
import * as cell from "./cells.ts";
import type { RowOf } from "../read/readTable.ts";
import { MEASURE_KINDS, SOURCE_KINDS, STATUSES } from "../../contract/enums.ts";

export const districtColumns = {
  code: cell.districtCode,
  slug: cell.slug,
  name_ko: cell.requiredText,
  name_en: cell.requiredText,
  aliases: cell.idList,
  tile_row: cell.optionalInteger,
  tile_col: cell.optionalInteger,
};

export const sourceColumns = {
  id: cell.slug,
  kind: z
    .string()
    .trim()
    .pipe(z.enum(SOURCE_KINDS, { error: `expected one of ${SOURCE_KINDS.join(", ")}` })),
  title_ko: cell.requiredText,
  title_en: cell.requiredText,
  publisher_ko: cell.requiredText,
  publisher_en: cell.requiredText,
  date: cell.date,
  seed_file: cell.optionalText,
  url: cell.optionalText.refine((v) => v === "" || /^https?:\/\/[^\s"'<>]+$/.test(v), {
    error: "expected an http(s) URL or an empty cell",
  }),
  /** Why there is no address (required when url is empty; checked in buildModel). */
  url_note: cell.optionalText,
  /** true when the figures were read in a blog or another secondary copy, not from the publisher. */
  secondary: cell.boolean,
  licence_ko: cell.requiredText,
  licence_en: cell.requiredText,
  note_ko: cell.optionalText,
  note_en: cell.optionalText,
};

export const measureColumns = {
  id: cell.slug,
  name_ko: cell.requiredText,
  name_en: cell.requiredText,
  kind: z
    .string()
    .trim()
    .pipe(z.enum(MEASURE_KINDS, { error: `expected one of ${MEASURE_KINDS.join(", ")}` })),
  description_ko: cell.requiredText,
  description_en: cell.requiredText,
};

export const labelColumns = {
  label: cell.requiredText,
  key: cell.slug,
  /** The clean Korean name (extraction spaces removed: "합 계" → "합계"). */
  name_ko: cell.requiredText,
  name_en: cell.requiredText,
};

export const factColumns = {
  id: cell.slug,
  district: cell.requiredText,
  period: cell.period,
  measure: cell.slug,
  category: cell.requiredText,
  funder: cell.optionalText,
  status: z
    .string()
    .trim()
    .pipe(z.enum(STATUSES, { error: `expected one of ${STATUSES.join(", ")}` })),
  value_printed: cell.requiredText,
  unit_printed: cell.requiredText,
  /** Optional column: what the print says of the number's precision (약, 여, 이상 …). */
  qualifier: cell.qualifier,
  is_total: cell.boolean,
  part_of: cell.idList,
  computed_as: cell.computedAs,
  source_id: cell.slug,
  page: cell.page,
  /** Optional column: the section or table heading, as printed. */
  section: cell.optionalText,
  caption: cell.optionalText,
  note: cell.optionalText,
  /**
   * Optional column: where the print implies a number other than the one it prints ("바느질 외
   * 9개 업체" is ten), how to recompute it from the printed value: add(N) or times(N).
   */
  implied_as: cell.impliedAs,
  /** Optional column: why (required with implied_as). */
  implied_reason: cell.optionalText,
};

export const participationColumns = {
  programme: cell.slug,
  round: cell.requiredText,
  stage: cell.slug,
  district: cell.requiredText,
  period: cell.period,
  project_ko: cell.optionalText,
  project_en: cell.optionalText,
  source_id: cell.slug,
  page: cell.requiredText,
  note: cell.optionalText,
};

/** data/equivalences.csv: two category keys of a measure that name the same thing. */
export const equivalenceColumns = {
  measure: cell.slug,
  category: cell.slug,
  same_as: cell.slug,
  note: cell.requiredText,
};

export type DistrictRow = RowOf<typeof districtColumns>;
export type SourceRow = RowOf<typeof sourceColumns>;
export type MeasureRow = RowOf<typeof measureColumns>;
export type LabelRow = RowOf<typeof labelColumns>;
export type FactRow = RowOf<typeof factColumns>;
export type ParticipationRow = RowOf<typeof participationColumns>;
export type EquivalenceRow = RowOf<typeof equivalenceColumns>;
