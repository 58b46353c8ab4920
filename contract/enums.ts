/** The closed sets of values that input, products and pages all rely on. */
export const SOURCE_KINDS = [
  "official-document",
  "official-statistic",
  "press-release",
  "news-report",
  "blog",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A document or statistic of the public body itself, as against a release or a report. */
export const OFFICIAL_KINDS: readonly SourceKind[] = ["official-document", "official-statistic"];

export const MEASURE_KINDS = ["money", "count", "rate", "area"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const STATUSES = ["plan", "target", "actual"] as const;
export type Status = (typeof STATUSES)[number];

/** How a printed number bounds the true one: "약 21억", "2억여원" (approximate), "100개 이상" (at least). */
export const QUALIFIERS = [
  "",
  "approximate",
  "at_least",
  "more_than",
  "at_most",
  "less_than",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
