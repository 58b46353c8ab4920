/**
 * A printed total against its printed parts. Where a total's parts come in
 * more than one way (the cells of its row and, separately, the totals of its
 * columns), each way is its own check: they are never added together.
 */
import type { Fact } from "../../contract/model.ts";
import type { Check } from "../../contract/check.ts";
import { about, finish, stable } from "./checkBase.ts";
import { amountEn, amountKo, dashNote } from "./explainText.ts";

/** The columns in which a part can differ from its total (a part in another measure or unit is not a way of adding up: it makes the check not checkable). */
const DIMENSIONS = [
  ["district_code", "district"],
  ["period", "period"],
  ["category_key", "category"],
  ["funder_key", "funder"],
] as const;

/** What a part differs in from its total: "category", "period", "category+funder", or "". */
export function differsIn(total: Fact, part: Fact): string {
  return DIMENSIONS.filter(([k]) => part[k] !== total[k])
    .map(([, name]) => name)
    .join("+");
}

/** The parts of a total, grouped by what they differ in from it, in a stable order. */
export function waysOfParts(total: Fact, parts: readonly Fact[]): [string, Fact[]][] {
  const ways = new Map<string, Fact[]>();
  for (const p of parts) {
    const k = differsIn(total, p);
    const way = ways.get(k);
    if (way) way.push(p);
    else ways.set(k, [p]);
  }
  return [...ways.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface SumContext {
  half: (f: Fact) => number;
  /** Said of the parts in the explanation: "printed parts", "line totals". */
  partsWord?: { en: string; ko: string };
}

/** One way of adding up a total. */
export function checkSum(
  total: Fact,
  parts: readonly Fact[],
  check_id: string,
  parts_by: string,
  ctx: SumContext,
): Check {
  const head = { ...about(total, "sum", check_id), parts_by };
  const inputs = parts.map((p) => p.id).join(" ");
  const word = ctx.partsWord ?? { en: "printed parts", ko: "항목" };
  const n = parts.length;
  if (n === 0) {
    return finish({
      ...head,
      computed: null,
      difference: null,
      verdict: "not_checkable",
      inputs,
      explanation_en: "Printed as a total, but its parts are not printed (or not transcribed).",
      explanation_ko: "합계로 적혀 있지만 항목이 문서에 없습니다 (또는 옮겨 적지 않았습니다).",
    });
  }
  const units = new Set(parts.map((p) => p.unit));
  if (units.size > 1 || !units.has(total.unit)) {
    return finish({
      ...head,
      computed: null,
      difference: null,
      verdict: "not_checkable",
      inputs,
      explanation_en: `Parts are in different units (${[...units].join(", ")}) from the total (${total.unit}).`,
      explanation_ko: "항목의 단위가 합계의 단위와 달라 더할 수 없습니다.",
    });
  }
  const numeric = parts.filter((p) => p.value !== null);
  const dash = dashNote(n - numeric.length);
  const computed = stable(numeric.reduce((s, p) => s + (p.value as number), 0));
  const en = (v: number) => amountEn(v, total.unit);
  const ko = (v: number) => amountKo(v, total.unit, total.unit_printed);
  if (total.value === null) {
    const agrees = computed === 0;
    return finish({
      ...head,
      computed,
      difference: null,
      verdict: agrees ? "match" : "mismatch",
      inputs,
      explanation_en: `The total is printed as "-"; its ${n} ${word.en} add up to ${en(computed)}.${dash.en}`,
      explanation_ko: `합계는 "-"로 적혀 있고, ${word.ko} ${n}개를 더하면 ${ko(computed)}입니다.${dash.ko}`,
    });
  }
  const difference = stable(total.value - computed);
  const qualified = [total, ...parts].filter((f) => f.qualifier !== "");
  const slack = stable([total, ...parts].reduce((s, f) => s + ctx.half(f), 0));
  const body = { ...head, computed, difference, inputs };
  if (difference === 0) {
    return finish({
      ...body,
      verdict: "match",
      explanation_en: `The ${n} ${word.en} add up to the printed total.${dash.en}`,
      explanation_ko: `${word.ko} ${n}개의 합이 문서에 적힌 합계와 같습니다.${dash.ko}`,
    });
  }
  const gap = {
    en: `The ${n} ${word.en} add up to ${en(computed)}, not the printed ${en(total.value)} (difference ${en(difference)}).`,
    ko: `${word.ko} ${n}개를 더하면 ${ko(computed)}인데, 문서에 적힌 합계는 ${ko(total.value)}입니다 (차이 ${ko(difference)}).`,
  };
  if (qualified.length > 0) {
    return finish({
      ...body,
      verdict: "approximate",
      explanation_en: `${gap.en} ${qualified.map((f) => f.id).join(", ")} is printed as an approximation or a bound (${qualified.map((f) => f.qualifier).join(", ")}), so it is not checked as exact.${dash.en}`,
      explanation_ko: `${gap.ko} 어림값이나 한계값(약·여·이상 등)으로 적힌 값이 있어 정확한 값으로 비교하지 않습니다.${dash.ko}`,
    });
  }
  if (slack > 0 && Math.abs(difference) <= slack) {
    return finish({
      ...body,
      verdict: "within_rounding",
      explanation_en: `${gap.en} Rounding the ${n + 1} printed figures to their printed precision can move them by up to ${en(slack)} in all, so this may be rounding.${dash.en}`,
      explanation_ko: `${gap.ko} 문서에 적힌 ${n + 1}개 값을 반올림하면 모두 합해 ${ko(slack)}까지 달라질 수 있어, 반올림 차이일 수 있습니다.${dash.ko}`,
    });
  }
  return finish({
    ...body,
    verdict: "mismatch",
    explanation_en: gap.en + dash.en,
    explanation_ko: gap.ko + dash.ko,
  });
}

/** Every printed total against each way its declared parts (part_of) add up. */
export function sumChecks(
  facts: readonly Fact[],
  partsOf: ReadonlyMap<string, readonly Fact[]>,
  ctx: SumContext,
): Check[] {
  const checks: Check[] = [];
  for (const f of facts) {
    if (!f.is_total) continue;
    const ways = waysOfParts(f, partsOf.get(f.id) ?? []);
    if (ways.length === 0) checks.push(checkSum(f, [], `sum:${f.id}`, "", ctx));
    for (const [by, parts] of ways) {
      const id = ways.length === 1 ? `sum:${f.id}` : `sum:${f.id}:${by || "same"}`;
      checks.push(checkSum(f, parts, id, by, ctx));
    }
  }
  return checks;
}
