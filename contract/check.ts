/**
 * One reconciliation check: a printed total, rate or change against its
 * recomputation, or one source's figure against another's for the same thing.
 */

/**
 * sum: a printed total against one way of adding up its parts (parts in rows, parts in
 *   columns, or a table's line totals against its grand total);
 * ratio: a printed rate against actual ÷ target × 100;
 * diff: a printed change against new − old;
 * cross_source: two sources' figures for the same district, period, measure, status and
 *   category (or categories declared equivalent in data/equivalences.csv).
 */
export const CHECK_KINDS = ["sum", "ratio", "diff", "cross_source"] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** Where a check looks: inside one printed table, or across two sources. */
export type CheckScope = "within_table" | "across_sources";
export const scopeOf = (kind: CheckKind): CheckScope =>
  kind === "cross_source" ? "across_sources" : "within_table";

/**
 * What a check found, from a closed set:
 * - match: the figures agree exactly (a rate: the recomputation rounds to the printed one);
 * - within_rounding: they differ by no more than rounding the printed figures could explain;
 * - mismatch: the document contradicts itself, or two sources disagree — a finding;
 * - extraction_gap: a value was lost in the text we transcribed from; another printed total
 *   shows what it was (never the document's fault);
 * - approximate: a figure is printed as an approximation or a bound (약, 여, 이상 …);
 * - not_checkable: there is nothing to recompute with (no parts, a "-", units that differ).
 */
export const VERDICTS = [
  "match",
  "within_rounding",
  "mismatch",
  "extraction_gap",
  "approximate",
  "not_checkable",
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Only a true mismatch or disagreement is a finding about the documents. */
export const isFindingVerdict = (v: Verdict): boolean => v === "mismatch";

/** The older three-way result, kept for compatibility: mismatch only where the verdict is. */
export type CheckResult = "match" | "mismatch" | "not_checkable";
export function resultOf(v: Verdict): CheckResult {
  if (v === "match" || v === "within_rounding") return "match";
  if (v === "mismatch") return "mismatch";
  return "not_checkable";
}

export interface Check {
  check_id: string;
  kind: CheckKind;
  fact_id: string;
  district_code: string;
  district_slug: string;
  district_ko: string;
  district_en: string;
  period: string;
  measure: string;
  category: string;
  category_en: string;
  funder: string;
  status: string;
  value_printed: string;
  unit_printed: string;
  /** Printed value, canonical unit. */
  printed: number | null;
  /** What the parts / operands give, canonical unit; for cross_source, the other source's value. */
  computed: number | null;
  /** printed − computed. */
  difference: number | null;
  unit: string;
  /** Derived from the verdict, for compatibility. */
  result: CheckResult;
  verdict: Verdict;
  /** True only for a verdict of mismatch: what the home page and /quality/ count. */
  is_finding: boolean;
  /** For sum: what the parts differ in from the total ("category", "period", "funder" …). */
  parts_by: string;
  /** The facts the computation used, space-separated ids (for cross_source: the other fact). */
  inputs: string;
  /** For cross_source: the other source's fact, as printed, and where. */
  other_fact_id: string;
  other_source_id: string;
  other_value_printed: string;
  other_unit_printed: string;
  other_page: string;
  /** For extraction_gap: the other check(s) that show what the lost value was. */
  evidence: string;
  explanation_en: string;
  explanation_ko: string;
  source_id: string;
  page: string;
}
