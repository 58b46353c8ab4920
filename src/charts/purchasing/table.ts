/** The purchasing chart's rows as a table: amounts as printed and as read, both rates, the check. */
import { t, type Lang } from "../../i18n/index.ts";
import { formatKrw, formatPeriod } from "../../lib/format.ts";
import { koColumn } from "../table/koColumn.ts";
import type { ChartTable } from "../types.ts";
import { NONE } from "../words/none.ts";
import type { PurchasingModel } from "./model.ts";
import { pct } from "./text.ts";
import { WORDS } from "./words.ts";

export function table(model: PurchasingModel, lang: Lang): ChartTable {
  const w = WORDS[lang];
  const c = w.columns;
  const printedCells = model.rows.flatMap((r) => [r.targetPrinted, r.actualPrinted]);
  const won = (v: number | null) => (v === null ? NONE : formatKrw(v, lang));
  const check = (s: string, mismatch: boolean) =>
    s === "" ? NONE : mismatch ? w.check.mismatch : w.check.match;
  return {
    columns: [
      { label: t(lang, "tableDistrict") },
      { label: t(lang, "tablePeriod") },
      { label: c.target, numeric: true },
      { label: c.targetPrinted, numeric: true, ...koColumn(lang, printedCells) },
      { label: c.result, numeric: true },
      { label: c.resultPrinted, numeric: true, ...koColumn(lang, printedCells) },
      { label: c.ratePrinted, numeric: true },
      { label: c.rateRecomputed, numeric: true },
      { label: c.check },
      { label: t(lang, "tableSource") },
      {
        label: t(lang, "tablePage"),
        ...koColumn(
          lang,
          model.rows.map((r) => r.page),
        ),
      },
      { label: t(lang, "tableFact") },
    ],
    rows: model.rows.map((r) => [
      r.name[lang],
      formatPeriod(r.period, lang),
      won(r.target),
      r.targetPrinted || NONE,
      won(r.actual),
      r.actualPrinted || NONE,
      r.ratePrinted || NONE,
      pct(r.recomputed, lang),
      check(r.check, r.mismatch),
      r.sourceId,
      r.page,
      r.factIds.join(" · "),
    ]),
  };
}
