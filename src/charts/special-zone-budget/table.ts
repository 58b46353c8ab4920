/** The special-zone chart's rows as a table: every printed figure with its caption, source and page. */
import { t, type Lang } from "../../i18n/index.ts";
import { formatKrw, formatPeriod } from "../../lib/format.ts";
import { koColumn } from "../table/koColumn.ts";
import type { ChartTable } from "../types.ts";
import { NONE } from "../words/none.ts";
import { amount } from "./amount.ts";
import type { Status, ZoneModel } from "./model.ts";
import { WORDS } from "./words.ts";

export function table(model: ZoneModel, lang: Lang): ChartTable {
  const w = WORDS[lang];
  const sorted = [...model.rows].sort(
    (a, b) => a.period.localeCompare(b.period) || b.status.localeCompare(a.status),
  );
  const status = (s: string) => (s in w.status ? w.status[s as Status] : s);
  return {
    columns: [
      { label: t(lang, "tablePeriod") },
      { label: w.columns.status },
      { label: w.columns.amount, numeric: true },
      {
        label: w.columns.printed,
        numeric: true,
        ...koColumn(
          lang,
          sorted.map((r) => r.printed),
        ),
      },
      {
        label: w.columns.caption,
        ...koColumn(
          lang,
          sorted.map((r) => r.caption),
        ),
      },
      { label: t(lang, "tableSource") },
      { label: t(lang, "tablePage") },
      { label: t(lang, "tableFact") },
    ],
    rows: sorted.map((r) => [
      formatPeriod(r.period, lang),
      status(r.status),
      r.value === null ? amount(r, lang) : formatKrw(r.value, lang),
      r.printed || NONE,
      r.caption,
      r.sourceId,
      r.page,
      r.factId,
    ]),
  };
}
