/**
 * Where every <text> of a finished SVG lands, measured with the chart font
 * (with SLACK): the translate()s of it and its ancestors, x/y/dx/dy (em
 * units too), the anchor, size and weight it inherits. The build checks
 * every chart with it, and the tests check the downloads.
 */
import { parseHTML } from "linkedom";
import { fontExtent, textWidth } from "./textMeasure.ts";

export interface TextBox {
  text: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  size: number;
}

const num = (v: string | null, size: number): number => {
  if (v === null || v === "") return 0;
  const first = v.trim().split(/[\s,]+/)[0]!;
  return first.endsWith("em") ? parseFloat(first) * size : parseFloat(first) || 0;
};

function inherited(el: Element, name: string): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = e.getAttribute(name);
    if (v !== null) return v;
    const style = e.getAttribute("style") ?? "";
    const css = name === "font-size" ? /font-size:\s*([\d.]+)px/.exec(style)?.[1] : undefined;
    if (css) return css;
    if (e.tagName.toLowerCase() === "svg" && e.parentElement?.closest("svg") == null) break;
  }
  return null;
}

function translate(el: Element): [number, number] {
  const m = /translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)/.exec(
    el.getAttribute("transform") ?? "",
  );
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}

/** The text of an element without its <title> (a tooltip, not drawn). */
function drawnText(el: Element): string {
  let s = "";
  for (const n of el.childNodes) {
    if (n.nodeType === 3) s += n.textContent ?? "";
    else if (n.nodeType === 1 && (n as Element).tagName.toLowerCase() !== "title")
      s += drawnText(n as Element);
  }
  return s;
}

/** The viewBox of the outermost <svg> and the box of every drawn text in it. */
export function textBoxes(svg: string): { width: number; height: number; boxes: TextBox[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg");
  if (!root) throw new Error("no <svg>");
  const vb = (root.getAttribute("viewBox") ?? "").split(/\s+/).map(Number);
  const { ascent, descent } = fontExtent();
  const boxes: TextBox[] = [];
  for (const t of root.querySelectorAll("text")) {
    const text = drawnText(t as unknown as Element);
    if (text.trim() === "") continue;
    const el = t as unknown as Element;
    const size = Number(inherited(el, "font-size") ?? 16);
    const bold = /bold|[6-9]00/.test(inherited(el, "font-weight") ?? "");
    const anchor = inherited(el, "text-anchor") ?? "start";
    let x = num(el.getAttribute("x"), size) + num(el.getAttribute("dx"), size);
    let y = num(el.getAttribute("y"), size) + num(el.getAttribute("dy"), size);
    for (let e: Element | null = el; e && e !== (root as unknown as Element); e = e.parentElement) {
      const [tx, ty] = translate(e);
      x += tx;
      y += ty;
      // A nested <svg> (the framed download) places its content at its x and y.
      if (e !== el && e.tagName.toLowerCase() === "svg") {
        x += num(e.getAttribute("x"), size);
        y += num(e.getAttribute("y"), size);
      }
    }
    const w = textWidth(text, size, bold);
    const x1 = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
    boxes.push({ text, x1, x2: x1 + w, y1: y - ascent * size, y2: y + descent * size, size });
  }
  return { width: vb[2] ?? 0, height: vb[3] ?? 0, boxes };
}

/** The texts whose box leaves the SVG's viewBox, as messages. */
export function textsOutside(svg: string): string[] {
  const { width, height, boxes } = textBoxes(svg);
  return boxes
    .filter((b) => b.x1 < -0.5 || b.y1 < -0.5 || b.x2 > width + 0.5 || b.y2 > height + 0.5)
    .map(
      (b) =>
        `"${b.text}" at x ${b.x1.toFixed(1)}–${b.x2.toFixed(1)}, y ${b.y1.toFixed(1)}–${b.y2.toFixed(1)} in ${width}×${height}`,
    );
}
