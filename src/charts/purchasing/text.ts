/** Amounts and rates as the purchasing chart writes them. */
import type { Lang } from "../../i18n/index.ts";
import { formatKrwShort, formatPercent } from "../../lib/format.ts";
import { NONE } from "../words/none.ts";
import type { PurchasingRow } from "./model.ts";
import { WORDS } from "./words.ts";

export const money = (v: number | null, lang: Lang): string =>
  v === null ? NONE : formatKrwShort(v, lang);
export const pct = (v: number | null, lang: Lang): string =>
  v === null ? NONE : formatPercent(v, lang, 1);

/** A missing amount: "none (–)" where "-" was printed, "no figure" where nothing was. */
export function missing(printed: string, lang: Lang): string {
  return printed.trim() === "-" ? WORDS[lang].none : WORDS[lang].noFigure;
}

/** The printed rate beside the recomputed one, with "≠" and a word where they differ. */
export function rateNote(r: PurchasingRow, lang: Lang): string | undefined {
  if (r.printedRate === null && r.recomputed === null) return undefined;
  const w = WORDS[lang];
  const say = r.mismatch ? w.rateMismatch : w.rate;
  return say(pct(r.printedRate, lang), pct(r.recomputed, lang));
}
