/**
 * Numbers as Korean government documents print them:
 *   "4,800"  "△ 21,634" (△ = minus)  "-" (none / not applicable, not zero)
 *   "12억"  "5억9천" (= 5억 9천만)  "3억7573만"  "86%"  "3,000건" (unit glued on)
 * and approximations as printed: "약 21억원", "2억여원", "2억8천여만원", "100개 이상".
 * Parsing never rounds or guesses: anything else is an error that says what
 * was expected.
 */
import type { Qualifier } from "../../contract/enums.ts";

export type PrintedValue =
  | { kind: "number"; value: number; decimals: number; words: boolean; qualifier: Qualifier }
  | { kind: "dash" };

const BOUND_WORDS: Record<string, Qualifier> = {
  이상: "at_least",
  초과: "more_than",
  이하: "at_most",
  미만: "less_than",
};

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
  let qualifier: Qualifier = "";
  const about = /^약\s*/.exec(text);
  if (about) {
    qualifier = "approximate";
    text = text.slice(about[0].length);
  }
  const bound = /\s*(이상|초과|이하|미만)$/.exec(text);
  if (bound) {
    if (qualifier !== "")
      throw new NumberFormatError(`"${printed}" is both "약" and "${bound[1]}"`);
    qualifier = BOUND_WORDS[bound[1]!]!;
    text = text.slice(0, -bound[0].length);
  }
  if (unit !== "" && text.endsWith(unit)) text = text.slice(0, -unit.length).trim();
  // "2억여", "2억8천여만", "49억 1천여만": 여 after a number or unit word means "a little over".
  if (/[\d조억만천백십]여(?=[만원]|$|\s)/.test(text)) {
    if (qualifier !== "" && qualifier !== "approximate")
      throw new NumberFormatError(`"${printed}" is both "여" and a bound`);
    qualifier = "approximate";
    text = text.replace(/([\d조억만천백십])여(?=[만원]|$|\s)/g, "$1");
  }
  let sign = 1;
  const negative = /^(?:△|▲|-)\s*/.exec(text);
  if (negative) {
    sign = -1;
    text = text.slice(negative[0].length);
  }
  if (/[조억만천백십]/.test(text)) {
    // "49억 1천만", "73억 4천만": news prints a space after a large unit word; it carries no
    // meaning. Anywhere else ("12 억") a space is a transcription slip and stays an error.
    const value = wordNumber(text.replace(/([조억만])\s+(?=\d)/g, "$1"));
    return { kind: "number", value: sign * value || 0, decimals: 0, words: true, qualifier };
  }
  const value = plainNumber(text);
  const digits = text.replaceAll(",", "");
  return {
    kind: "number",
    value: sign * value || 0,
    decimals: decimalsOf(digits),
    words: false,
    qualifier,
  };
}
