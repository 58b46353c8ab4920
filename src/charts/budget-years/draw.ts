/**
 * One group per district and printed table, each headed by what its total
 * covers (the table's caption), a bar per year.
 */
import type { Lang } from "../../i18n/index.ts";
import { formatKrwShort, formatPeriod } from "../../lib/format.ts";
import { OKABE_ITO } from "../draw/palette.ts";
import { rowChart, type Row } from "../draw/rowChart.ts";
import { NONE } from "../words/none.ts";
import { chartTitle } from "../words/title.ts";
import type { BudgetYearsModel } from "./model.ts";
import { WORDS } from "./words.ts";

const SERIES = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.green,
  OKABE_ITO.pink,
  OKABE_ITO.orange,
  OKABE_ITO.sky,
];

export function draw(
  model: BudgetYearsModel,
  lang: Lang,
  highlight: string | undefined,
  width: number | undefined,
  alt: string,
): string {
  const w = WORDS[lang];
  const rows: Row[] = model.groups.flatMap(({ key, members }, gi) => {
    const first = members[0]!;
    const emphasis = highlight !== undefined && first.slug === highlight;
    return [
      { key: `h|${key}`, heading: w.heading(first.name[lang], first.scope) },
      ...members.map((r): Row => ({
        key: `${key}|${r.year}|${r.factId}`,
        label: formatPeriod(r.year, lang),
        segments:
          r.value === null ? [] : [{ x1: 0, x2: r.value, fill: SERIES[gi % SERIES.length]! }],
        value: r.value === null ? NONE : formatKrwShort(r.value, lang),
        emphasis,
      })),
    ];
  });
  return rowChart({
    id: "budget-years",
    lang,
    width,
    title: chartTitle("budget-years", lang),
    description: alt,
    rows,
    xLabel: w.xLabel,
    tickFormat: (v) => formatKrwShort(v, lang),
  });
}
