/**
 * The row chart every bar chart of the site is: a list of rows top to
 * bottom, so they all read the same way on a phone — a label on the left, a
 * bar, its value in words at the bar's end — drawn with Observable Plot at
 * build time. Every text is measured with the chart font and fitted (see
 * ./rowBands.ts), so nothing runs past the SVG's edge at any width.
 */
import * as Plot from "@observablehq/plot";
import type { Lang } from "../../i18n/index.ts";
import { layoutLegend, legendMarks, type LegendItem } from "./legend.ts";
import { OKABE_ITO } from "./palette.ts";
import { plotSvg } from "./plotSvg.ts";
import { abbreviate } from "./fitText.ts";
import { cutBands, labelColumn, LABEL_GAP, type Row } from "./rowBands.ts";
import { DEFAULT_WIDTH, FONT_SIZE, NOTE_SIZE } from "./sizes.ts";
import { textMark, type PlacedText } from "./textMark.ts";
import { textWidth } from "./textMeasure.ts";
import { niceTicks } from "./ticks.ts";

export type { Row, Segment } from "./rowBands.ts";

export interface RowChartSpec {
  /** Chart id: gives the SVG its stable class name. */
  id: string;
  lang: Lang;
  width?: number | undefined;
  /** Accessible name of the SVG. */
  title: string;
  /** Accessible description of the SVG (the alt text). */
  description: string;
  rows: Row[];
  /** Label of the x axis, in the page language. */
  xLabel: string;
  tickFormat: (value: number) => string;
  legend?: LegendItem[];
}

/** Height of one band in px. */
const STEP = 22;
const BAR_INSET = 4;
const GAP = 6;
const MARGIN_RIGHT = 12;
const MARGIN_BOTTOM = 46;
const EDGE = 2;

/** Bars end at `end`; the value text after them must fit inside the frame. */
function fitDomain(rows: { end: number; textWidth: number }[], innerWidth: number): number {
  let d = Math.max(0, ...rows.map((r) => r.end));
  for (const r of rows) {
    const room = innerWidth - GAP - r.textWidth;
    if (r.end > 0 && room > 0) d = Math.max(d, (r.end * innerWidth) / room);
  }
  return d > 0 ? d : 1;
}

const barEnd = (r: Row) => Math.max(0, ...(r.segments ?? []).map((s) => Math.max(s.x1, s.x2)));

