/** Every label of the purchasing-series chart, in both languages (its sentences are claims). */
import type { Lang } from "../../i18n/index.ts";
import { formatKrwShort, formatNumber } from "../../lib/format.ts";

export interface SeriesWords {
  status: { result: string; target: string };
  legend: { result: string; target: string };
  /** A short money label for a mark: "67.8억" / "6.78bn". */
  shortWon: (won: number) => string;
  year: (year: number) => string;
  targetLabel: (amount: string) => string;
  unit: string;
  columns: { status: string; amount: string; printed: string; kind: string };
}

const ko: SeriesWords = {
  status: { result: "실적", target: "목표" },
  legend: { result: "실적", target: "목표 (점선)" },
  shortWon: (won) => formatKrwShort(won, "ko").replace(/ 원$/, ""),
  year: (y) => `’${String(y).slice(2)}`,
  targetLabel: (a) => `목표 ${a}`,
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
  unit: "KRW (each panel has its own scale)",
  columns: { status: "Status", amount: "Amount", printed: "As printed", kind: "Kind of source" },
};

export const WORDS: Record<Lang, SeriesWords> = { ko, en };
