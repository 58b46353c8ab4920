import type { Lang } from "../i18n/index.ts";
import type { ProductRow } from "../data/products.ts";

export interface ChartTable {
  columns: { label: string; numeric?: boolean; lang?: Lang }[];
  /** Cell text, already formatted for the page's language. */
  rows: string[][];
}

/** One of the chart's sentences, as the pipeline wrote it (a claim of claims.csv). */
export interface ChartSentence {
  /** The claim id (contract chartClaimId), marked data-claim on the page. */
  id: string;
  text: string;
}

/**
 * The chart's sentences that state numbers, each a claim: the chart prints
 * them and never writes, ranks or picks one itself.
 */
export interface ChartText {
  takeaway: ChartSentence;
  /** The text alternative, the SVG's <desc>. */
  alt: ChartSentence;
  /** The unit line, where it states a date. */
  unit?: ChartSentence;
}

/** What a chart builder makes from the rows of its dataset: everything the figure shows. */
export interface ChartOutput {
  /** The chart as an SVG string, with role="img" and <title>/<desc> or aria-label. */
  svg: string;
  /** Text alternative: what the chart shows, for screen readers and when images are off. */
  alt: string;
  /** One-line takeaway (the takeaway claim's text). */
  takeaway: string;
  /** Units as shown to the reader, e.g. "개 (2017년 3월 1일 기준)". */
  unit: string;
  /** The claims the figure prints, for data-claim. */
  text: ChartText;
  /** The data table a click away: the same rows, with source and page. */
  table: ChartTable;
}

export interface ChartOptions {
  lang: Lang;
  /** The chart's sentences, from claims.csv in the page's language. */
  text: ChartText;
  /** A district slug to emphasise (on district pages). */
  highlight?: string;
  /** Drawing width in px (the SVG scales down on phones). */
  width?: number;
}

/** A chart: a pure function from its dataset's rows to everything the page shows. */
export type ChartBuilder = (rows: readonly ProductRow[], options: ChartOptions) => ChartOutput;