/** Draws the rows as an SVG string with role="img", <title> and <desc>. */
export function rowChart(spec: RowChartSpec): string {
  const width = spec.width ?? DEFAULT_WIDTH;
  // The axis's 0 is centred under the label column's edge: half of it must fit left of it too,
  // even when the labels are short or empty.
  const marginLeft = Math.max(
    labelColumn(spec.rows, width),
    textWidth(spec.tickFormat(0), NOTE_SIZE) / 2 + EDGE,
  );
  const innerWidth = width - marginLeft - MARGIN_RIGHT;
  const legend = layoutLegend(spec.legend ?? [], width);
  const marginTop = 8 + legend.height;

  const bands = cutBands(spec.rows, width, marginLeft, innerWidth);
  const bars = bands.filter((b) => b.kind === "bar");
  const domainMax = fitDomain(
    bars.map((b) => ({ end: barEnd(b.row), textWidth: textWidth(b.text, FONT_SIZE, b.bold) })),
    innerWidth,
  );
  const px = (v: number) => marginLeft + (v / domainMax) * innerWidth;
  const mid = (i: number) => marginTop + i * STEP + STEP / 2;
  const height = marginTop + bands.length * STEP + MARGIN_BOTTOM;

  const segments = bars.flatMap((b) => (b.row.segments ?? []).map((s) => ({ ...s, key: b.key })));
  const emphasised = bars
    .filter((b) => b.row.emphasis && (b.row.segments ?? []).length > 0)
    .map((b) => ({
      key: b.key,
      x1: Math.min(...b.row.segments!.map((s) => Math.min(s.x1, s.x2))),
      x2: barEnd(b.row),
    }));

  const texts: PlacedText[] = [];
  bands.forEach((b, i) => {
    const y = mid(i);
    if (b.kind === "heading") texts.push({ x: EDGE, y, text: b.text, bold: true });
    else if (b.kind === "note")
      texts.push({ x: marginLeft, y, text: b.text, bold: b.bold, size: NOTE_SIZE });
    else {
      if (b.label)
        texts.push({
          x: marginLeft - LABEL_GAP,
          y,
          text: b.label.text,
          full: b.label.full,
          bold: b.bold,
          anchor: "end",
        });
      if (b.text !== "")
        texts.push({ x: px(barEnd(b.row)) + GAP, y, text: b.text, full: b.full, bold: b.bold });
      for (const s of b.row.segments ?? []) {
        if (s.text === undefined) continue;
        const room = Math.abs(px(s.x2) - px(s.x1));
        if (room < textWidth(s.text, NOTE_SIZE) + 8) continue;
        texts.push({
          x: (px(s.x1) + px(s.x2)) / 2,
          y,
          text: s.text,
          size: NOTE_SIZE,
          anchor: "middle",
          fill: s.textFill ?? OKABE_ITO.black,
        });
      }
    }
  });

  // Ticks whose centred label would run off the right edge are left out; grid lines only
  // behind bar rows, so headings and notes read on a clean ground.
  const ticks = niceTicks(domainMax, Math.max(2, Math.floor(innerWidth / 110))).filter(
    (v) => px(v) + textWidth(spec.tickFormat(v), NOTE_SIZE) / 2 <= width - EDGE,
  );
  const grid = bars.flatMap((b) => ticks.filter((x) => x > 0).map((x) => ({ key: b.key, x })));
  const axisLabel = abbreviate(`${spec.xLabel} →`, width - 2 * EDGE, NOTE_SIZE);
  texts.push({
    x: width - EDGE,
    y: height - 12,
    text: axisLabel.text,
    full: axisLabel.full,
    size: NOTE_SIZE,
    anchor: "end",
  });

  const bar = { y: "key", x1: "x1", x2: "x2", insetTop: BAR_INSET, insetBottom: BAR_INSET };
  const marks: Plot.Markish[] = [
    Plot.ruleX(grid, { x: "x", y1: "key", y2: "key", stroke: "currentColor", strokeOpacity: 0.15 }),
    Plot.axisX({ tickFormat: spec.tickFormat, ticks, label: null, fontSize: NOTE_SIZE }),
    // The zero line, too, only beside bars: it would cross headings and notes.
    Plot.ruleX(
      bars.map((b) => ({ key: b.key })),
      { x: () => 0, y1: "key", y2: "key", strokeOpacity: 0.6 },
    ),
    Plot.barX(
      segments.filter((s) => !s.outline),
      { ...bar, fill: "fill" },
    ),
    Plot.barX(
      segments.filter((s) => s.outline),
      { ...bar, fill: "fill", fillOpacity: 0.18, stroke: "fill", strokeWidth: 1.5 },
    ),
    Plot.barX(emphasised, {
      ...bar,
      fill: "none",
      stroke: "currentColor",
      strokeWidth: 2,
      insetTop: BAR_INSET - 2,
      insetBottom: BAR_INSET - 2,
    }),
    textMark(texts),
    ...legendMarks(legend, 4),
  ];

  return plotSvg({
    id: spec.id,
    lang: spec.lang,
    width,
    height,
    title: spec.title,
    description: spec.description,
    options: {
      marginTop,
      marginBottom: MARGIN_BOTTOM,
      marginLeft,
      marginRight: MARGIN_RIGHT,
      x: { domain: [0, domainMax], axis: null },
      y: { type: "band", domain: bands.map((b) => b.key), padding: 0, axis: null },
      marks,
    },
  });
}
