/**
 * Plot writes positions with every digit a double has ("167.44448628873755"); on a
 * district page those digits were a seventh of the HTML. A hundredth of an SVG user
 * unit is far below a device pixel at any size a chart is drawn, so geometry
 * attributes keep two decimals. Only geometry: text, titles, data-* and ids are
 * never touched.
 */
const GEOMETRY = new Set([
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "width",
  "height",
  "d",
  "points",
  "transform",
  "dx",
  "dy",
]);
const LONG_DECIMAL = /(-?\d+\.\d{3,})(?![\d.])/g;

const short = (n: string): string => {
  const v = Math.round(Number(n) * 100) / 100;
  return String(Object.is(v, -0) ? 0 : v);
};

export function roundCoordinates(root: Element): void {
  for (const el of [root, ...root.querySelectorAll("*")]) {
    for (const name of el.getAttributeNames()) {
      if (!GEOMETRY.has(name)) continue;
      const value = el.getAttribute(name)!;
      const rounded = value.replace(LONG_DECIMAL, short);
      if (rounded !== value) el.setAttribute(name, rounded);
    }
  }
}
