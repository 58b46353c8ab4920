/** One reconciliation check: a printed total, rate or change against its recomputation. */
export type CheckKind = "sum" | "ratio" | "diff";
export type CheckResult = "match" | "mismatch" | "not_checkable";

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
  /** What the parts / operands give, canonical unit. */
  computed: number | null;
  /** printed − computed. */
  difference: number | null;
  unit: string;
  result: CheckResult;
  /** The facts the computation used, space-separated ids. */
  inputs: string;
  explanation_en: string;
  source_id: string;
  page: string;
}
