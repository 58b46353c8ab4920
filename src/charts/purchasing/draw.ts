/**
 * For each district and year, the target (outlined bar) and the result
 * (solid bar), then the printed and recomputed achievement rates.
 */
import type { Lang } from "../../i18n/index.ts";
import { formatKrwShort, formatPeriod } from "../../lib/format.ts";
import { OKABE_ITO } from "../draw/palette.ts";
import { rowChart, type Row } from "../draw/rowChart.ts";
import { chartTitle } from "../words/title.ts";
import type { PurchasingModel } from "./model.ts";
import { missing, money, rateNote } from "./text.ts";
import { WORDS } from "./words.ts";

const TARGET = OKABE_ITO.blue;
const RESULT = OKABE_ITO.green;

export function draw(
  model: PurchasingModel,
  lang: Lang,
  highlight: string | undefined,
  width: number | undefined,
  alt: string,
): string {
  const w = WORDS[lang];
  const rows: Row[] = model.districts.flatMap((d) => {
    const own = model.rows.filter((r) => r.code === d);
    const emphasis = highlight !== undefined && own[0]!.slug === highlight;
    return [
      { key: `h|${d}`, heading: own[0]!.name[lang] },
      ...own.flatMap((r): Row[] => {
        const k = `${d}|${r.period}|${r.sourceId}`;
        const note = rateNote(r, lang);
        return [
          {
            key: `${k}|target`,
            label: formatPeriod(r.period, lang),
            segments:
              r.target === null ? [] : [{ x1: 0, x2: r.target, fill: TARGET, outline: true }],
            value: w.target(
              r.target === null ? missing(r.targetPrinted, lang) : money(r.target, lang),
            ),
            emphasis,
          },
          {
            key: `${k}|actual`,
            segments: r.actual === null ? [] : [{ x1: 0, x2: r.actual, fill: RESULT }],
            value: w.result(
              r.actual === null ? missing(r.actualPrinted, lang) : money(r.actual, lang),
            ),
            emphasis,
          },
          note === undefined
            ? { key: `${k}|gap`, note: "" }
            : { key: `${k}|rate`, note, strong: r.mismatch },
        ];
      }),
    ];
  });
  return rowChart({
    id: "purchasing",
    lang,
    width,
    title: chartTitle("purchasing", lang),
    description: alt,
    rows,
    xLabel: w.xLabel,
    tickFormat: (v) => formatKrwShort(v, lang),
    legend: [
      { label: w.legend.target, fill: TARGET, style: "outline" },
      { label: w.legend.result, fill: RESULT },
    ],
  });
}
