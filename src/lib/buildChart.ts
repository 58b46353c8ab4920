import { CHART_IDS, type ChartId } from "../../contract/charts.ts";
import { CHARTS } from "../charts/index.ts";
import { NARROW_WIDTH } from "../charts/draw/sizes.ts";
import { textsOutside } from "../charts/draw/textBoxes.ts";
import { fallbackHeight } from "../charts/share/embedSnippet.ts";
import type { ChartOutput } from "../charts/types.ts";
import { chartTitle } from "../charts/words/title.ts";
import type { Lang } from "../i18n/index.ts";
import { chartData, product } from "../data/products.ts";
import { chartText, claimRows, type ClaimRow } from "../models/claims.ts";
import { chartSources } from "./chartSources.ts";

export { CHART_IDS, type ChartId };

export interface BuiltChart {
  id: ChartId;
  title: string;
  output: ChartOutput;
  /** The same chart drawn for phones, so its text stays full size on a 360 px screen. */
  narrowSvg: string;
  sources: { source_id: string; page: string }[];
  /** The embed iframe's height without JS: the phone layout of the embed page. */
  embedHeight: number;
}

/** Stops the build when a chart's text would run outside its SVG (measured with the chart font). */
function assertTextInside(id: ChartId, lang: Lang, svg: string): void {
  const outside = textsOutside(svg);
  if (outside.length > 0)
    throw new Error(`chart ${id} (${lang}): text outside the SVG: ${outside.join("; ")}`);
}

let claims: ClaimRow[] | undefined;

/**
 * A chart as a page shows it: its dataset drawn by its builder, with its
 * title, its sources and its sentences (the chart's claims).
 */
export function buildChart(id: ChartId, lang: Lang, highlight?: string): BuiltChart {
  const data = chartData(id);
  claims ??= claimRows(product("claims").rows);
  const text = chartText(claims, id, lang);
  const options = highlight === undefined ? { lang, text } : { lang, text, highlight };
  const output = CHARTS[id].build(data.rows, options);
  const narrowSvg = CHARTS[id].build(data.rows, { ...options, width: NARROW_WIDTH }).svg;
  assertTextInside(id, lang, output.svg);
  assertTextInside(id, lang, narrowSvg);
  return {
    id,
    title: chartTitle(id, lang),
    output,
    narrowSvg,
    sources: chartSources(id),
    embedHeight: fallbackHeight(narrowSvg),
  };
}
