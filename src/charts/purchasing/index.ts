/**
 * Public purchasing: for each district and year, the target and the result,
 * then the achievement rate as printed beside the rate recomputed as
 * result ÷ target, with "≠" and a word where they differ.
 */
import { formatPeriod } from "../../lib/format.ts";
import type { ChartBuilder } from "../types.ts";
import { draw } from "./draw.ts";
import { readModel } from "./model.ts";
import { table } from "./table.ts";
import { money, rateNote } from "./text.ts";
import { WORDS } from "./words.ts";

export const purchasing: ChartBuilder = (rows, { lang, highlight, width }) => {
  const model = readModel(rows);
  const w = WORDS[lang];
  const rated = model.rows.filter((r) => r.printedRate !== null && r.recomputed !== null);
  const mismatches = w.mismatches(rated.filter((r) => r.mismatch).length, rated.length);
  const results = model.rows.filter((r) => r.actual !== null);
  let takeaway: string;
  if (model.districts.length === 1 && results.length >= 2) {
    const a = results[0]!;
    const b = results.at(-1)!;
    takeaway = w.trend({
      name: a.name[lang],
      from: money(a.actual, lang),
      fromWhen: formatPeriod(a.period, lang),
      to: money(b.actual, lang),
      toWhen: formatPeriod(b.period, lang),
      up: b.actual! >= a.actual!,
      mismatches,
    });
  } else takeaway = w.across(model.districts.length, mismatches);

  const alt = w.alt(
    model.rows.map((r) =>
      w.described({
        name: r.name[lang],
        when: formatPeriod(r.period, lang),
        target: money(r.target, lang),
        result: money(r.actual, lang),
        rate: rateNote(r, lang),
      }),
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
