/**
 * Point labels that never overlap a point or another label, nor leave the
 * chart: each label tries its first place, then beside its point, then
 * further away from it (results upward, targets downward), a line at a time,
 * and is kept within the chart's width. Boxes are measured with the chart font.
 */
import { fontExtent, textWidth } from "./textMeasure.ts";

export interface PointLabel {
  /** Where the label wants to be: its centre x, its middle y. */
  x: number;
  y: number;
  text: string;
  bold: boolean;
  /** Which way it moves when crowded: -1 up, 1 down. */
  dir: -1 | 1;
  /** The point it labels. */
  px: number;
  py: number;
}

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

const POINT = 5;

/** Places the labels in order; returns each one's centre. */
export function placeLabels(
  labels: readonly PointLabel[],
  points: readonly { x: number; y: number }[],
  width: number,
  size: number,
): { x: number; y: number }[] {
  const { ascent, descent } = fontExtent();
  const boxes: Box[] = points.map((p) => ({
    x1: p.x - POINT,
    x2: p.x + POINT,
    y1: p.y - POINT,
    y2: p.y + POINT,
  }));
  const overlaps = (b: Box) =>
    boxes.some((o) => b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2);
  return labels.map((l) => {
    const half = textWidth(l.text, size, l.bold) / 2;
    const clamp = (x: number) => Math.min(Math.max(x, half + 2), width - half - 2);
    // The box of a line centred at y (text drawn with dy 0.32em, as textMark does).
    const box = (x: number, y: number): Box => ({
      x1: x - half - 1,
      x2: x + half + 1,
      y1: y + (0.32 - ascent) * size + 2,
      y2: y + (0.32 + descent) * size - 2,
    });
    const line = size + 1;
    const candidates: [number, number][] = [
      [l.x, l.y],
      [l.px + half + 8, l.py],
      [l.px - half - 8, l.py],
      ...[1, 2, 3, 4].map((k): [number, number] => [l.x, l.y + l.dir * line * k]),
    ];
    const free = candidates
      .map(([x, y]): [number, number] => [clamp(x), y])
      .find(([x, y]) => !overlaps(box(x, y)));
    const [x, y] = free ?? [clamp(l.x), l.y];
    boxes.push(box(x, y));
    return { x, y };
  });
}
