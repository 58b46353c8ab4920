/**
 * Budget lines that name a funder, stacked by funder. Lines of different
 * tables are never stacked together; the takeaway gives the district's own
 * share of each table's latest bar, never a comparison of sums.
 */
import { formatPercent, formatPeriod } from "../../lib/format.ts";
import type { ChartBuilder } from "../types.ts";
import { draw } from "./draw.ts";
import { readModel, total } from "./model.ts";
import { table } from "./table.ts";
import { funderName, money, parts } from "./text.ts";
import { WORDS } from "./words.ts";

export const budgetByFunder: ChartBuilder = (rows, { lang, highlight, width }) => {
  const model = readModel(rows);
  const w = WORDS[lang];
  // What share of the latest bar of each table is the district's own money.
  const shares = model.groups.flatMap((g) => {
    const last = model.bars.filter((b) => b.group === g).at(-1);
    if (!last) return [];
    const own = last.lines.filter((r) => r.funder === "district");
    const sum = total(last.lines);
    if (own.length === 0 || sum === 0) return [];
    return [
      w.share({
        name: last.lines[0]!.name[lang],
        year: last.year,
        pct: formatPercent((total(own) / sum) * 100, lang),
      }),
    ];
  });
  let takeaway: string;
  if (shares.length > 0) takeaway = w.shares(shares);
  else {
    const biggest = model.lines
      .filter((r) => r.value !== null)
      .sort((a, b) => b.value! - a.value!)[0];
    takeaway = biggest
      ? w.biggest({
          name: biggest.name[lang],
          year: biggest.year,
          funder: funderName(biggest, lang),
          amount: money(biggest.value, lang),
        })
      : w.noLines;
  }
  const alt = w.alt(
    model.bars.map(
      (b) =>
        `${b.lines[0]!.name[lang]} ${formatPeriod(b.year, lang)}: ${parts(b.lines, lang).join(", ")}`,
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
