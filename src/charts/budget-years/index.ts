/**
 * Planned budget totals by district and year, one group per district and
 * printed table: a master plan, one centre, a division — totals of different
 * scope, so the takeaway never ranks them.
 */
import { formatKrwShort, formatPeriod } from "../../lib/format.ts";
import type { ChartBuilder } from "../types.ts";
import { NONE } from "../words/none.ts";
import { draw } from "./draw.ts";
import { readModel } from "./model.ts";
import { table } from "./table.ts";
import { WORDS } from "./words.ts";

export const budgetYears: ChartBuilder = (rows, { lang, highlight, width }) => {
  const model = readModel(rows);
  const w = WORDS[lang];
  const money = (v: number | null) => (v === null ? NONE : formatKrwShort(v, lang));
  const valued = model.rows.filter((r) => r.value !== null);
  const largest = [...valued].sort((a, b) => b.value! - a.value!)[0];
  let takeaway: string;
  if (model.groups.length > 1 && largest) {
    takeaway = w.scopes({
      tables: model.groups.length,
      name: largest.name[lang],
      year: largest.year,
      amount: money(largest.value),
      scope: largest.scope,
    });
  } else if (largest) {
    const series = [...valued].sort((a, b) => a.year.localeCompare(b.year));
    const a = series[0]!;
    const b = series.at(-1)!;
    takeaway = w.series({
      name: a.name[lang],
      scope: a.scope,
      from: money(a.value),
      fromYear: a.year,
      to: money(b.value),
      toYear: b.year,
    });
  } else takeaway = w.noTotals;

  const alt = w.alt(
    model.groups.map(({ members }) =>
      w.described(
        members[0]!.name[lang],
        members[0]!.scope,
        members.map((r) => `${formatPeriod(r.year, lang)} ${money(r.value)}`),
      ),
    ),
  );
  return {
    svg: draw(model, lang, highlight, width, alt),
    alt,
    takeaway,
    unit: w.unit,
    table: table(model, lang),
  };
};
