/** Figures as the explanations write them, in English and in Korean. */
import type { Fact } from "../../contract/model.ts";
import { unitInfo } from "../normalise/units.ts";

// One formatter for every figure: toLocaleString with options builds a new Intl.NumberFormat
// on each call, which was 15% of the pipeline's time at 100k facts. Same output.
const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6, useGrouping: true });
const grouped = (v: number) => GROUPED.format(v);

/** "7,162,000,000 KRW", "3,399 count", "83.333333%". */
export function amountEn(v: number, unit: string): string {
  if (unit === "percent") return `${grouped(v)}%`;
  if (unit === "count") return grouped(v);
  return `${grouped(v)} ${unit}`;
}

/** "5백만원" for 5,000,000 won printed in 백만원; "" where the printed unit is the canonical one. */
export function inPrintedUnit(v: number, unitPrinted: string): string {
  const factor = unitInfo(unitPrinted)?.factor ?? 1;
  return factor === 1 ? "" : `${grouped(v / factor)}${unitPrinted}`;
}

/** " (p. 12)", " (pp. 239-243)", or nothing where the source prints no page. */
export const pageRef = (page: string): string =>
  page === "" ? "" : /^\d+$/.test(page) ? ` (p. ${page})` : ` (pp. ${page})`;

/** "7,162,000,000원", "3,399개", "83.333333%". */
export function amountKo(v: number, unit: string, unitPrinted = ""): string {
  if (unit === "percent") return `${grouped(v)}%`;
  if (unit === "KRW") return `${grouped(v)}원`;
  if (unit === "m2") return `${grouped(v)}㎡`;
  const countUnit =
    /^[가-힣]+$/.test(unitPrinted) && !unitPrinted.endsWith("원") ? unitPrinted : "";
  return `${grouped(v)}${countUnit}`;
}

/** A fact as printed: "1,994 (백만원)", "50억". */
export function asPrinted(f: Fact): string {
  return f.value_printed.includes(f.unit_printed) || f.unit_printed === "원"
    ? f.value_printed
    : `${f.value_printed} (${f.unit_printed})`;
}

/** What a "-" part adds, said once. */
export function dashNote(dashes: number): { en: string; ko: string } {
  return dashes > 0
    ? {
        en: ` ${dashes} part(s) printed as "-" count as nothing.`,
        ko: ` "-"로 적힌 항목 ${dashes}개는 0으로 셌습니다.`,
      }
    : { en: "", ko: "" };
}

export const QUALIFIER_KO: Record<string, string> = {
  approximate: "어림값(약·여)",
  at_least: "하한(이상)",
  more_than: "하한(초과)",
  at_most: "상한(이하)",
  less_than: "상한(미만)",
};
