/** The per-10,000 totals chart's rows as a table: count, population and its date, rate. */
import { t, type Lang } from "../../i18n/index.ts";
import { formatNumber, formatPeriod } from "../../lib/format.ts";
import { kindLabel } from "../../lib/sourceKind.ts";
import { WORDS as TOTALS } from "../enterprises-totals/words.ts";
import type { TotalsModel } from "../enterprises-totals/model.ts";
import { dateText, definition } from "../enterprises-totals/text.ts";
import { koColumn } from "../table/koColumn.ts";
import type { ChartTable } from "../types.ts";
import { NONE } from "../words/none.ts";
import { WORDS } from "./words.ts";

export function table(model: TotalsModel, lang: Lang): ChartTable {
  const c = TOTALS[lang].columns;
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
      { label: c.per10k, numeric: true },
      { label: c.count, numeric: true },
      { label: c.population, numeric: true },
      { label: WORDS[lang].populationDate },
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
      num(r.per10k, 2),
      num(r.count),
      num(r.population),
      r.populationPeriod ? formatPeriod(r.populationPeriod, lang) : NONE,
      r.sourceId,
      kindLabel(r.kind, lang),
      r.page,
      r.factId,
    ]),
  };
}
