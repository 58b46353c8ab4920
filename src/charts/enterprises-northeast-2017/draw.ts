/**
 * For each type, one bar per place as enterprises per 10,000 residents (so
 * Seoul as a whole sits on the same axis as a benchmark), with the count and
 * the rate written at the bar's end.
 */
import type { Lang } from "../../i18n/index.ts";
import { formatCount, formatNumber } from "../../lib/format.ts";
import { OKABE_ITO } from "../draw/palette.ts";
import { rowChart, type Row } from "../draw/rowChart.ts";
import { NONE } from "../words/none.ts";
import { chartTitle } from "../words/title.ts";
import { SEOUL, type NortheastModel } from "./model.ts";
import { WORDS } from "./words.ts";

export function draw(
  model: NortheastModel,
  lang: Lang,
  highlight: string | undefined,
  width: number | undefined,
  alt: string,
): string {
  const w = WORDS[lang];
  const rows: Row[] = model.types.flatMap((type) => {
    const ofType = model.rows.filter((r) => r.typeKey === type);
    return [
      { key: `h|${type}`, heading: ofType[0]!.type[lang] },
      ...ofType.map((r): Row => {
        const seoul = r.code === SEOUL;
        return {
          key: `${type}|${r.code}`,
          label: r.name[lang],
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
          value: r.count === null ? NONE : formatCount(r.count, lang),
          detail: r.per10k === null ? w.noPopulation : w.rate(formatNumber(r.per10k, lang, 2)),
          emphasis: highlight !== undefined && r.slug === highlight,
        };
      }),
    ];
  });
  return rowChart({
    id: "enterprises-northeast-2017",
    lang,
    width,
    title: chartTitle("enterprises-northeast-2017", lang),
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
