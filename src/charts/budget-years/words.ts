/** Every sentence and label of the budget-totals chart, in both languages. */
import type { Lang } from "../../i18n/index.ts";

export interface BudgetYearsWords {
  heading: (name: string, scope: string) => string;
  /** Several tables: the largest total. */
  scopes: (t: {
    tables: number;
    name: string;
    year: string;
    amount: string;
    scope: string;
  }) => string;
  /** One table: its first and last year. */
  series: (t: {
    name: string;
    scope: string;
    from: string;
    fromYear: string;
    to: string;
    toYear: string;
  }) => string;
  noTotals: string;
  described: (name: string, scope: string, values: string[]) => string;
  alt: (described: string[]) => string;
  xLabel: string;
  unit: string;
  columns: { amount: string; printed: string; scope: string };
}

const ko: BudgetYearsWords = {
  heading: (name, scope) => `${name} — ‘${scope}’ 총액`,
  scopes: (t) =>
    `문서에 적힌 총액마다 다루는 범위가 달라(표 ${t.tables}개) 자치구끼리 바로 비교할 수 없으며, 가장 큰 총액은 ${t.name}의 ${t.year}년 ${t.amount}(‘${t.scope}’)입니다.`,
  series: (t) =>
    `${t.name}의 ‘${t.scope}’ 총액은 ${t.fromYear}년 ${t.from}, ${t.toYear}년 ${t.to}입니다.`,
  noTotals: "문서에 적힌 총액이 없습니다.",
  described: (name, scope, values) => `${name}(‘${scope}’): ${values.join(", ")}`,
  alt: (d) =>
    `가로 막대 그래프: 자치구와 표마다 한 묶음씩, 연도별 예산 총액(계획)을 그렸습니다. ${d.join("; ")}.`,
  xLabel: "예산 (원)",
  unit: "원 (계획, 문서에 적힌 총액 · 표마다 범위가 다름)",
  columns: { amount: "금액", printed: "원문 값", scope: "범위 (표 제목)" },
};

const en: BudgetYearsWords = {
  heading: (name, scope) => `${name} — total of “${scope}”`,
  scopes: (t) =>
    `Each printed total covers a different scope (${t.tables} tables), so don't compare districts directly; the largest is ${t.name}'s ${t.amount} for ${t.year}.`,
  series: (t) =>
    `${t.name}'s printed total is ${t.from} in ${t.fromYear} and ${t.to} in ${t.toYear}.`,
  noTotals: "No printed totals.",
  described: (name, scope, values) => `${name} (“${scope}”): ${values.join(", ")}`,
  alt: (d) =>
    `Horizontal bar chart: one group per district and printed table, a bar per year for the planned budget total. ${d.join("; ")}.`,
  xLabel: "Budget (KRW)",
  unit: "KRW (planned; printed totals, each of its own scope)",
  columns: { amount: "Amount", printed: "As printed", scope: "Scope (table caption)" },
};

export const WORDS: Record<Lang, BudgetYearsWords> = { ko, en };
