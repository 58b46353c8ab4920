/**
 * The normalised model the pipeline builds from data/: what reconciliation,
 * the aggregates and the public files are made from, and what the site reads
 * (through the site hand-off, see ./siteData.ts).
 */
import type { MeasureKind, Qualifier, SourceKind, Status } from "./enums.ts";

export interface District {
  code: string;
  slug: string;
  name_ko: string;
  name_en: string;
  aliases: string[];
  tile_row: number | null;
  tile_col: number | null;
  /** Seoul as a whole (11000) rather than one of the 25 districts. */
  is_city: boolean;
}

export interface Source {
  id: string;
  kind: SourceKind;
  title_ko: string;
  title_en: string;
  publisher_ko: string;
  publisher_en: string;
  date: string;
  seed_file: string;
  url: string;
  /** Why there is no address, where url is empty. */
  url_note: string;
  /** Figures read in a blog or another secondary copy, not from the publisher. */
  secondary: boolean;
  licence_ko: string;
  licence_en: string;
  note_ko: string;
  note_en: string;
}

export interface Measure {
  id: string;
  name_ko: string;
  name_en: string;
  kind: MeasureKind;
  description_ko: string;
  description_en: string;
}

export interface Fact {
  id: string;
  district_code: string;
  district_slug: string;
  district_ko: string;
  district_en: string;
  period: string;
  period_start: string;
  period_end: string;
  measure: string;
  measure_en: string;
  measure_kind: MeasureKind;
  category: string;
  category_key: string;
  /** The category's clean Korean name (extraction spaces gone: "합 계" → "합계"). */
  category_ko: string;
  category_en: string;
  funder: string;
  funder_key: string;
  funder_ko: string;
  funder_en: string;
  status: Status;
  /** Canonical value (money in won); null where the document printed "-". */
  value: number | null;
  /** Canonical unit: KRW, count, percent, m2, months. */
  unit: string;
  value_printed: string;
  unit_printed: string;
  /** What the print says of the number's precision: "" (exact as printed), approximate, at_least … */
  qualifier: Qualifier;
  /**
   * The value the print implies where it differs from the number printed ("바느질 외 9개 업체":
   * 9 printed, 10 meant), recomputed from the printed value by implied_as; else null. The
   * printed value (value, value_printed) is never changed; what a sentence or a count means
   * uses this one (meantValue).
   */
  value_implied: number | null;
  /** How value_implied is recomputed from the print: "add(1)", "times(4)"; "" where there is none. */
  implied_as: string;
  /** Why the print implies it. */
  implied_reason: string;
  /** Decimal places as printed, so recomputed rates are compared at the printed precision. */
  decimals: number;
  is_total: boolean;
  part_of: string[];
  computed_as: string;
  source_id: string;
  source_kind: SourceKind;
  /** Printed page number or range ("240", "239-243"); "" where the document prints none. */
  page: string;
  /** Section or table heading, as printed ("" where the input does not give it). */
  section: string;
  caption: string;
  note: string;
  /** Where the row is in data/, for error messages and the audit trail. */
  input_file: string;
  input_line: number;
}

/** The value a fact means: the implied value where the print implies one, else the printed one. */
export const meantValue = (f: Pick<Fact, "value" | "value_implied">): number | null =>
  f.value_implied ?? f.value;

export interface Participation {
  programme: string;
  round: string;
  stage: string;
  district_code: string;
  district_slug: string;
  district_ko: string;
  district_en: string;
  period: string;
  project_ko: string;
  project_en: string;
  source_id: string;
  page: string;
  note: string;
}

export interface Label {
  label: string;
  key: string;
  name_ko: string;
  name_en: string;
}

export interface Model {
  districts: District[];
  sources: Source[];
  measures: Measure[];
  labels: Label[];
  facts: Fact[];
  participation: Participation[];
}
