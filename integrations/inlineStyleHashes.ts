/**
 * The exact inline styles a built site carries, as CSP source expressions:
 * every <style> element's text and every style="…" attribute value, hashed
 * (sha256, base64). With these in style-src nothing broader ('unsafe-inline')
 * is needed, and a style nobody built is refused.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const hash = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

// Attribute values come HTML-escaped; the browser hashes the decoded value.
const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");

export interface InlineStyles {
  /** Hashes of <style> element contents. */
  elements: string[];
  /** Hashes of style attribute values (they need 'unsafe-hashes' beside them). */
  attributes: string[];
}

export function inlineStylesOf(html: string): InlineStyles {
  const elements = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  const attributes = [...html.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) =>
    decode(m[1] ?? m[2] ?? ""),
  );
  return { elements: elements.map(hash), attributes: attributes.map(hash) };
}

/** Every inline style of every HTML page under dir, each hash once, sorted (stable output). */
export function inlineStylesUnder(dir: string): InlineStyles {
  const elements = new Set<string>();
  const attributes = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const found = inlineStylesOf(readFileSync(join(entry.parentPath, entry.name), "utf8"));
    found.elements.forEach((h) => elements.add(h));
    found.attributes.forEach((h) => attributes.add(h));
  }
  return { elements: [...elements].sort(), attributes: [...attributes].sort() };
}
