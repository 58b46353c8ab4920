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
  "R",
  "Python",
  "KB",
  "MB",
  "iframe",
]);

/** Names Korean sites print in Latin letters as a whole phrase, never word by word. */
const ALLOWED_PHRASES = [/\bFrictionless Data Package\b/g, /\bJSON Schema\b/g];

// Marked English, code and field names, and titles quoted as published (<cite>, <q>).
const SKIP = "code, kbd, pre, script, style, cite, q, [lang='en'], [translate='no']";

/** Acronyms and Roman section numbers as documents print them: MOU, TF, CRC, VI, II-3. */
const ACRONYM = /^[A-Z]{1,6}$/;
/** Article and document numbers: AKR20170309061800004, X20131202111830. */
const NUMBERED = /^[A-Z]{1,4}\d{4,}$/;

/** What is left of a text once addresses, file names, ids and allowed phrases are taken out. */
function strip(text: string): string {
  let out = text
    .replace(/https?:\/\/\S+/g, "")
    .replace(/(?<![\w.])\/[\w\-./#]*/g, "") // a path on this site: /compare/budgets/#chart-…
    .replace(/「[^」]*」/g, "") // a title quoted as published
    .replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:kr|com|net|org)\b/g, "") // a publisher's domain
    .replace(/[\w./-]+\.(?:csv|json|png|svg|xlsx|zip|md)\b/gi, "")
    // ids with a number in them: seongbuk-plan-2017-093, herald-2014-12-11 (not enum values
    // such as official-document, which must be said in Korean or marked as code)
    .replace(/\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/g, (id) => (/\d/.test(id) ? "" : id))
    .replace(/\b(?=[a-f]*\d)[0-9a-f]{8}\b/g, "") // the data version, a hash
    .replace(/%p/g, "%"); // percentage points, as Korean newspapers write them
  for (const p of ALLOWED_PHRASES) out = out.replace(p, "");
  return out;
}

/** Latin words of a text that a Korean page may not show unmarked. */
function badWords(text: string): string[] {
  // A word joined by "_" is a field or variable name (SITE_URL, value_printed): code, never prose.
  const words = strip(text).match(/[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*/g) ?? [];
  return words.filter(
    (w) => !ALLOWED_LATIN.has(w) && !NUMBERED.test(w) && !(ACRONYM.test(w) && !w.includes("_")),
  );
}

export function unmarkedEnglish(html: string): string[] {
  // A fragment is parsed as a whole page, so the self-test reads it the way it reads the site.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const found: string[] = [];
  // A source's title as published may hold Latin words ("… by 동네방네뉴스"): the page marks
  // them lang="en", and the same words are then accepted in the page's <title>.
  const marked = new Set(
    [...document.querySelectorAll("[lang='en'], cite")].flatMap(
      (el) => (el.textContent ?? "").match(/[A-Za-z]+/g) ?? [],
    ),
  );
  const title = document.querySelector("title")?.textContent ?? "";
  const inTitle = badWords(title).filter((w) => !marked.has(w));
  if (inTitle.length > 0) found.push(`<title> ${inTitle.join(" ")} | ${title.slice(0, 80)}`);
  // The parser may split one text at an entity ("…&amp;cID=…"): join neighbouring texts first.
  document.body.normalize();
  const walker = document.createTreeWalker(document.body, 4 /* text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (!parent || parent.closest(SKIP)) continue;
    const text = n.textContent ?? "";
    const bad = badWords(text);
    if (bad.length > 0) found.push(`${bad.join(" ")} | ${strip(text).trim().slice(0, 80)}`);
  }
  for (const el of document.querySelectorAll("[aria-label], [title], [alt]")) {
    if (el.closest("[lang='en']")) continue;
    for (const attr of ["aria-label", "title", "alt"]) {
      const value = el.getAttribute(attr) ?? "";
      if (badWords(value).length > 0) found.push(`${attr}="${value.slice(0, 80)}"`);
    }
  }
  return found;
}
