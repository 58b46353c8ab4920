/** Every label of the per-10,000 totals chart, in both languages (its sentences are claims). */
import type { Lang } from "../../i18n/index.ts";

export interface Per10kWords {
  count: (n: string) => string;
  legend: { district: string; seoul: string };
  xLabel: string;
  /** The unit without dates, where the pipeline wrote no unit line. */
  unit: string;
  populationDate: string;
}

const ko: Per10kWords = {
  count: (n) => `합계 ${n}`,
  legend: { district: "자치구", seoul: "서울 전체 (비교 기준)" },
  xLabel: "주민 1만 명당 기업 수",
  unit: "주민 1만 명당 개",
  populationDate: "인구 기준일",
};

const en: Per10kWords = {
  count: (n) => `total ${n}`,
  legend: { district: "District", seoul: "Seoul as a whole (benchmark)" },
  xLabel: "Enterprises per 10,000 residents",
  unit: "enterprises per 10,000 residents",
  populationDate: "Population date",
};

export const WORDS: Record<Lang, Per10kWords> = { ko, en };
