/**
 * A chart SVG as one image for assistive technology: role="img", its
 * accessible name, and <title>/<desc> as the first children. Plot's per-mark
 * labels are removed: children of role="img" are presentational.
 */
import { roundCoordinates } from "./roundCoordinates.ts";

export const SVG_NS = "http://www.w3.org/2000/svg";

export function accessibleSvg(
  node: Element,
  title: string,
  description: string,
  document: Document,
): string {
  if (node.tagName.toLowerCase() !== "svg")
    throw new Error(`expected Plot to return an <svg>, got <${node.tagName}>`);
  // Standalone-valid too (downloads, image viewers); harmless inline in HTML.
  node.setAttribute("xmlns", SVG_NS);
  node.setAttribute("role", "img");
  for (const el of node.querySelectorAll("[aria-label]")) el.removeAttribute("aria-label");
  node.setAttribute("aria-label", title);
  const t = document.createElementNS(SVG_NS, "title");
  t.textContent = title;
  const d = document.createElementNS(SVG_NS, "desc");
  d.textContent = description;
  node.insertBefore(d, node.firstChild);
  node.insertBefore(t, node.firstChild);
  roundCoordinates(node);
  return node.outerHTML;
}
