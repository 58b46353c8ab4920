/** Every sentence and label of the purchasing chart, in both languages. */
import type { Lang } from "../../i18n/index.ts";
import { NONE } from "../words/none.ts";
import { withDirection } from "../words/particles.ts";

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
  mismatches: (wrong: number, rated: number) => string;
  /** One district: its result from `from` to `to`, then the mismatch count. */
  trend: (t: {
    name: string;
    from: string;
    fromWhen: string;
    to: string;
    toWhen: string;
    up: boolean;
    mismatches: string;
  }) => string;
  across: (districts: number, mismatches: string) => string;
  described: (d: {
    name: string;
    when: string;
    target: string;
    result: string;
    rate?: string | undefined;
  }) => string;
  alt: (described: string[]) => string;
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
  mismatches: (wrong, rated) =>
    `문서의 달성률 ${rated}개 가운데 ${wrong}개는 실적÷목표로 다시 계산한 값과 맞지 않습니다`,
  trend: (t) =>
    `${t.name}의 공공구매 실적은 ${t.fromWhen} ${t.from}에서 ${t.toWhen} ${withDirection(t.to)} ${t.up ? "늘었고" : "줄었고"}, ${t.mismatches}.`,
  across: (n, m) => `${n}개 자치구에서 ${m}.`,
  described: (d) =>
    `${d.name} ${d.when} 목표 ${d.target}, 실적 ${d.result}${d.rate ? `, ${d.rate}` : ""}`,
  alt: (d) =>
    `가로 막대 그래프: 연도마다 공공구매 목표(테두리 막대)와 실적(채운 막대), 그 아래 문서의 달성률과 재계산 달성률. ${d.join("; ")}.`,
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
  mismatches: (wrong, rated) =>
    `${wrong} of the ${rated} printed achievement rates don't match result ÷ target`,
  trend: (t) =>
    `${t.name}'s purchasing result ${t.up ? "grew" : "fell"} from ${t.from} in ${t.fromWhen} to ${t.to} in ${t.toWhen}, and ${t.mismatches}.`,
  across: (n, m) => `Across ${n} districts, ${m}.`,
  described: (d) =>
    `${d.name} ${d.when}: target ${d.target}, result ${d.result}${d.rate ? `; ${d.rate}` : ""}`,
  alt: (d) =>
    `Horizontal bar chart: for each year, the purchasing target (outlined bar) and result (solid bar), with the printed and recomputed achievement rates below. ${d.join(". ")}.`,
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
