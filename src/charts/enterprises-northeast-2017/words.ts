/** Every sentence and label of the north-east enterprises chart, in both languages. */
import type { Lang } from "../../i18n/index.ts";
import { formatCount, formatNumber } from "../../lib/format.ts";
import { withSubject } from "../words/particles.ts";

export interface NortheastWords {
  rate: (per10k: string) => string;
  noPopulation: string;
  legend: { district: string; seoul: string };
  /** No population figures: counts only. */
  countsOnly: (date: string, types: number) => string;
  /** The district with the most per 10,000 residents, and Seoul's rate if known. */
  most: (t: {
    date: string;
    types: number;
    districts: number;
    name: string;
    rate: string;
    seoul: string | null;
  }) => string;
  total: (name: string, count: number, rate: string) => string;
  alt: (t: { typeList: string; types: number; places: string; totals: string }) => string;
  xLabel: string;
  unit: (date: string, populationDate: string) => string;
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
  countsOnly: (date, n) =>
    `${date} 기준 ${n}개 유형의 기업 수입니다 (인구 자료가 없어 주민 1만 명당 수는 계산하지 않았습니다).`,
  most: (t) => {
    const lead = `${t.date} 기준 ${t.types}개 유형을 합하면 ${t.districts}개 자치구 가운데 ${withSubject(t.name)} 주민 1만 명당 ${t.rate}개로 가장`;
    return t.seoul === null ? `${lead} 많습니다.` : `${lead} 많고, 서울 전체는 ${t.seoul}개입니다.`;
  },
  total: (name, count, rate) => `${name} ${formatCount(count, "ko")}(1만 명당 ${rate})`,
  alt: (t) =>
    `가로 막대 그래프: ${t.typeList} ${t.types}개 유형마다 ${t.places}의 주민 1만 명당 기업 수를 막대로 그리고, 기업 수와 1만 명당 수를 숫자로 적었습니다 (서울 전체는 테두리 막대). ${t.types}개 유형 합계: ${t.totals}.`,
  xLabel: "주민 1만 명당 기업 수",
  unit: (d, p) => `주민 1만 명당 개 (기업 수는 ${d}, 인구는 ${p} 기준)`,
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
  countsOnly: (date, n) =>
    `Counts of ${n} types as of ${date} (no population figures, so no per-resident rates).`,
  most: (t) =>
    `As of ${t.date}, adding up the ${t.types} types, ${t.name} has the most of the ${t.districts} districts with ${t.rate} per 10,000 residents${t.seoul === null ? "" : `, against ${t.seoul} for Seoul as a whole`}.`,
  total: (name, count, rate) => `${name} ${formatNumber(count, "en")} (${rate} per 10k)`,
  alt: (t) =>
    `Horizontal bar chart: for each of ${t.types} types (${t.typeList}), one bar per place (${t.places}) showing enterprises per 10,000 residents, labelled with the count and the rate (Seoul as a whole as an outlined bar). Totals of the ${t.types} types: ${t.totals}.`,
  xLabel: "Enterprises per 10,000 residents",
  unit: (d, p) => `enterprises per 10,000 residents (counts as of ${d}; population as of ${p})`,
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
