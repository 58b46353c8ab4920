/**
 * The printed totals of social-economy enterprises per 10,000 residents: the
 * totals chart's rows that have a population of the one definition near their
 * date (the rows of /data/charts/enterprises-totals-per-10k.csv). Grouped by
 * district in the printed order, never ranked. Its sentences are claims.
 */
import type { ChartBuilder } from "../types.ts";
import { readModel } from "../enterprises-totals/model.ts";
import { draw } from "./draw.ts";
import { table } from "./table.ts";
import { WORDS } from "./words.ts";

export const enterprisesTotalsPer10k: ChartBuilder = (rows, { lang, highlight, width, text }) => {
  const model = readModel(rows);
  return {
    svg: draw(model, lang, highlight, width, text.alt.text),
    alt: text.alt.text,
    takeaway: text.takeaway.text,
    unit: text.unit?.text ?? WORDS[lang].unit,
    text,
    table: table(model, lang),
  };
};
