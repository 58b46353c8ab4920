/** Every sentence and label of the budget-by-funder chart, in both languages. */
import type { Lang } from "../../i18n/index.ts";
import { listJoin } from "../words/listJoin.ts";
import type { FunderKey } from "./model.ts";

export interface FunderWords {
  funder: Record<FunderKey, string>;
  heading: (name: string, scope: string) => string;
  /** A funder named twice in one bar (two printed sections): with its page. */
  withPage: (funder: string, page: string) => string;
  sum: (amount: string) => string;
  share: (s: { name: string; year: string; pct: string }) => string;
  shares: (listed: string[]) => string;
  biggest: (b: { name: string; year: string; funder: string; amount: string }) => string;
  noLines: string;
  alt: (described: string[]) => string;
  xLabel: string;
  unit: string;
  columns: { funder: string; amount: string; lines: string; caption: string };
}

const ko: FunderWords = {
  funder: {
    national: "국비",
    national_city: "국·시비",
    city: "시비",
    district: "구비",
    other: "기타",
  },
  heading: (name, scope) => `${name} — ‘${scope}’`,
  withPage: (f, p) => `${f}(${p})`,
  sum: (a) => `계 ${a}`,
  share: (s) => `${s.name} ${s.pct}(${s.year}년)`,
  shares: (l) =>
    `자치구 자체 예산(구비)이 차지하는 몫은 ${l.join(", ")}이고, 표마다 다루는 범위가 달라 합계끼리 비교할 수는 없습니다.`,
  biggest: (b) => `가장 큰 재원별 금액은 ${b.name} ${b.year}년 ${b.funder} ${b.amount}입니다.`,
  noLines: "재원이 적힌 예산이 없습니다.",
  alt: (d) =>
    `누적 가로 막대 그래프: 자치구·표·연도마다 막대 하나를 재원(국비, 시비, 구비 등)별로 나눠 쌓고, 막대 아래에 재원별 금액을 적었습니다. ${d.join("; ")}.`,
  xLabel: "예산 (원)",
  unit: "원 (재원이 적힌 예산 줄의 합)",
  columns: { funder: "재원", amount: "금액", lines: "더한 줄 수", caption: "표 제목" },
};

const en: FunderWords = {
  funder: {
    national: "National",
    national_city: "National + city",
    city: "City",
    district: "District",
    other: "Other",
  },
  heading: (name, scope) => `${name} — “${scope}”`,
  withPage: (f, p) => `${f} (${p})`,
  sum: (a) => `sum ${a}`,
  share: (s) => `${s.pct} of ${s.name}'s ${s.year} lines`,
  shares: (l) =>
    `District funds make up ${listJoin(l, "en")}; each table covers something different, so don't compare the sums across districts.`,
  biggest: (b) =>
    `The largest amount by funder is ${b.name}'s ${b.funder} funding of ${b.amount} in ${b.year}.`,
  noLines: "No budget lines with a funder.",
  alt: (d) =>
    `Stacked horizontal bar chart: one bar per district, table and year, split by funder (national, city, district…), with each funder's amount written under the bar. ${d.join("; ")}.`,
  xLabel: "Budget (KRW)",
  unit: "KRW (sum of the budget lines that print a funder)",
  columns: {
    funder: "Funder",
    amount: "Amount",
    lines: "Printed lines added",
    caption: "Table caption",
  },
};

export const WORDS: Record<Lang, FunderWords> = { ko, en };
