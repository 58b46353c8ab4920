/** The input tables of a data folder as read and validated, each row with its place. */
import type {
  DistrictRow,
  EquivalenceRow,
  FactRow,
  LabelRow,
  MeasureRow,
  ParticipationRow,
  SourceRow,
} from "../validate/inputSchemas.ts";

export interface Located<T> {
  file: string;
  line: number;
  record: T;
}

export interface RawInput {
  districts: Located<DistrictRow>[];
  sources: Located<SourceRow>[];
  measures: Located<MeasureRow>[];
  labels: Located<LabelRow>[];
  facts: Located<FactRow>[];
  participation: Located<ParticipationRow>[];
  /** data/equivalences.csv (optional): category keys compared as the same thing across sources. */
  equivalences: Located<EquivalenceRow>[];
  /** Files read, in order, with their encodings (for the build log). */
  files: { file: string; encoding: string; rows: number }[];
}
