/** Every label of the special-zone chart, in both languages (its sentences are claims). */
import type { Lang } from "../../i18n/index.ts";
import { NONE } from "../words/none.ts";

export interface ZoneWords {
  status: { plan: string; actual: string };
  legend: { plan: string; actual: string };
  none: string;
  noFigure: string;
  periodNote: (period: string) => string;
  xLabel: string;
  unit: string;
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
  columns: { status: "Status", amount: "Amount", printed: "As printed", caption: "Table caption" },
};

export const WORDS: Record<Lang, ZoneWords> = { ko, en };
