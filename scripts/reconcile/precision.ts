/**
 * How precisely a figure is printed, so a check can tell a real difference from
 * one that rounding the printed figures could explain. Counts and whole won are
 * exact; "2.5" 억원 is printed to 0.1억, "21억7천" to 천만, "86%" to 1 point.
 * A table prints to one precision: a money figure printed with fewer digits than
 * its neighbours ("2" beside "2.5", "10억" beside "21억7천") is taken at the
 * table's precision, not as coarser.
 */
import type { Fact } from "../../contract/model.ts";
import { unitInfo } from "../normalise/units.ts";

const BIG: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
const SMALL: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };
const LOWER_BIG: Record<string, number> = { 조: 1e8, 억: 1e4, 만: 1 };

/** The place of the last digit of a figure written in Korean number words, in won. */
export function wordStep(printed: string): number | undefined {
  const text = printed.replace(/[^\d.조억만천백십]/g, "");
  if (!/[조억만천백십]/.test(text)) return undefined;
  const tokens = [...text.matchAll(/(\d+(?:\.(\d+))?)?([조억만천백십])/g)];
  const rest = text.slice(tokens.reduce((n, t) => n + t[0].length, 0));
  if (rest !== "" || tokens.length === 0) return undefined;
  const last = tokens[tokens.length - 1]!;
  const decimals = last[2]?.length ?? 0;
  const word = last[3]!;
  if (BIG[word] !== undefined) {
    // "1천만": the group before 만 ends in 천; "7573만" ends in digits; "67.8억" has a decimal.
    const before = tokens[tokens.length - 2];
    const groupSmall =
      last[1] === undefined && before && SMALL[before[3]!] !== undefined ? SMALL[before[3]!]! : 1;
    return groupSmall * BIG[word]! * 10 ** -decimals;
  }
  // "5억9천" = 5억 9천만: a small word after a big one counts in the next big unit down.
  const lastBig = [...tokens].reverse().find((t) => BIG[t[3]!] !== undefined);
  const scale = lastBig ? LOWER_BIG[lastBig[3]!]! : 1;
  return SMALL[word]! * scale * 10 ** -decimals;
}

/** The literal step of one printed figure, in its canonical unit (0: exact). */
export function literalStep(f: Fact): number {
  if (f.value === null) return 0;
  const decimalStep = 10 ** -f.decimals;
  if (f.unit === "percent" || f.unit === "m2") return decimalStep;
  if (f.measure_kind === "count") return f.decimals > 0 ? decimalStep : 0;
  if (f.unit === "KRW") {
    const words = wordStep(f.value_printed);
    const factor = unitInfo(f.unit_printed)?.factor ?? 1;
    const step = words ?? factor * decimalStep;
    if (step <= 1) return 0; // whole won are exact
    // A step that does not divide the value means the reading failed: treat it as exact.
    return Math.abs(f.value / step - Math.round(f.value / step)) < 1e-9 ? step : 0;
  }
  return f.decimals > 0 ? decimalStep : 0;
}

const tableOf = (f: Fact) => [f.source_id, f.page, f.caption, f.measure].join("\u0000");

/** Half the rounding step of every fact, money taken at its table's finest precision. */
export function halfSteps(facts: readonly Fact[]): (f: Fact) => number {
  const finest = new Map<string, number>();
  for (const f of facts) {
    if (f.unit !== "KRW") continue;
    const s = literalStep(f);
    if (s === 0) continue;
    const k = tableOf(f);
    finest.set(k, Math.min(finest.get(k) ?? Infinity, s));
  }
  return (f) => {
    const s = literalStep(f);
    if (s === 0 || f.unit !== "KRW") return s / 2;
    return Math.min(s, finest.get(tableOf(f)) ?? s) / 2;
  };
}

/** The range of true values a printed figure allows. */
export interface Range {
  lo: number;
  hi: number;
}
export const rangeOf = (value: number, half: number): Range => ({
  lo: value - half,
  hi: value + half,
});
export const overlaps = (a: Range, b: Range): boolean => a.lo <= b.hi && b.lo <= a.hi;
