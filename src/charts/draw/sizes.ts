/**
 * Text sizes and widths of every chart. A chart is drawn at DEFAULT_WIDTH
 * and, for phones, at NARROW_WIDTH; each is shown at no less than its own
 * width's scale (the page swaps them by the room it has), so these sizes are
 * the CSS pixels a reader sees: never under MIN_TEXT_SIZE.
 */
export const DEFAULT_WIDTH = 640;
/** Fits the chart box of a 360 px phone at full size (see site.css, figure.chart). */
export const NARROW_WIDTH = 300;
/** Labels, values, headings. */
export const FONT_SIZE = 13;
/** Notes, ticks, legends: the smallest text drawn. */
export const NOTE_SIZE = 12;
export const MIN_TEXT_SIZE = 12;
