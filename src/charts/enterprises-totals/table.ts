/** The enterprise-totals chart's rows as a table, with population, rate and share where known. */
import { t, type Lang } from "../../i18n/index.ts";
import { formatNumber, formatPercent } from "../../lib/format.ts";
import { kindLabel } from "../../lib/sourceKind.ts";
import { koColumn } from "../table/koColumn.ts";
import type { ChartTable } from "../types.ts";
import { NONE } from "../words/none.ts";
import type { TotalsModel } from "./model.ts";
import { dateText, definition } from "./text.ts";
import { WORDS } from "./words.ts";

export function table(model: TotalsModel, lang: Lang): ChartTable {
  const c = WORDS[lang].columns;
  const rows = model.rows;
  const num = (v: number | null, digits = 0) => (v === null ? NONE : formatNumber(v, lang, digits));
  return {
    columns: [
      { label: t(lang, "tableDistrict") },
      { label: t(lang, "figureDateNote") },
      {
        label: c.definition,
        ...koColumn(
          lang,
          rows.map((r) => definition(r, lang)),
        ),
      },
      { label: c.count, numeric: true },
      { label: c.population, numeric: true },
      { label: c.per10k, numeric: true },
      { label: c.share, numeric: true },
      { label: t(lang, "tableSource") },
      { label: c.kind },
      {
        label: t(lang, "tablePage"),
        ...koColumn(
          lang,
          rows.map((r) => r.page),
        ),
      },
      { label: t(lang, "tableFact") },
    ],
    rows: rows.map((r) => [
      r.name[lang],
      dateText(r, lang),
      definition(r, lang),
      num(r.count),
      num(r.population),
      num(r.per10k, 2),
      r.sharePct === null ? NONE : formatPercent(r.sharePct, lang, 1),
      r.sourceId,
      kindLabel(r.kind, lang),
      r.page,
      r.factId,
    ]),
  };
}
