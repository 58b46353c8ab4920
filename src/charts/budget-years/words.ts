/** Every label of the budget-totals chart, in both languages (its sentences are claims). */
import type { Lang } from "../../i18n/index.ts";

export interface BudgetYearsWords {
  heading: (name: string, scope: string) => string;
  xLabel: string;
  unit: string;
  columns: { amount: string; printed: string; scope: string };
}

const ko: BudgetYearsWords = {
  heading: (name, scope) => `${name} — ‘${scope}’ 총액`,
  xLabel: "예산 (원)",
  unit: "원 (계획, 문서에 적힌 총액 · 표마다 범위가 다름)",
  columns: { amount: "금액", printed: "원문 값", scope: "범위 (표 제목)" },
};

const en: BudgetYearsWords = {
  heading: (name, scope) => `${name} — total of “${scope}”`,
  xLabel: "Budget (KRW)",
  unit: "KRW (planned; printed totals, each of its own scope)",
  columns: { amount: "Amount", printed: "As printed", scope: "Scope (table caption)" },
};

export const WORDS: Record<Lang, BudgetYearsWords> = { ko, en };
