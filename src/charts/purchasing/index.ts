/**
 * Public purchasing: for each district and year, the target and the result,
 * then the achievement rate as printed beside the rate recomputed as
 * result ÷ target, with "≠" and a word where they differ. Its sentences are claims.
 */
import type { ChartBuilder } from "../types.ts";
import { draw } from "./draw.ts";
import { readModel } from "./model.ts";
import { table } from "./table.ts";
import { WORDS } from "./words.ts";

export const purchasing: ChartBuilder = (rows, { lang, highlight, width, text }) => {
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
