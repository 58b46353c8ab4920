import type { Lang } from "../../i18n/index.ts";
import { formatKrwShort } from "../../lib/format.ts";
import { printedNone, type ZoneRow } from "./model.ts";
import { WORDS } from "./words.ts";

/** An amount as the chart writes it: short won, "none (–)" for a printed "-", else "no figure". */
export function amount(r: ZoneRow | undefined, lang: Lang): string {
  const w = WORDS[lang];
  if (r === undefined) return w.noFigure;
  if (r.value !== null) return formatKrwShort(r.value, lang);
  return printedNone(r) ? w.none : w.noFigure;
}
