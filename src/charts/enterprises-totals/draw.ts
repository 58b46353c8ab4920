/**
 * One bar per printed total, grouped by district, each with its count at the
 * bar's end and its date and kind of source after it — or under it, where
 * the line would run out of room. Seoul as a whole is written, not drawn.
 */
import type { Lang } from "../../i18n/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { kindShort } from "../../lib/sourceKind.ts";
import { OKABE_ITO } from "../draw/palette.ts";
import { rowChart, type Row } from "../draw/rowChart.ts";
import { chartTitle } from "../words/title.ts";
import { isDrawn, type TotalsModel } from "./model.ts";
import { countText, dateText, definition } from "./text.ts";
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
    const detail = [dateText(r, lang), kindShort(r.kind, lang)];
    if (model.definitions.length > 1) detail.push(definition(r, lang));
    if (!isDrawn(r, model) && r.count !== null) detail.push(w.seoulUnbarred);
    const sameAsAbove = i > 0 && model.rows[i - 1]!.code === r.code;
    return {
      key: `${r.code}|${r.period}|${r.sourceId}|${r.factId}`,
      label: sameAsAbove ? "" : r.name[lang],
      segments: isDrawn(r, model) ? [{ x1: 0, x2: r.count!, fill: OKABE_ITO.blue }] : [],
      value: countText(r, lang),
      detail: detail.join(" · "),
      emphasis: highlight !== undefined && r.slug === highlight,
    };
  });
  return rowChart({
    id: "enterprises-totals",
    lang,
    width,
    title: chartTitle("enterprises-totals", lang),
    description: alt,
    rows,
    xLabel: w.xLabel,
    tickFormat: (v) => formatNumber(v, lang, 0),
  });
}
