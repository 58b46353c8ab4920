/** Every sentence and label of the enterprise-totals chart, in both languages. */
import type { Lang } from "../../i18n/index.ts";
import { listJoin } from "../words/listJoin.ts";
import { withSubject } from "../words/particles.ts";

export interface TotalsWords {
  allTypes: string;
  seoulUnbarred: string;
  /** Totals of different dates or sources: not ranked. */
  unranked: (t: {
    first: string;
    last: string;
    sources: number;
    latest?: { name: string; count: string; date: string };
  }) => string;
  /** One date and one source: the largest. */
  most: (t: { when: string; name: string; count: string }) => string;
  asOf: (when: string) => string;
  listed: (name: string, count: string, date: string, kind: string) => string;
  alt: (listed: string[], seoulWritten: boolean) => string;
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
  unranked: (t) => {
    const latest = t.latest
      ? `않았으며, 가장 최근 숫자는 ${t.latest.name}의 ${t.latest.count}(${t.latest.date})이니`
      : "않았으니";
    return `합계마다 기준일(${t.first}~${t.last})과 출처(${t.sources}곳)가 달라 순위를 매기지 ${latest} 비교에 주의하세요.`;
  },
  most: (t) =>
    `${t.when} 기준 같은 출처의 합계로는 ${withSubject(t.name)} ${t.count}로 가장 많습니다.`,
  asOf: (when) => `${when} 기준 합계입니다.`,
  listed: (name, count, date, kind) => `${name} ${count} (${date}, ${kind})`,
  alt: (l, seoul) =>
    `가로 막대 그래프: 자치구별로 문서에 적힌 사회적경제기업 합계를 기준일과 함께 그렸습니다 (순위 아님): ${listJoin(l, "ko")}.${seoul ? " 서울 전체 합계는 자치구와 규모가 달라 막대 없이 숫자로만 적었습니다." : ""}`,
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
  unranked: (t) =>
    `These totals have different dates (${t.first} to ${t.last}) and come from ${t.sources} source${t.sources === 1 ? "" : "s"}, so they are not ranked${t.latest ? `; the latest is ${t.latest.name}'s ${t.latest.count} (${t.latest.date})` : ""} — compare with care.`,
  most: (t) => `As of ${t.when}, from one source, ${t.name} has the most: ${t.count}.`,
  asOf: (when) => `Totals as of ${when}.`,
  listed: (name, count, date, kind) => `${name} ${count} (${date}, ${kind})`,
  alt: (l, seoul) =>
    `Horizontal bar chart of the printed totals of social-economy enterprises by district, each labelled with its date (not a ranking): ${listJoin(l, "en")}.${seoul ? " Seoul's total is written out, not drawn, as it is on another scale." : ""}`,
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
