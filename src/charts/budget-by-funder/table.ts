/** The budget-by-funder chart's rows as a table: one row per funder, bar by bar. */
import { t, type Lang } from "../../i18n/index.ts";
import { formatKrw, formatNumber, formatPeriod } from "../../lib/format.ts";
import { koColumn } from "../table/koColumn.ts";
import type { ChartTable } from "../types.ts";
import { NONE } from "../words/none.ts";
import type { FunderModel } from "./model.ts";
import { funderName } from "./text.ts";
import { WORDS } from "./words.ts";

export function table(model: FunderModel, lang: Lang): ChartTable {
  const c = WORDS[lang].columns;
  const rows = model.lines;
  const funders = rows.map((r) => funderName(r, lang));
  return {
    columns: [
      { label: t(lang, "tableDistrict") },
      { label: t(lang, "tablePeriod") },
      { label: c.funder, ...koColumn(lang, funders) },
      { label: c.amount, numeric: true },
      { label: c.lines, numeric: true },
      {
        label: c.caption,
        ...koColumn(
          lang,
          rows.map((r) => r.caption),
        ),
      },
      { label: t(lang, "tableSource") },
      {
        label: t(lang, "tablePage"),
        ...koColumn(
          lang,
          rows.map((r) => r.page),
        ),
      },
    ],
    rows: rows.map((r, i) => [
      r.name[lang],
      formatPeriod(r.year, lang),
      funders[i]!,
      r.value === null ? NONE : formatKrw(r.value, lang),
      r.lines === null ? NONE : formatNumber(r.lines, lang, 0),
      r.caption,
      r.sourceId,
      r.page,
    ]),
  };
}
