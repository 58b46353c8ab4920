/**
 * A legend above the chart: swatches and labels left to right, wrapping to a
 * new line where the width runs out (widths measured with the chart font).
 */
import type * as Plot from "@observablehq/plot";
import { SVG_NS } from "./accessibleSvg.ts";
import { abbreviate } from "./fitText.ts";
import { NOTE_SIZE } from "./sizes.ts";
import { textMark, type PlacedText } from "./textMark.ts";
import { textWidth } from "./textMeasure.ts";

export interface LegendItem {
  label: string;
  /** The swatch colour ("currentColor" for a shape that only says something by its form). */
  fill: string;
  symbol?: "square" | "circle";
  /** solid: filled; outline: a light tint with a border (e.g. a target); hollow: a border only. */
  style?: "solid" | "outline" | "hollow";
}

export const LEGEND_LINE = 22;
const SWATCH = 12;
const LABEL_GAP = 6;
const ITEM_GAP = 16;
const EDGE = 2;

export interface PlacedLegend {
  items: { item: LegendItem; x: number; line: number; text: string; full?: string | undefined }[];
  lines: number;
  /** The height the legend takes at the top of the chart. */
  height: number;
}

export function layoutLegend(items: readonly LegendItem[], width: number): PlacedLegend {
  const placed: PlacedLegend["items"] = [];
  let x = EDGE;
  let line = 0;
  for (const item of items) {
    const label = abbreviate(item.label, width - 2 * EDGE - SWATCH - LABEL_GAP, NOTE_SIZE);
    const w = SWATCH + LABEL_GAP + textWidth(label.text, NOTE_SIZE);
    if (x + w > width - EDGE && x > EDGE) {
      line++;
      x = EDGE;
    }
    placed.push({ item, x, line, text: label.text, full: label.full });
    x += w + ITEM_GAP;
  }
  const lines = items.length === 0 ? 0 : line + 1;
  return { items: placed, lines, height: lines * LEGEND_LINE };
}

/** The legend's marks, its first line centred `top + LEGEND_LINE / 2` from the top. */
export function legendMarks(legend: PlacedLegend, top: number): Plot.Markish[] {
  const mid = (line: number) => top + LEGEND_LINE * line + LEGEND_LINE / 2;
  const swatches: Plot.RenderFunction = (_i, _s, _v, _d, context) => {
    const doc = context.document;
    const g = doc.createElementNS(SVG_NS, "g");
    for (const { item, x, line } of legend.items) {
      const style = item.style ?? "solid";
      const cx = x + SWATCH / 2;
      const cy = mid(line);
      // Squares are paths, not rects: a chart's rects are its bars.
      const shape =
        item.symbol === "circle"
          ? doc.createElementNS(SVG_NS, "circle")
          : doc.createElementNS(SVG_NS, "path");
      if (item.symbol === "circle") {
        shape.setAttribute("cx", String(cx));
        shape.setAttribute("cy", String(cy));
        shape.setAttribute("r", String(SWATCH / 2 - 1));
      } else {
        const h = SWATCH / 2;
        shape.setAttribute("d", `M${cx - h},${cy - h}h${SWATCH}v${SWATCH}h${-SWATCH}Z`);
      }
      shape.setAttribute("fill", style === "hollow" ? "none" : item.fill);
      if (style === "outline") shape.setAttribute("fill-opacity", "0.18");
      if (style !== "solid") {
        shape.setAttribute("stroke", item.fill);
        shape.setAttribute("stroke-width", "1.5");
      }
      g.appendChild(shape);
    }
    return g;
  };
  const labels: PlacedText[] = legend.items.map(({ x, line, text, full }) => ({
    x: x + SWATCH + LABEL_GAP,
    y: mid(line),
    text,
    full,
    size: NOTE_SIZE,
  }));
  return [swatches, textMark(labels)];
}
