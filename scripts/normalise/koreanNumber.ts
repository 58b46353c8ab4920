/**
 * Numbers as Korean government documents print them:
 *   "4,800"  "△ 21,634" (△ = minus)  "-" (none / not applicable, not zero)
 *   "12억"  "5억9천" (= 5억 9천만)  "3억7573만"  "86%"  "3,000건" (unit glued on)
 * Parsing never rounds or guesses: anything else is an error that says what
 * was expected.
 */

export type PrintedValue =
  { kind: "number"; value: number; decimals: number; words: boolean } | { kind: "dash" };

export class NumberFormatError extends Error {}

const PLAIN = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const BIG: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
const SMALL: Record<string, number> = { 천: 1000, 백: 100, 십: 10 };
const EXPECTED =
  'a number as printed: digits with optional thousands commas ("4,800"), "△" for a negative, ' +
  '"-" for none, Korean number words ("12억", "5억9천", "3억7573만") or a percentage ("86%")';

function decimalsOf(digits: string): number {
  const dot = digits.indexOf(".");
  return dot < 0 ? 0 : digits.length - dot - 1;
}

function plainNumber(text: string): number {
  if (!PLAIN.test(text)) throw new NumberFormatError(`"${text}" is not ${EXPECTED}`);
  return Number(text.replaceAll(",", ""));
}

/** A group below 만: "7573", "9천", "1천2백", "1,200". */
function smallGroup(text: string, whole: string): number {
  if (PLAIN.test(text)) return plainNumber(text);
  let rest = text;
  let total = 0;
  let lastUnit = Infinity;
  const re = /^(\d*)([천백십])/;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const unit = SMALL[m[2]!]!;
    if (unit >= lastUnit) break;
    total += (m[1] === "" ? 1 : Number(m[1])) * unit;
    lastUnit = unit;
    rest = rest.slice(m[0].length);
  }
  if (rest !== "" && !/^\d+$/.test(rest)) {
    throw new NumberFormatError(`"${whole}" is not ${EXPECTED}`);
  }
  if (rest !== "" && Number(rest) >= lastUnit) {
    throw new NumberFormatError(`"${whole}" has "${rest}" after a larger unit word`);
  }
  return total + (rest === "" ? 0 : Number(rest));
}

/** "5억9천", "3억7573만", "27억1200만", "12억". */
function wordNumber(text: string): number {
  const parts = text.split(/([조억만])/).filter((p) => p !== "");
  let total = 0;
  let previousBig = Infinity;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const big = BIG[part];
    if (big !== undefined) throw new NumberFormatError(`"${text}" has "${part}" with no number`);
    const next = parts[i + 1];
    const nextBig = next === undefined ? undefined : BIG[next];
    let multiplier: number;
    if (nextBig !== undefined) {
      if (nextBig >= previousBig) {
        throw new NumberFormatError(`"${text}" repeats or reorders its unit words`);
      }
      multiplier = nextBig;
      i++;
    } else if (previousBig === 1e8 && /[천백십]/.test(part)) {
      // "5억9천": after 억, a trailing "9천" is the everyday short form of 9천만.
      multiplier = 1e4;
    } else {
      multiplier = 1;
    }
    const group = smallGroup(part, text);
    if (multiplier > 1 && group >= 1e4) {
      throw new NumberFormatError(`"${text}" has a group of ${group} before "${next ?? "만"}"`);
    }
    total += group * multiplier;
    previousBig = multiplier;
  }
  return total;
}

/**
 * Parses one printed cell. `unit` is the fact's printed unit: when the cell
 * repeats it ("3,000건", "40백만원", "86%"), it is stripped first.
 */
export function parsePrintedValue(printed: string, unit: string): PrintedValue {
  let text = printed.trim();
  if (text === "") throw new NumberFormatError(`an empty cell is not ${EXPECTED}`);
  if (text === "-") return { kind: "dash" };
  if (unit !== "" && text.endsWith(unit)) text = text.slice(0, -unit.length).trim();
  let sign = 1;
  const negative = /^(?:△|▲|-)\s*/.exec(text);
  if (negative) {
    sign = -1;
    text = text.slice(negative[0].length);
  }
  if (/[조억만천백십]/.test(text)) {
    const value = wordNumber(text);
    return { kind: "number", value: sign * value || 0, decimals: 0, words: true };
  }
  const value = plainNumber(text);
  const digits = text.replaceAll(",", "");
  return { kind: "number", value: sign * value || 0, decimals: decimalsOf(digits), words: false };
}
