/** Every label of the purchasing chart, in both languages (its sentences are claims). */
import type { Lang } from "../../i18n/index.ts";
import { NONE } from "../words/none.ts";

export interface PurchasingWords {
  target: (amount: string) => string;
  result: (amount: string) => string;
  none: string;
  noFigure: string;
  rate: (printed: string, recomputed: string) => string;
  rateMismatch: (printed: string, recomputed: string) => string;
  legend: { target: string; result: string };
  xLabel: string;
  unit: string;
  check: { mismatch: string; match: string };
  columns: {
    target: string;
    targetPrinted: string;
    result: string;
    resultPrinted: string;
    ratePrinted: string;
    rateRecomputed: string;
    check: string;
  };
}

const ko: PurchasingWords = {
  target: (a) => `목표 ${a}`,
  result: (a) => `실적 ${a}`,
  none: `없음(${NONE})`,
  noFigure: "자료 없음",
  rate: (p, q) => `달성률: 문서 ${p} · 재계산 ${q}`,
  rateMismatch: (p, q) => `달성률: 문서 ${p} ≠ 재계산 ${q} (불일치)`,
  legend: { target: "목표", result: "실적" },
  xLabel: "금액 (원)",
  unit: "원 (달성률은 %)",
  check: { mismatch: "≠ 불일치", match: "일치" },
  columns: {
    target: "목표",
    targetPrinted: "목표 (원문)",
    result: "실적",
    resultPrinted: "실적 (원문)",
    ratePrinted: "달성률 (원문)",
    rateRecomputed: "달성률 (재계산)",
    check: "검증",
  },
};

const en: PurchasingWords = {
  target: (a) => `target ${a}`,
  result: (a) => `result ${a}`,
  none: `none (${NONE})`,
  noFigure: "no figure",
  rate: (p, q) => `Rate: printed ${p} · recomputed ${q}`,
  rateMismatch: (p, q) => `Rate: printed ${p} ≠ recomputed ${q} (mismatch)`,
  legend: { target: "Target", result: "Result" },
  xLabel: "Amount (KRW)",
  unit: "KRW (rates in %)",
  check: { mismatch: "≠ mismatch", match: "match" },
  columns: {
    target: "Target",
    targetPrinted: "Target (printed)",
    result: "Result",
    resultPrinted: "Result (printed)",
    ratePrinted: "Rate (printed)",
    rateRecomputed: "Rate (recomputed)",
    check: "Check",
  },
};

export const WORDS: Record<Lang, PurchasingWords> = { ko, en };
