/** Finds English text on a Korean page that is not marked as English. */
import { parseHTML } from "linkedom";

/** Latin words a Korean reader meets as they are on Korean data portals and newspapers. */
export const ALLOWED_LATIN = new Set([
  "CSV",
  "PNG",
  "SVG",
  "API",
  "JSON",
  "ZIP",
  "XLSX",
  "URL",
  "ID",
  "UTF",
  "RFC",
  "BOM",
  "CC",
  "BY",
  "MIT",
  "KOGL",
  "SHA",
  "HTML",
  "JavaScript",
  "Excel",
  "Frictionless",
  "Data",
  "Package",
  "English",
  "R",
  "Python",
  "KB",
  "MB",
  "iframe",
]);

// Marked English, code and field names, and titles quoted as published (<cite>, <q>).
const SKIP = "code, kbd, pre, script, style, cite, q, [lang='en'], [translate='no']";

/** Acronyms and Roman section numbers as documents print them: MOU, TF, CRC, VI, II-3. */
const ACRONYM = /^[A-Z]{1,6}$/;

export function unmarkedEnglish(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (!parent || parent.closest(SKIP)) continue;
    const text = (n.textContent ?? "")
      .replace(/https?:\/\/\S+/g, "")
      .replace(/\b[\w-]+(?:\.[\w-]+)+\.(?:kr|com|net|org)\b/g, "") // a publisher's domain
      .replace(/[\w./-]+\.(?:csv|json|png|svg|xlsx|zip)\b/gi, "")
      .replace(/\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b/g, "") // ids and slugs: seongbuk-plan-2017-093
      .replace(/%p/g, "%"); // percentage points, as Korean newspapers write them
    const words = text.match(/[A-Za-z]+/g) ?? [];
    const bad = words.filter((w) => !ALLOWED_LATIN.has(w) && !ACRONYM.test(w));
    if (bad.length > 0) found.push(`${bad.join(" ")} | ${text.trim().slice(0, 80)}`);
  }
  for (const el of document.querySelectorAll("[aria-label], [title], [alt]")) {
    if (el.closest("[lang='en']")) continue;
    for (const attr of ["aria-label", "title", "alt"]) {
      const words = (el.getAttribute(attr) ?? "").match(/[A-Za-z]+/g) ?? [];
      if (words.some((w) => !ALLOWED_LATIN.has(w) && !ACRONYM.test(w)))
        found.push(`${attr}="${(el.getAttribute(attr) ?? "").slice(0, 80)}"`);
    }
  }
  return found;
}
