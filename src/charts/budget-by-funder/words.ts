/** Every label of the budget-by-funder chart, in both languages (its sentences are claims). */
import type { Lang } from "../../i18n/index.ts";
import type { FunderKey } from "./model.ts";

export interface FunderWords {
  funder: Record<FunderKey, string>;
  heading: (name: string, scope: string) => string;
  /** A funder named twice in one bar (two printed labels): with the label as printed. */
  withPrinted: (funder: string, printed: string) => string;
  /** The same funder twice under one printed label (two sections): with its page. */
  withPage: (funder: string, page: string) => string;
  sum: (amount: string) => string;
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
  withPrinted: (f, p) => `${f}(‘${p}’)`,
  withPage: (f, p) => `${f}(${p})`,
  sum: (a) => `계 ${a}`,
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
  withPrinted: (f, p) => `${f} (‘${p}’)`,
  withPage: (f, p) => `${f} (${p})`,
  sum: (a) => `sum ${a}`,
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
