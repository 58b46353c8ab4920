/** The budget-totals chart's rows as a table: each total as printed and as read, with its scope. */
import { t, type Lang } from "../../i18n/index.ts";
import { formatKrw, formatPeriod } from "../../lib/format.ts";
import { koColumn } from "../table/koColumn.ts";
import type { ChartTable } from "../types.ts";
import { NONE } from "../words/none.ts";
import type { BudgetYearsModel } from "./model.ts";
import { WORDS } from "./words.ts";

export function table(model: BudgetYearsModel, lang: Lang): ChartTable {
  const c = WORDS[lang].columns;
  const rows = model.rows;
  return {
    columns: [
      { label: t(lang, "tableDistrict") },
      { label: t(lang, "tablePeriod") },
      { label: c.amount, numeric: true },
      {
        label: c.printed,
        numeric: true,
        ...koColumn(
          lang,
          rows.map((r) => r.printed),
        ),
      },
      {
        label: c.scope,
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
      { label: t(lang, "tableFact") },
    ],
    rows: model.groups.flatMap(({ members }) =>
      members.map((r) => [
        r.name[lang],
        formatPeriod(r.year, lang),
        r.value === null ? NONE : formatKrw(r.value, lang),
        r.printed || NONE,
        r.caption,
        r.sourceId,
        r.page,
        r.factId,
      ]),
    ),
  };
}
