/**
 * In an English chart, Korean fragments (printed captions, programme names)
 * go into <tspan lang="ko"> so screen readers and the English-page check know
 * what they are.
 */
import { SVG_NS } from "./accessibleSvg.ts";

export const HANGUL_OR_CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const HANGUL_RUN =
  /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+(?:[\s·()\d.,]*[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+)*/g;

export function markKorean(svg: Element, document: Document): void {
  for (const text of [...svg.querySelectorAll("text, tspan")]) {
    for (const node of [...text.childNodes]) {
      if (node.nodeType !== 3 || !HANGUL_OR_CJK.test(node.textContent ?? "")) continue;
      const value = node.textContent ?? "";
      const parts: Node[] = [];
      let last = 0;
      for (const m of value.matchAll(HANGUL_RUN)) {
        if (m.index > last) parts.push(document.createTextNode(value.slice(last, m.index)));
        const span = document.createElementNS(SVG_NS, "tspan");
        span.setAttribute("lang", "ko");
        span.textContent = m[0];
        parts.push(span);
        last = m.index + m[0].length;
      }
      if (last < value.length) parts.push(document.createTextNode(value.slice(last)));
      for (const p of parts) text.insertBefore(p, node);
      text.removeChild(node);
    }
  }
}
