/**
 * Enterprises by type in Seoul and the north-east districts at one date,
 * from one table, per 10,000 residents. Its sentences (takeaway, text
 * alternative, unit line with its dates) are claims.
 */
import type { ChartBuilder } from "../types.ts";
import { draw } from "./draw.ts";
import { readModel } from "./model.ts";
import { table } from "./table.ts";
import { WORDS } from "./words.ts";

export const enterprisesNortheast2017: ChartBuilder = (rows, { lang, highlight, width, text }) => {
  const model = readModel(rows);
  return {
    svg: draw(model, lang, highlight, width, text.alt.text),
    alt: text.alt.text,
    takeaway: text.takeaway.text,
    unit: text.unit?.text ?? WORDS[lang].unitPlain,
    text,
    table: table(model, lang),
  };
};
