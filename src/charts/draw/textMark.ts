/**
 * Text placed in pixels, as a Plot render function: each string at its own
 * x and y (vertically centred), grouped by size, weight and anchor like
 * Plot's text mark. A string shortened to fit carries its full text in a
 * <title> child, so it shows on hover and reaches screen readers' tooltips.
 */
import type * as Plot from "@observablehq/plot";
import { SVG_NS } from "./accessibleSvg.ts";
import { FONT_SIZE } from "./sizes.ts";

export interface PlacedText {
  x: number;
  /** The middle of the line. */
  y: number;
  text: string;
  size?: number;
  bold?: boolean;
  anchor?: "start" | "middle" | "end";
  fill?: string;
  /** The whole text, when `text` is shortened. */
  full?: string | undefined;
}

const round = (v: number) => Math.round(v * 100) / 100;

export function textMark(items: readonly PlacedText[]): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const root = doc.createElementNS(SVG_NS, "g");
    const groups = new Map<string, SVGGElement>();
    for (const item of items) {
      if (item.text === "") continue;
      const size = item.size ?? FONT_SIZE;
      const anchor = item.anchor ?? "start";
      const key = `${size}|${item.bold === true}|${anchor}|${item.fill ?? ""}`;
      let g = groups.get(key);
      if (!g) {
        g = doc.createElementNS(SVG_NS, "g");
        g.setAttribute("font-size", String(size));
        if (item.bold) g.setAttribute("font-weight", "bold");
        g.setAttribute("text-anchor", anchor);
        if (item.fill) g.setAttribute("fill", item.fill);
        groups.set(key, g);
        root.appendChild(g);
      }
      const t = doc.createElementNS(SVG_NS, "text");
      t.setAttribute("x", String(round(item.x)));
      t.setAttribute("y", String(round(item.y)));
      t.setAttribute("dy", "0.32em");
      t.textContent = item.text;
      if (item.full !== undefined) {
        const title = doc.createElementNS(SVG_NS, "title");
        title.textContent = item.full;
        t.appendChild(title);
      }
      g.appendChild(t);
    }
    return root;
  };
}
