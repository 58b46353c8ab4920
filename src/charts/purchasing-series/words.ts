/** Every sentence and label of the purchasing-series chart, in both languages. */
import type { Lang } from "../../i18n/index.ts";
import { formatKrwShort, formatNumber } from "../../lib/format.ts";

export interface SeriesWords {
  status: { result: string; target: string };
  legend: { result: string; target: string };
  /** A short money label for a mark: "67.8억" / "6.78bn". */
  shortWon: (won: number) => string;
  year: (year: number) => string;
  targetLabel: (amount: string) => string;
  latest: (t: {
    name: string;
    when: string;
    amount: string;
    kind: string;
    others: number;
    points: number;
  }) => string;
  none: string;
  alt: (described: string[]) => string;
  unit: string;
  columns: { status: string; amount: string; printed: string; kind: string };
}

const ko: SeriesWords = {
  status: { result: "실적", target: "목표" },
  legend: { result: "실적", target: "목표 (점선)" },
  shortWon: (won) => formatKrwShort(won, "ko").replace(/ 원$/, ""),
  year: (y) => `’${String(y).slice(2)}`,
  targetLabel: (a) => `목표 ${a}`,
  latest: (t) =>
    `가장 최근 실적은 ${t.name}의 ${t.when} ${t.amount}(${t.kind})이며, ${t.points}개 점 가운데 ${t.others}개는 공식 문서가 아닌 보도자료·언론 보도에서 왔으니 범위와 시점을 확인하세요.`,
  none: "연도별 공공구매 목표와 실적입니다.",
  alt: (d) =>
    `점 그래프: 자치구(와 서울 전체)마다 따로 눈금을 둔 연도별 공공구매 실적(녹색)과 목표(파란색, 점선). 공식 문서는 채운 점, 보도자료는 빈 네모, 언론 보도는 빈 원. ${d.join("; ")}.`,
  unit: "원 (자치구마다 눈금이 다름)",
  columns: { status: "구분", amount: "금액", printed: "원문 값", kind: "출처 종류" },
};

const en: SeriesWords = {
  status: { result: "result", target: "target" },
  legend: { result: "Result", target: "Target (dashed)" },
  shortWon: (won) =>
    won >= 1e9 ? `${formatNumber(won / 1e9, "en", 2)}bn` : `${formatNumber(won / 1e6, "en", 0)}m`,
  year: (y) => String(y),
  targetLabel: (a) => `target ${a}`,
  latest: (t) =>
    `The latest result is ${t.name}'s ${t.amount} in ${t.when} (${t.kind}); ${t.others} of the ${t.points} points come from press releases or news reports, not official documents, so check their scope and date.`,
  none: "Purchasing targets and results by year.",
  alt: (d) =>
    `Dot chart: public-purchasing results (green) and targets (blue, dashed) by year, one panel per district (and Seoul as a whole), each on its own scale. Filled marks are official documents, hollow squares press releases, hollow circles news reports. ${d.join(". ")}.`,
  unit: "KRW (each panel has its own scale)",
  columns: { status: "Status", amount: "Amount", printed: "As printed", kind: "Kind of source" },
};

export const WORDS: Record<Lang, SeriesWords> = { ko, en };
