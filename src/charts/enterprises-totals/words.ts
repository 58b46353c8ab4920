/** Every label of the enterprise-totals chart, in both languages (its sentences are claims). */
import type { Lang } from "../../i18n/index.ts";

export interface TotalsWords {
  allTypes: string;
  seoulUnbarred: string;
  xLabel: string;
  unit: string;
  columns: {
    definition: string;
    count: string;
    population: string;
    per10k: string;
    share: string;
    kind: string;
  };
}

const ko: TotalsWords = {
  allTypes: "전체 합계",
  seoulUnbarred: "서울 전체: 척도가 달라 막대 생략",
  xLabel: "기업 수",
  unit: "개 (숫자마다 기준일이 다름)",
  columns: {
    definition: "정의",
    count: "기업 수 (개)",
    population: "주민등록인구 (명)",
    per10k: "주민 1만 명당",
    share: "서울 대비 비중",
    kind: "출처 종류",
  },
};

const en: TotalsWords = {
  allTypes: "all types",
  seoulUnbarred: "Seoul as a whole: no bar (other scale)",
  xLabel: "Enterprises",
  unit: "enterprises (each figure has its own date)",
  columns: {
    definition: "Definition",
    count: "Enterprises",
    population: "Registered population",
    per10k: "Per 10,000 residents",
    share: "Share of Seoul",
    kind: "Kind of source",
  },
};

export const WORDS: Record<Lang, TotalsWords> = { ko, en };
