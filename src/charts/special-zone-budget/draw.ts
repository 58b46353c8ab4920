/**
 * Planned (outlined) and executed (solid) amounts per period, a printed "-"
 * drawn as no bar and written "none (–)", never as zero.
 */
import type { Lang } from "../../i18n/index.ts";
import { formatKrwShort, formatPeriod } from "../../lib/format.ts";
import { OKABE_ITO } from "../draw/palette.ts";
import { rowChart, type Row } from "../draw/rowChart.ts";
import { chartTitle } from "../words/title.ts";
import { amount } from "./amount.ts";
import type { Status, ZoneModel, ZoneRow } from "./model.ts";
import { WORDS } from "./words.ts";

const FILL: Record<Status, string> = { plan: OKABE_ITO.blue, actual: OKABE_ITO.green };

export function draw(model: ZoneModel, lang: Lang, width: number | undefined, alt: string): string {
  const w = WORDS[lang];
  const bar = (r: ZoneRow | undefined, period: string, s: Status): Row => ({
    key: `${period}|${s}`,
    segments:
      r && r.value !== null ? [{ x1: 0, x2: r.value, fill: FILL[s], outline: s === "plan" }] : [],
    value: `${w.status[s]} ${amount(r, lang)}`,
  });
  const rows = model.periods.flatMap((p): Row[] => {
    const plan = model.find(p, "plan");
    const done = model.find(p, "actual");
    const any = (plan ?? done)!;
    return [
      { ...bar(plan, p, "plan"), label: formatPeriod(any.year, lang) },
      bar(done, p, "actual"),
      {
        key: `${p}|note`,
        note: any.period === any.year ? "" : w.periodNote(formatPeriod(p, lang)),
      },
    ];
  });
  return rowChart({
    id: "special-zone-budget",
    lang,
    width,
    title: chartTitle("special-zone-budget", lang),
    description: alt,
    rows,
    xLabel: w.xLabel,
    tickFormat: (v) => formatKrwShort(v, lang),
    legend: [
      { label: w.legend.plan, fill: FILL.plan, style: "outline" },
      { label: w.legend.actual, fill: FILL.actual },
    ],
  });
}
