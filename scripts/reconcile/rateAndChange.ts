/**
 * A printed rate against actual ÷ target × 100, and a printed change against
 * new − old (the fact's computed_as).
 */
import type { Fact } from "../../contract/model.ts";
import type { Check } from "../../contract/check.ts";
import { about, finish, roundTo, stable } from "./checkBase.ts";
import { amountEn, amountKo, asPrinted } from "./explainText.ts";
import { overlaps, rangeOf, type Range } from "./precision.ts";

const notCheckable = (en: string, ko: string) => ({
  computed: null,
  difference: null,
  verdict: "not_checkable" as const,
  explanation_en: en,
  explanation_ko: ko,
});

/** The range of a ÷ b × 100 over the ranges the printed operands allow; undefined across zero. */
function ratioRange(a: Range, b: Range): Range | undefined {
  if (b.lo <= 0 && b.hi >= 0) return undefined;
  const q = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi].map((x) => x * 100);
  return { lo: Math.min(...q), hi: Math.max(...q) };
}

export function checkComputed(
  f: Fact,
  op: "ratio" | "diff",
  a: Fact | undefined,
  b: Fact | undefined,
  half: (f: Fact) => number,
): Check {
  const head = about(f, op);
  const inputs = [a?.id ?? "", b?.id ?? ""].join(" ").trim();
  if (!a || !b || a.value === null || b.value === null || f.value === null) {
    return finish({
      ...head,
      inputs,
      ...notCheckable(
        'An operand or the printed value is "-" or missing, so it cannot be recomputed.',
        '계산에 쓸 값이나 문서에 적힌 값이 "-"이거나 없어서 다시 계산할 수 없습니다.',
      ),
    });
  }
  const qualified = [f, a, b].filter((x) => x.qualifier !== "");
  const approximateNote = {
    en: ` ${qualified.map((x) => x.id).join(", ")} is printed as an approximation or a bound, so it is not checked as exact.`,
    ko: " 어림값이나 한계값(약·여·이상 등)으로 적힌 값이 있어 정확한 값으로 비교하지 않습니다.",
  };
  const printedRange = rangeOf(f.value, half(f));
  if (op === "ratio") {
    if (b.value === 0) {
      return finish({
        ...head,
        inputs,
        ...notCheckable("The denominator is zero.", "분모가 0입니다."),
      });
    }
    const computed = stable((a.value / b.value) * 100);
    const difference = stable(f.value - computed);
    const said = `${asPrinted(a)} ÷ ${asPrinted(b)} × 100 = ${computed}%`;
    const base = { ...head, computed, difference, inputs };
    if (roundTo(computed, f.decimals) === f.value) {
      return finish({
        ...base,
        verdict: "match",
        explanation_en: `${said}, which rounds to the printed ${f.value_printed}.`,
        explanation_ko: `${said}로, 반올림하면 문서에 적힌 ${f.value_printed}와 같습니다.`,
      });
    }
    const gap = {
      en: `${said}, which does not round to the printed ${f.value_printed}.`,
      ko: `${said}인데, 문서에 적힌 비율은 ${f.value_printed}입니다.`,
    };
    if (qualified.length > 0) {
      return finish({
        ...base,
        verdict: "approximate",
        explanation_en: gap.en + approximateNote.en,
        explanation_ko: gap.ko + approximateNote.ko,
      });
    }
    const possible = ratioRange(rangeOf(a.value, half(a)), rangeOf(b.value, half(b)));
    if (possible && possible.hi - possible.lo > 0 && overlaps(possible, printedRange)) {
      const span = `${stable(possible.lo).toFixed(1)}–${stable(possible.hi).toFixed(1)}%`;
      return finish({
        ...base,
        verdict: "within_rounding",
        explanation_en: `${gap.en} But the operands are printed rounded: the rate could be anywhere from ${span}, which includes the printed rate.`,
        explanation_ko: `${gap.ko} 다만 계산에 쓴 값이 반올림되어 적혀 있어, 실제 비율은 ${span} 사이일 수 있고 문서에 적힌 비율도 그 안에 있습니다.`,
      });
    }
    return finish({ ...base, verdict: "mismatch", explanation_en: gap.en, explanation_ko: gap.ko });
  }
  if (a.unit !== b.unit || a.unit !== f.unit) {
    return finish({
      ...head,
      inputs,
      ...notCheckable(
        "The operands are in different units.",
        "계산에 쓸 값의 단위가 서로 다릅니다.",
      ),
    });
  }
  const computed = stable(a.value - b.value);
  const difference = stable(f.value - computed);
  const en = (v: number) => amountEn(v, f.unit);
  const ko = (v: number) => amountKo(v, f.unit, f.unit_printed);
  const said = `${asPrinted(a)} − ${asPrinted(b)} = ${ko(computed)}`;
  const base = { ...head, computed, difference, inputs };
  if (difference === 0) {
    return finish({
      ...base,
      verdict: "match",
      explanation_en: `${en(a.value)} − ${en(b.value)} = ${en(computed)}, as printed.`,
      explanation_ko: `${said}로, 문서에 적힌 증감과 같습니다.`,
    });
  }
  const gap = {
    en: `${en(a.value)} − ${en(b.value)} = ${en(computed)}, not the printed ${en(f.value)} (difference ${en(difference)}).`,
    ko: `${said}인데, 문서에 적힌 증감은 ${ko(f.value)}입니다 (차이 ${ko(difference)}).`,
  };
  if (qualified.length > 0) {
    return finish({
      ...base,
      verdict: "approximate",
      explanation_en: gap.en + approximateNote.en,
      explanation_ko: gap.ko + approximateNote.ko,
    });
  }
  const slack = stable(half(a) + half(b) + half(f));
  if (slack > 0 && Math.abs(difference) <= slack) {
    return finish({
      ...base,
      verdict: "within_rounding",
      explanation_en: `${gap.en} Rounding the three printed figures can move the result by up to ${en(slack)}, so this may be rounding.`,
      explanation_ko: `${gap.ko} 문서에 적힌 세 값을 반올림하면 ${ko(slack)}까지 달라질 수 있어, 반올림 차이일 수 있습니다.`,
    });
  }
  return finish({ ...base, verdict: "mismatch", explanation_en: gap.en, explanation_ko: gap.ko });
}

export function computedChecks(facts: readonly Fact[], half: (f: Fact) => number): Check[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const checks: Check[] = [];
  for (const f of facts) {
    const m = /^(ratio|diff)\(([^,]+),([^)]+)\)$/.exec(f.computed_as);
    if (m) {
      const op = m[1] as "ratio" | "diff";
      checks.push(checkComputed(f, op, byId.get(m[2]!), byId.get(m[3]!), half));
    }
  }
  return checks;
}
