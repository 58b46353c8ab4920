/**
 * Public purchasing by year, one panel per place, each point marked by the
 * kind of its source. Its sentences are claims.
 */
import type { ChartBuilder } from "../types.ts";
import { draw } from "./draw.ts";
import { readModel } from "./model.ts";
import { table } from "./table.ts";
import { WORDS } from "./words.ts";

export const purchasingSeries: ChartBuilder = (rows, { lang, highlight, width, text }) => {
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
