/** Public purchasing by year, one panel per place, each point marked by the kind of its source. */
import { formatKrwShort, formatPeriod, withQualifier } from "../../lib/format.ts";
import { isOfficialKind, kindLabel } from "../../lib/sourceKind.ts";
import type { ChartBuilder } from "../types.ts";
import { listJoin } from "../words/listJoin.ts";
import { NONE } from "../words/none.ts";
import { draw } from "./draw.ts";
import { readModel, type SeriesPoint } from "./model.ts";
import { table } from "./table.ts";
import { WORDS } from "./words.ts";

export const purchasingSeries: ChartBuilder = (rows, { lang, highlight, width }) => {
  const model = readModel(rows);
  const w = WORDS[lang];
  const money = (v: number | null, qualifier = "") =>
    v === null ? NONE : withQualifier(formatKrwShort(v, lang), qualifier, lang);
  const status = (p: SeriesPoint) => (p.isResult ? w.status.result : w.status.target);
  const pointText = (p: SeriesPoint) =>
    `${formatPeriod(p.period, lang)} ${status(p)} ${money(p.value, p.qualifier)} (${kindLabel(p.kind, lang)})`;
  const alt = w.alt(
    model.places.map((g) => {
      const own = model.points.filter((p) => p.code === g);
      return `${own[0]!.name[lang]}: ${listJoin(own.map(pointText), lang)}`;
    }),
  );
  const latest = model.points
    .filter((p) => p.isResult && p.value !== null)
    .sort((a, b) => b.year - a.year || a.code.localeCompare(b.code))[0];
  const takeaway = latest
    ? w.latest({
        name: latest.name[lang],
        when: formatPeriod(latest.period, lang),
        amount: money(latest.value, latest.qualifier),
        kind: kindLabel(latest.kind, lang),
        others: model.points.filter((p) => !isOfficialKind(p.kind)).length,
        points: model.points.length,
      })
    : w.none;
  return {
    svg: draw(model, lang, highlight, width, alt),
    alt,
    takeaway,
    unit: w.unit,
    table: table(model, lang),
  };
};
