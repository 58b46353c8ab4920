/**
 * Compares every printed total with the sum of its parts, every printed rate
 * with actual ÷ target × 100, and every printed change with new − old. A
 * mismatch is a finding about the document, never a reason to stop.
 */
import type { Fact } from "../../contract/model.ts";
import type { Check, CheckKind } from "../../contract/check.ts";

export type { Check };

/** Rounds to the printed number of decimals, the way a table would have. */
function roundTo(value: number, decimals: number): number {
  // Shift by the decimal exponent in text, not by multiplying: 1.005 × 100 is 100.49999… in binary.
  return Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
}

/** Fixed precision for recomputed rates, so output is byte-stable. */
export function stable(value: number): number {
  return Number(value.toFixed(6));
}

function base(
  f: Fact,
  kind: CheckKind,
): Omit<Check, "computed" | "difference" | "result" | "inputs" | "explanation_en"> {
  return {
    check_id: `${kind}:${f.id}`,
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
    source_id: f.source_id,
    page: f.page,
  };
}

function checkSum(total: Fact, parts: Fact[]): Check {
  const b = base(total, "sum");
  const inputs = parts.map((p) => p.id).join(" ");
  const units = new Set(parts.map((p) => p.unit));
  if (parts.length === 0) {
    return {
      ...b,
      computed: null,
      difference: null,
      result: "not_checkable",
      inputs,
      explanation_en: "Printed as a total, but its parts are not printed (or not transcribed).",
    };
  }
  if (units.size > 1 || !units.has(total.unit)) {
    return {
      ...b,
      computed: null,
      difference: null,
      result: "not_checkable",
      inputs,
      explanation_en: `Parts are in different units (${[...units].join(", ")}) from the total (${total.unit}).`,
    };
  }
  const numeric = parts.filter((p) => p.value !== null);
  const dashes = parts.length - numeric.length;
  const computed = numeric.reduce((s, p) => s + (p.value as number), 0);
  const dashNote = dashes > 0 ? ` ${dashes} part(s) printed as "-" count as nothing.` : "";
  if (total.value === null) {
    const result = numeric.length === 0 || computed === 0 ? "match" : "mismatch";
    return {
      ...b,
      computed,
      difference: null,
      result,
      inputs,
      explanation_en: `The total is printed as "-"; its ${parts.length} parts add up to ${computed}.${dashNote}`,
    };
  }
  const difference = stable(total.value - computed);
  const result = difference === 0 ? "match" : "mismatch";
  const explanation_en =
    result === "match"
      ? `The ${parts.length} printed parts add up to the printed total.${dashNote}`
      : `The ${parts.length} printed parts add up to ${stable(computed)} ${total.unit}, not the printed ${total.value} (difference ${difference}).${dashNote}`;
  return { ...b, computed: stable(computed), difference, result, inputs, explanation_en };
}

function checkComputed(
  f: Fact,
  op: "ratio" | "diff",
  a: Fact | undefined,
  b: Fact | undefined,
): Check {
  const kind: CheckKind = op;
  const head = base(f, kind);
  const inputs = [a?.id ?? "", b?.id ?? ""].join(" ").trim();
  if (!a || !b || a.value === null || b.value === null || f.value === null) {
    return {
      ...head,
      computed: null,
      difference: null,
      result: "not_checkable",
      inputs,
      explanation_en:
        'An operand or the printed value is "-" or missing, so it cannot be recomputed.',
    };
  }
  if (op === "ratio") {
    if (b.value === 0) {
      return {
        ...head,
        computed: null,
        difference: null,
        result: "not_checkable",
        inputs,
        explanation_en: "The denominator is zero.",
      };
    }
    const computed = stable((a.value / b.value) * 100);
    const atPrinted = roundTo(computed, f.decimals);
    const result = atPrinted === f.value ? "match" : "mismatch";
    const difference = stable(f.value - computed);
    const explanation_en =
      result === "match"
        ? `${a.value} ÷ ${b.value} × 100 = ${computed}, which rounds to the printed ${f.value_printed}.`
        : `${a.value} ÷ ${b.value} × 100 = ${computed}, which does not round to the printed ${f.value_printed}.`;
    return { ...head, computed, difference, result, inputs, explanation_en };
  }
  if (a.unit !== b.unit || a.unit !== f.unit) {
    return {
      ...head,
      computed: null,
      difference: null,
      result: "not_checkable",
      inputs,
      explanation_en: "The operands are in different units.",
    };
  }
  const computed = stable(a.value - b.value);
  const difference = stable(f.value - computed);
  const result = difference === 0 ? "match" : "mismatch";
  const explanation_en =
    result === "match"
      ? `${a.value} − ${b.value} = ${computed}, as printed.`
      : `${a.value} − ${b.value} = ${computed}, not the printed ${f.value} (difference ${difference}).`;
  return { ...head, computed, difference, result, inputs, explanation_en };
}

export function reconcile(facts: readonly Fact[]): Check[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const partsOf = new Map<string, Fact[]>();
  for (const f of facts) {
    for (const parent of f.part_of) {
      const list = partsOf.get(parent) ?? [];
      list.push(f);
      partsOf.set(parent, list);
    }
  }
  const checks: Check[] = [];
  for (const f of facts) {
    if (f.is_total) checks.push(checkSum(f, partsOf.get(f.id) ?? []));
    const m = /^(ratio|diff)\(([^,]+),([^)]+)\)$/.exec(f.computed_as);
    if (m)
      checks.push(checkComputed(f, m[1] as "ratio" | "diff", byId.get(m[2]!), byId.get(m[3]!)));
  }
  return checks;
}
