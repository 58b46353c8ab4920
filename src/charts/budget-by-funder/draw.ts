/**
 * Budget lines stacked by funder: one bar per district, printed table and
 * year; one funder's amount at the bar's end, or the sum there and each
 * funder's amount written under the bar.
 */
import type { Lang } from "../../i18n/index.ts";
import { formatKrwShort, formatPeriod } from "../../lib/format.ts";
import type { LegendItem } from "../draw/legend.ts";
import { rowChart, type Row, type Segment } from "../draw/rowChart.ts";
import { chartTitle } from "../words/title.ts";
import { funderStyle, total, type FunderModel } from "./model.ts";
import { funderName, money, parts } from "./text.ts";
import { WORDS } from "./words.ts";

export function draw(
  model: FunderModel,
  lang: Lang,
  highlight: string | undefined,
  width: number | undefined,
  alt: string,
): string {
  const w = WORDS[lang];
  const rows: Row[] = model.groups.flatMap((g) => {
    const bars = model.bars.filter((b) => b.group === g);
    const first = bars[0]!.lines[0]!;
    const emphasis = highlight !== undefined && first.slug === highlight;
    return [
      { key: `h|${g}`, heading: w.heading(first.name[lang], first.scope) },
      ...bars.flatMap((b): Row[] => {
        let x = 0;
        const segments: Segment[] = [];
        for (const r of b.lines) {
          if (r.value === null) continue;
          const f = funderStyle(r.funder);
          segments.push({
            x1: x,
            x2: x + r.value,
            fill: f.fill,
            text: funderName(r, lang),
            textFill: f.textFill,
          });
          x += r.value;
        }
        const bar = {
          key: `${g}|${b.year}`,
          label: formatPeriod(b.year, lang),
          segments,
          emphasis,
        };
        const written = parts(b.lines, lang);
        if (b.lines.length === 1) return [{ ...bar, value: written[0]! }];
        return [
          { ...bar, value: w.sum(money(total(b.lines), lang)) },
          { key: `${g}|${b.year}|parts`, note: written.join(" · ") },
        ];
      }),
    ];
  });
  const legend: LegendItem[] = model.funders.map((k) => {
    const line = model.lines.find((r) => r.funder === k)!;
    return { label: funderName(line, lang), fill: funderStyle(k).fill };
  });
  return rowChart({
    id: "budget-by-funder",
    lang,
    width,
    title: chartTitle("budget-by-funder", lang),
    description: alt,
    rows,
    xLabel: w.xLabel,
    tickFormat: (v) => formatKrwShort(v, lang),
    legend,
  });
}
