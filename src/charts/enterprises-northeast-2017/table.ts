/** The north-east enterprises chart's rows as a table: counts, population, rate and share by type. */
import { t, type Lang } from "../../i18n/index.ts";
import { formatNumber, formatPercent, formatPeriod } from "../../lib/format.ts";
import { koColumn } from "../table/koColumn.ts";
import type { ChartTable } from "../types.ts";
import { NONE } from "../words/none.ts";
import type { NortheastModel } from "./model.ts";
import { WORDS } from "./words.ts";

export function table(model: NortheastModel, lang: Lang): ChartTable {
  const c = WORDS[lang].columns;
  const rows = model.rows;
  const num = (v: number | null, digits = 0) => (v === null ? NONE : formatNumber(v, lang, digits));
  return {
    columns: [
      { label: t(lang, "tableDistrict") },
      {
        label: c.type,
        ...koColumn(
          lang,
          rows.map((r) => r.type[lang]),
        ),
      },
      { label: c.count, numeric: true },
      { label: c.population, numeric: true },
      { label: c.per10k, numeric: true },
      { label: c.share, numeric: true },
      { label: t(lang, "figureDateNote") },
      { label: c.populationDate },
      { label: t(lang, "tableSource") },
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
      r.type[lang],
      num(r.count),
      num(r.population),
      num(r.per10k, 2),
      r.sharePct === null ? NONE : formatPercent(r.sharePct, lang, 1),
      formatPeriod(r.period, lang),
      r.populationPeriod ? formatPeriod(r.populationPeriod, lang) : NONE,
      r.sourceId,
      r.page,
      r.factId,
    ]),
  };
}
