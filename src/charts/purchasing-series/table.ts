/** The purchasing-series chart's points as a table, each with its kind of source. */
import { t, type Lang } from "../../i18n/index.ts";
import { formatKrw, withQualifier, formatPeriod } from "../../lib/format.ts";
import { kindLabel } from "../../lib/sourceKind.ts";
import { koColumn } from "../table/koColumn.ts";
import type { ChartTable } from "../types.ts";
import { NONE } from "../words/none.ts";
import type { SeriesModel } from "./model.ts";
import { WORDS } from "./words.ts";

export function table(model: SeriesModel, lang: Lang): ChartTable {
  const w = WORDS[lang];
  const c = w.columns;
  const points = model.points;
  return {
    columns: [
      { label: t(lang, "tableDistrict") },
      { label: t(lang, "tablePeriod") },
      { label: c.status },
      { label: c.amount, numeric: true },
      {
        label: c.printed,
        numeric: true,
        ...koColumn(
          lang,
          points.map((p) => p.printed),
        ),
      },
      { label: c.kind },
      { label: t(lang, "tableSource") },
      {
        label: t(lang, "tablePage"),
        ...koColumn(
          lang,
          points.map((p) => p.page),
        ),
      },
      { label: t(lang, "tableFact") },
    ],
    rows: points.map((p) => [
      p.name[lang],
      formatPeriod(p.period, lang),
      p.isResult ? w.status.result : w.status.target,
      p.value === null ? NONE : withQualifier(formatKrw(p.value, lang), p.qualifier, lang),
      p.printed || NONE,
      kindLabel(p.kind, lang),
      p.sourceId,
      p.page,
      p.factId,
    ]),
  };
}
