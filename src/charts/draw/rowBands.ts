/**
 * The rows of a row chart cut into bands of one line each, with every text
 * fitted to its room on purpose: headings and notes wrap, a left label too
 * wide for its column is shortened (its full text kept for a <title>), and a
 * row's detail moves under its bar when it would not fit after it.
 */
import { abbreviate, wrapText } from "./fitText.ts";
import { FONT_SIZE, NOTE_SIZE } from "./sizes.ts";
import { textWidth } from "./textMeasure.ts";

/** A run of one bar: from x1 to x2 in data units. */
export interface Segment {
  x1: number;
  x2: number;
  fill: string;
  /** Drawn as an outline with a light tint (e.g. a target), not a solid bar. */
  outline?: boolean;
  /** Text inside the segment, shown only where it fits. */
  text?: string;
  /** Colour of that text: pick one that contrasts with the fill. */
  textFill?: string;
}

/** One row of the chart, top to bottom. */
export interface Row {
  /** Unique within the chart. */
  key: string;
  /** Text in the left column, right-aligned against the bars. */
  label?: string;
  /** A heading across the whole width, from the left edge (wrapped if long). */
  heading?: string;
  /** A line of text starting where the bars start (wrapped if long). */
  note?: string;
  /** Set the note in bold (e.g. a printed figure that doesn't add up). */
  strong?: boolean;
  /** Bars of this row, left to right. */
  segments?: Segment[];
  /** Text after the end of the row's bars (or from zero when there are none). */
  value?: string;
  /** More about the value: after it (" · ") where it fits, else on lines under the bar. */
  detail?: string;
  /** The highlighted district: bold label and value, outlined bars. */
  emphasis?: boolean;
}

export interface Band {
  key: string;
  kind: "bar" | "heading" | "note";
  text: string;
  bold: boolean;
  row: Row;
  /** The full text of a shortened label. */
  full?: string | undefined;
  label?: { text: string; full?: string | undefined };
}

/** Value text after a bar may take at most this share of the bars' width. */
export const VALUE_SHARE = 0.6;
const LABEL_SHARE = 0.4;
export const LABEL_PAD = 12;
/** Between a left label and the bars. */
export const LABEL_GAP = 8;

/** The left column's width: the widest label, up to LABEL_SHARE of the chart. */
export function labelColumn(rows: readonly Row[], width: number): number {
  const widths = rows.filter((r) => r.label).map((r) => textWidth(r.label!, FONT_SIZE, true));
  return Math.ceil(Math.min(width * LABEL_SHARE, Math.max(8, ...widths.map((w) => w + LABEL_PAD))));
}

export function cutBands(
  rows: readonly Row[],
  width: number,
  marginLeft: number,
  innerWidth: number,
): Band[] {
  const bands: Band[] = [];
  const lines = (row: Row, kind: Band["kind"], texts: string[], bold: boolean) =>
    texts.forEach((text, i) =>
      bands.push({ key: i === 0 ? row.key : `${row.key}~${i}`, kind, text, bold, row }),
    );
  for (const row of rows) {
    if (row.heading !== undefined) {
      lines(row, "heading", wrapText(row.heading, width - 4, FONT_SIZE, true), true);
    } else if (row.note !== undefined) {
      const strong = row.strong === true;
      lines(
        row,
        "note",
        row.note === "" ? [""] : wrapText(row.note, innerWidth, NOTE_SIZE, strong),
        strong,
      );
    } else {
      const bold = row.emphasis === true;
      const label = row.label
        ? abbreviate(row.label, marginLeft - LABEL_GAP - 2, FONT_SIZE, true)
        : undefined;
      const joined = [row.value, row.detail].filter((s) => s !== undefined).join(" · ");
      const fits = textWidth(joined, FONT_SIZE, bold) <= innerWidth * VALUE_SHARE;
      const value = fits || row.detail === undefined ? joined : (row.value ?? "");
      const atEnd = abbreviate(value, innerWidth * VALUE_SHARE, FONT_SIZE, bold);
      bands.push({
        key: row.key,
        kind: "bar",
        text: atEnd.text,
        full: atEnd.full,
        bold,
        row,
        ...(label ? { label } : {}),
      });
      if (!fits && row.detail !== undefined) {
        const under = { key: `${row.key}|detail`, emphasis: bold };
        lines(under, "note", wrapText(row.detail, innerWidth, NOTE_SIZE, bold), bold);
      }
    }
  }
  const keys = bands.map((b) => b.key);
  if (new Set(keys).size !== keys.length) throw new Error("row chart: duplicate row keys");
  return bands;
}
