/** What every check shares: the fact it is about, its verdict, and the fields derived from it. */
import type { Fact } from "../../contract/model.ts";
import {
  isFindingVerdict,
  resultOf,
  type Check,
  type CheckKind,
  type Verdict,
} from "../../contract/check.ts";

/** A check before its compatibility fields (result, is_finding) are derived from the verdict. */
export type Draft = Omit<Check, "result" | "is_finding">;

/** Fixed precision for recomputed values, so output is byte-stable. */
export function stable(value: number): number {
  return Number(value.toFixed(6));
}

/** Rounds to the printed number of decimals, half up, the way a table would have. */
export function roundTo(value: number, decimals: number): number {
  // Shift by the decimal exponent in text, not by multiplying: 1.005 × 100 is 100.49999… in binary.
  return Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
}

/** The fields of a check that come from the fact it is about. */
export function about(
  f: Fact,
  kind: CheckKind,
  check_id = `${kind}:${f.id}`,
): Omit<
  Draft,
  "computed" | "difference" | "verdict" | "inputs" | "explanation_en" | "explanation_ko"
> {
  return {
    check_id,
    kind,
    fact_id: f.id,
    district_code: f.district_code,
    district_slug: f.district_slug,
    district_ko: f.district_ko,
    district_en: f.district_en,
    period: f.period,
    measure: f.measure,
    category: f.category,
    category_en: f.category_en,
    funder: f.funder,
    status: f.status,
    value_printed: f.value_printed,
    unit_printed: f.unit_printed,
    printed: f.value,
    unit: f.unit,
    parts_by: "",
    other_fact_id: "",
    other_source_id: "",
    other_value_printed: "",
    other_unit_printed: "",
    other_page: "",
    evidence: "",
    source_id: f.source_id,
    page: f.page,
  };
}

/**
 * Explanations repeat ("The 3 printed parts add up to the printed total." for thousands of
 * checks), each built anew from its pieces: one copy of each text is kept (up to SHARED_TEXTS
 * texts), which at a million facts is ~100 MB less.
 */
const SHARED_TEXTS = 1 << 16;
const texts = new Map<string, string>();
function shared(text: string): string {
  const known = texts.get(text);
  if (known !== undefined) return known;
  if (texts.size < SHARED_TEXTS) texts.set(text, text);
  return text;
}

/** The compatibility fields follow the verdict, so they can never disagree with it. */
export function finish(d: Draft): Check {
  return {
    ...d,
    explanation_en: shared(d.explanation_en),
    explanation_ko: shared(d.explanation_ko),
    result: resultOf(d.verdict),
    is_finding: isFindingVerdict(d.verdict),
  };
}

/** A check with a new verdict and explanation, its derived fields recomputed. */
export function withVerdict(
  c: Check,
  verdict: Verdict,
  explanation: { en: string; ko: string },
  evidence = c.evidence,
): Check {
  const { result: _r, is_finding: _f, ...draft } = c;
  return finish({
    ...draft,
    verdict,
    evidence,
    explanation_en: explanation.en,
    explanation_ko: explanation.ko,
  });
}
