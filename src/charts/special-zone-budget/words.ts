/** Every sentence and label of the special-zone chart, in both languages. */
import type { Lang } from "../../i18n/index.ts";
import { listJoin } from "../words/listJoin.ts";
import { NONE } from "../words/none.ts";
import { withDirection } from "../words/particles.ts";

export interface ZoneWords {
  status: { plan: string; actual: string };
  legend: { plan: string; actual: string };
  none: string;
  noFigure: string;
  periodNote: (period: string) => string;
  xLabel: string;
  unit: string;
  /** Planned spending went from `from` to `to`; `executed` lists the years with an executed amount. */
  trend: (t: {
    from: string;
    fromWhen: string;
    to: string;
    toWhen: string;
    up: boolean;
    executed: string[];
    allExecuted: boolean;
  }) => string;
  executedOnly: (years: string[]) => string;
  neverExecuted: string;
  described: (period: string, plan: string, executed: string) => string;
  alt: (described: string[]) => string;
  columns: { status: string; amount: string; printed: string; caption: string };
}

const ko: ZoneWords = {
  status: { plan: "계획", actual: "집행" },
  legend: { plan: "계획", actual: "집행" },
  none: `없음(${NONE})`,
  noFigure: "자료 없음",
  periodNote: (p) => `기간: ${p}`,
  xLabel: "금액 (원)",
  unit: "원",
  trend: (t) => {
    const tail =
      t.executed.length === 0
        ? "집행액은 한 해도 적혀 있지 않습니다"
        : t.allExecuted
          ? "집행액은 모든 해에 적혀 있습니다"
          : `집행액이 적힌 해는 ${t.executed.map((y) => `${y}년`).join("·")}뿐이고 나머지는 “-”(없음)입니다`;
    return `서울시 특구 사업비 계획은 ${t.fromWhen} ${t.from}에서 ${t.toWhen} ${withDirection(t.to)} ${t.up ? "늘었지만" : "줄었고"}, ${tail}.`;
  },
  executedOnly: (years) => `집행액이 적힌 해는 ${years.map((y) => `${y}년`).join("·")}입니다.`,
  neverExecuted: "집행액은 한 해도 적혀 있지 않습니다.",
  described: (p, plan, done) => `${p} 계획 ${plan}, 집행 ${done}`,
  alt: (d) =>
    `가로 막대 그래프: 서울시 사회적경제 특구 사업비의 연도별 계획(테두리 막대)과 집행(채운 막대). “-”로 적힌 해는 막대 없이 “없음”으로 적었습니다. ${d.join("; ")}.`,
  columns: { status: "구분", amount: "금액", printed: "원문 값", caption: "표 제목" },
};

const en: ZoneWords = {
  status: { plan: "planned", actual: "executed" },
  legend: { plan: "Planned", actual: "Executed" },
  none: `none (${NONE})`,
  noFigure: "no figure",
  periodNote: (p) => `Period: ${p}`,
  xLabel: "Amount (KRW)",
  unit: "KRW",
  trend: (t) => {
    const list = listJoin(t.executed, "en");
    const tail =
      t.executed.length === 0
        ? "no executed amount is printed for any year"
        : t.allExecuted
          ? "executed amounts are printed for every year"
          : `executed amounts are printed only for ${list}; the other years show “-” (none)`;
    return `Seoul's planned special-zone spending ${t.up ? "rose" : "fell"} from ${t.from} in ${t.fromWhen} to ${t.to} in ${t.toWhen}, but ${tail}.`;
  },
  executedOnly: (years) => `Executed amounts are printed for ${listJoin(years, "en")} only.`,
  neverExecuted: "No executed amount is printed.",
  described: (p, plan, done) => `${p}: planned ${plan}, executed ${done}`,
  alt: (d) =>
    `Horizontal bar chart of Seoul's social-economy special-zone budget by year: planned (outlined bar) and executed (solid bar). Years printed as “-” have no bar and read “none”. ${d.join("; ")}.`,
  columns: { status: "Status", amount: "Amount", printed: "As printed", caption: "Table caption" },
};

export const WORDS: Record<Lang, ZoneWords> = { ko, en };
