/**
 * Every printed total of social-economy enterprises, each with its own date
 * and source. Grouped by district in the printed order, never ranked: the
 * figures are of different dates and definitions. Its sentences are claims.
 */
import type { ChartBuilder } from "../types.ts";
import { draw } from "./draw.ts";
import { readModel } from "./model.ts";
import { table } from "./table.ts";
import { WORDS } from "./words.ts";

export const enterprisesTotals: ChartBuilder = (rows, { lang, highlight, width, text }) => {
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
