/**
 * One bar per printed total, its length the total per 10,000 residents, so
 * Seoul as a whole sits on the same axis as the districts (outlined, as a
 * benchmark). The rate is written at the bar's end, the count, date and kind
 * of source after it — or under it, where the line would run out of room.
 */
import type { Lang } from "../../i18n/index.ts";
import { formatCount, formatNumber } from "../../lib/format.ts";
import { kindShort } from "../../lib/sourceKind.ts";
import { OKABE_ITO } from "../draw/palette.ts";
import { rowChart, type Row } from "../draw/rowChart.ts";
import { SEOUL, type TotalsModel } from "../enterprises-totals/model.ts";
import { dateText, definition } from "../enterprises-totals/text.ts";
import { NONE } from "../words/none.ts";
import { chartTitle } from "../words/title.ts";
import { WORDS } from "./words.ts";

export function draw(
  model: TotalsModel,
  lang: Lang,
  highlight: string | undefined,
  width: number | undefined,
  alt: string,
): string {
  const w = WORDS[lang];
  const rows: Row[] = model.rows.map((r, i) => {
    const seoul = r.code === SEOUL;
    const detail = [
      r.count === null ? NONE : w.count(formatCount(r.count, lang)),
      dateText(r, lang),
      kindShort(r.kind, lang),
    ];
    if (model.definitions.length > 1) detail.push(definition(r, lang));
    const sameAsAbove = i > 0 && model.rows[i - 1]!.code === r.code;
    return {
      key: `${r.code}|${r.period}|${r.sourceId}|${r.factId}`,
      label: sameAsAbove ? "" : r.name[lang],
      segments:
        r.per10k === null
          ? []
          : [
              {
                x1: 0,
                x2: r.per10k,
                fill: seoul ? OKABE_ITO.orange : OKABE_ITO.blue,
                outline: seoul,
              },
            ],
      value: r.per10k === null ? NONE : formatNumber(r.per10k, lang, 2),
      detail: detail.join(" · "),
      emphasis: highlight !== undefined && r.slug === highlight,
    };
  });
  return rowChart({
    id: "enterprises-totals-per-10k",
    lang,
    width,
    title: chartTitle("enterprises-totals-per-10k", lang),
    description: alt,
    rows,
    xLabel: w.xLabel,
    tickFormat: (v) => formatNumber(v, lang, 1),
    legend: [
      { label: w.legend.district, fill: OKABE_ITO.blue },
      { label: w.legend.seoul, fill: OKABE_ITO.orange, style: "outline" },
    ],
  });
}
