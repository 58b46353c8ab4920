/** Funder names and amounts as the budget-by-funder chart writes them. */
import type { Lang } from "../../i18n/index.ts";
import { formatKrwShort } from "../../lib/format.ts";
import { shortPage } from "../words/captions.ts";
import { NONE } from "../words/none.ts";
import { isFunderKey, type FunderLine } from "./model.ts";
import { WORDS } from "./words.ts";

export const money = (v: number | null, lang: Lang): string =>
  v === null ? NONE : formatKrwShort(v, lang);

export function funderName(r: FunderLine, lang: Lang): string {
  return isFunderKey(r.funder) ? WORDS[lang].funder[r.funder] : r.funderEn || r.funder;
}

/**
 * The funder's name; where one bar has the same funder twice, what tells the two apart:
 * the label as printed (시 and 시비) if they differ, else the page.
 */
export function partName(r: FunderLine, lines: readonly FunderLine[], lang: Lang): string {
  const twins = lines.filter((x) => x.funder === r.funder);
  const name = funderName(r, lang);
  if (twins.length < 2) return name;
  if (r.printed && new Set(twins.map((x) => x.printed)).size === twins.length)
    return WORDS[lang].withPrinted(name, r.printed);
  return r.page ? WORDS[lang].withPage(name, shortPage(r.page)) : name;
}

/** "시비 4.4억 원" for each line of a bar. */
export function parts(lines: readonly FunderLine[], lang: Lang): string[] {
  return lines.map((r) => `${partName(r, lines, lang)} ${money(r.value, lang)}`);
}
