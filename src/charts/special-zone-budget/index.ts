/**
 * Seoul's special-zone programme: planned and executed amounts per year. All
 * rows are Seoul as a whole, so `highlight` has nothing to emphasise here.
 * Its sentences are claims.
 */
import type { ChartBuilder } from "../types.ts";
import { draw } from "./draw.ts";
import { readModel } from "./model.ts";
import { table } from "./table.ts";
import { WORDS } from "./words.ts";

export const specialZoneBudget: ChartBuilder = (rows, { lang, width, text }) => {
  const model = readModel(rows);
  return {
    svg: draw(model, lang, width, text.alt.text),
    alt: text.alt.text,
    takeaway: text.takeaway.text,
    unit: text.unit?.text ?? WORDS[lang].unit,
    text,
    table: table(model, lang),
  };
};
