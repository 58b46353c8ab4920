/**
 * Small helpers shared by the journalist pages (data, sources, quality,
 * about): mixed-language text, values in their canonical unit, Korean
 * particles for generated sentences, file sizes and the data version.
 */
import type { Lang } from "../i18n/index.ts";
import { formatKrw, formatNumber, formatPercent, formatValue } from "./format.ts";

// One formatter of canonical values for the whole site (it was written twice, rounding differently).
export { formatValue };

const HANGUL = "\\u1100-\\u11FF\\u3130-\\u318F\\uA960-\\uA97F\\uAC00-\\uD7AF";
/** A run of Korean: Hangul, and the spaces, digits and punctuation between two Hangul characters. */
const KOREAN_RUN = new RegExp(`[${HANGUL}]+(?:[\\s·.,~()0-9%\\-–:/]*[${HANGUL}]+)*`, "g");
const ANY_HANGUL = new RegExp(`[${HANGUL}]`);

export interface Segment {
  text: string;
  ko: boolean;
}

export const hasHangul = (text: string): boolean => ANY_HANGUL.test(text);

/** Splits text into Korean runs and the rest, so each Korean run can carry lang="ko". */
export function splitHangul(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(KOREAN_RUN)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at), ko: false });
    out.push({ text: m[0], ko: true });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), ko: false });
  return out;
}

/** Korean counters for counts, by the unit printed; units that name the thing counted become 개. */

/** A fact's value as printed, with its unit where the cell did not print it: "7,156백만원". */
export function printedText(f: { value_printed: string; unit_printed: string }): string {
  return f.unit_printed && f.value_printed !== "-" && !f.value_printed.endsWith(f.unit_printed)
    ? `${f.value_printed}${f.unit_printed}`
    : f.value_printed;
}

/** A difference between two values of a unit; rates differ in percentage points. */
export function formatDifference(
  value: number,
  unit: string,
  lang: Lang,
  unitPrinted = "",
): string {
  if (unit === "percent") {
    const n = formatNumber(value, lang, 2);
    return lang === "ko" ? `${n}%p` : `${n} percentage points`;
  }
  return formatValue(value, unit, lang, unitPrinted);
}

// Whether the Korean reading of the last character ends in a consonant (받침).
const DIGIT_HAS_FINAL = [true, true, false, true, false, false, true, true, true, false];
function endsInConsonant(word: string): boolean {
  const trimmed = word.replace(/[\s)\]」』"'.,]+$/u, "");
  const ch = trimmed.at(-1) ?? "";
  const code = ch.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (/[0-9]/.test(ch)) return DIGIT_HAS_FINAL[Number(ch)]!;
  if (ch === "%") return false; // 퍼센트
  if (ch === "㎡") return false; // 제곱미터
  if (ch === "p") return false; // 포인트
  return false;
}

/** Attaches the right form of a Korean particle: josa("3,561개", "은") → "3,561개는". */
export function josa(word: string, particle: "은" | "이" | "과" | "을"): string {
  const pairs = { 은: ["은", "는"], 이: ["이", "가"], 과: ["과", "와"], 을: ["을", "를"] } as const;
  const [withFinal, withoutFinal] = pairs[particle];
  return word + (endsInConsonant(word) ? withFinal : withoutFinal);
}

/** "413.8 KB" / "1.4 MB", with the page language's digit grouping. */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), lang, 1)} MB`;
  if (bytes >= 1024) return `${formatNumber(bytes / 1024, lang, 1)} KB`;
  return lang === "ko"
    ? `${formatNumber(bytes, lang, 0)}바이트`
    : `${formatNumber(bytes, lang, 0)} bytes`;
}

/** The product's key in lookups: "facts", "charts/purchasing". */
export const productKey = (p: { name: string; folder?: string | undefined }): string =>
  p.folder ? `${p.folder}/${p.name}` : p.name;

/** The anchor of a source's fact row on /sources/. */
export const factAnchor = (factId: string): string => `fact-${factId}`;
