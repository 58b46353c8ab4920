/** Every label of the north-east enterprises chart, in both languages (its sentences are claims). */
import type { Lang } from "../../i18n/index.ts";

export interface NortheastWords {
  rate: (per10k: string) => string;
  noPopulation: string;
  legend: { district: string; seoul: string };
  xLabel: string;
  /** The unit without dates, where the pipeline wrote no unit line. */
  unitPlain: string;
  columns: {
    type: string;
    count: string;
    population: string;
    per10k: string;
    share: string;
    populationDate: string;
  };
}

const ko: NortheastWords = {
  rate: (r) => `1만 명당 ${r}`,
  noPopulation: "인구 자료 없음",
  legend: { district: "자치구", seoul: "서울 전체 (비교 기준)" },
  xLabel: "주민 1만 명당 기업 수",
  unitPlain: "주민 1만 명당 개",
  columns: {
    type: "유형",
    count: "기업 수 (개)",
    population: "주민등록인구 (명)",
    per10k: "주민 1만 명당",
    share: "서울 대비 비중",
    populationDate: "인구 기준일",
  },
};

const en: NortheastWords = {
  rate: (r) => `${r} per 10k`,
  noPopulation: "no population figure",
  legend: { district: "District", seoul: "Seoul as a whole (benchmark)" },
  xLabel: "Enterprises per 10,000 residents",
  unitPlain: "enterprises per 10,000 residents",
  columns: {
    type: "Type",
    count: "Enterprises",
    population: "Registered population",
    per10k: "Per 10,000 residents",
    share: "Share of Seoul",
    populationDate: "Population date",
  },
};

export const WORDS: Record<Lang, NortheastWords> = { ko, en };
