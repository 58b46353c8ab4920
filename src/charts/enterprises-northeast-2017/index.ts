/**
 * Enterprises by type in Seoul and the north-east districts at one date,
 * from one table, per 10,000 residents.
 */
import { formatNumber, formatPeriod } from "../../lib/format.ts";
import type { ChartBuilder } from "../types.ts";
import { NONE } from "../words/none.ts";
import { draw } from "./draw.ts";
import { per10k, readModel, SEOUL, type Place } from "./model.ts";
import { table } from "./table.ts";
import { WORDS } from "./words.ts";

export const enterprisesNortheast2017: ChartBuilder = (rows, { lang, highlight, width }) => {
  const model = readModel(rows);
  const w = WORDS[lang];
  const date = model.dates.map((d) => formatPeriod(d, lang)).join(", ");
  const f2 = (v: number | null) => (v === null ? NONE : formatNumber(v, lang, 2));
  const districts = model.places.filter((p) => p.code !== SEOUL);
  const seoul = model.places.find((p) => p.code === SEOUL);
  const top = districts
    .filter((p) => per10k(p) !== null)
    .reduce<Place | undefined>(
      (best, p) => (best === undefined || per10k(p)! > per10k(best)! ? p : best),
      undefined,
    );
  const n = model.types.length;
  const seoulRate = seoul ? per10k(seoul) : null;
  const takeaway =
    top === undefined
      ? w.countsOnly(date, n)
      : w.most({
          date,
          types: n,
          districts: districts.length,
          name: top.name[lang],
          rate: f2(per10k(top)),
          seoul: seoulRate === null ? null : f2(seoulRate),
        });

  const typeList = model.types
    .map((k) => model.rows.find((r) => r.typeKey === k)!.type[lang])
    .join(", ");
  const alt = w.alt({
    typeList,
    types: n,
    places: model.places.map((p) => p.name[lang]).join(", "),
    totals: model.places.map((p) => w.total(p.name[lang], p.count, f2(per10k(p)))).join(", "),
  });
  const popDate = model.populationDates.map((d) => formatPeriod(d, lang)).join(", ");
  return {
    svg: draw(model, lang, highlight, width, alt),
    alt,
    takeaway,
    unit: w.unit(date, popDate),
    table: table(model, lang),
  };
};
