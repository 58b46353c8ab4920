import { CHARTS } from "../charts/index.ts";
import type { ChartOutput } from "../charts/types.ts";
import type { Lang } from "../i18n/index.ts";
import { chartData } from "../data/products.ts";
import { chartSources } from "./chartSources.ts";

export const NARROW_WIDTH = 360;

export type ChartId = keyof typeof CHARTS;

export interface BuiltChart {
  id: ChartId;
  title: string;
  output: ChartOutput;
  /** The same chart drawn for phones, so its text stays full size on a 375 px screen. */
  narrowSvg: string;
  sources: { source_id: string; page: string }[];
}

/** A chart as a page shows it: its dataset drawn by its builder, with its title and sources. */
export function buildChart(id: ChartId, lang: Lang, highlight?: string): BuiltChart {
  const data = chartData(id);
  const options = highlight === undefined ? { lang } : { lang, highlight };
  const output = CHARTS[id].build(data.rows, options);
  const narrowSvg = CHARTS[id].build(data.rows, { ...options, width: NARROW_WIDTH }).svg;
  return {
    id,
    title: lang === "ko" ? data.title_ko : data.title_en,
    output,
    narrowSvg,
    sources: chartSources(id),
  };
}

export const CHART_IDS = Object.keys(CHARTS) as ChartId[];
