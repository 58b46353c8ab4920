/**
 * Every printed total of social-economy enterprises, each with its own date
 * and source. Grouped by district in the printed order, never ranked: the
 * figures are of different dates and definitions.
 */
import { formatPeriod } from "../../lib/format.ts";
import { kindLabel } from "../../lib/sourceKind.ts";
import type { ChartBuilder } from "../types.ts";
import { draw } from "./draw.ts";
import { readModel, SEOUL } from "./model.ts";
import { table } from "./table.ts";
import { countText, dateText } from "./text.ts";
import { WORDS } from "./words.ts";

export const enterprisesTotals: ChartBuilder = (rows, { lang, highlight, width }) => {
  const model = readModel(rows);
  const w = WORDS[lang];
  const periods = model.rows
    .map((r) => r.period)
    .filter((p) => p !== "")
    .sort();
  const counted = model.rows.filter((r) => r.count !== null && r.code !== SEOUL);
  let takeaway: string;
  if (new Set(periods).size > 1 || model.sources.length > 1 || model.definitions.length > 1) {
    const latest = [...counted].sort((a, b) => b.period.localeCompare(a.period))[0];
    takeaway = w.unranked({
      first: formatPeriod(periods[0]!, lang),
      last: formatPeriod(periods.at(-1)!, lang),
      sources: model.sources.length,
      ...(latest
        ? {
            latest: {
              name: latest.name[lang],
              count: countText(latest, lang),
              date: dateText(latest, lang),
            },
          }
        : {}),
    });
  } else {
    const top = [...counted].sort((a, b) => b.count! - a.count!)[0];
    const when = formatPeriod(periods[0] ?? "", lang);
    takeaway = top
      ? w.most({ when, name: top.name[lang], count: countText(top, lang) })
      : w.asOf(when);
  }
  const alt = w.alt(
    model.rows.map((r) =>
      w.listed(r.name[lang], countText(r, lang), dateText(r, lang), kindLabel(r.kind, lang)),
    ),
    model.hasDistricts && model.rows.some((r) => r.code === SEOUL),
  );
  return {
    svg: draw(model, lang, highlight, width, alt),
    alt,
    takeaway,
    unit: w.unit,
    table: table(model, lang),
  };
};
