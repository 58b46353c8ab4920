/** Counts, dates and definitions as the enterprise-totals chart writes them. */
import type { Lang } from "../../i18n/index.ts";
import { formatCount, formatPeriod } from "../../lib/format.ts";
import { NONE } from "../words/none.ts";
import type { TotalRow } from "./model.ts";
import { WORDS } from "./words.ts";

export const countText = (r: TotalRow, lang: Lang): string =>
  r.count === null ? NONE : formatCount(r.count, lang);
export const dateText = (r: TotalRow, lang: Lang): string => formatPeriod(r.period, lang);
export const definition = (r: TotalRow, lang: Lang): string =>
  r.typeKey === "all" ? WORDS[lang].allTypes : r.type[lang];
