import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

/** The file a site path resolves to in dist/, as a static host would serve it. */
function fileFor(dist: string, path: string): string | undefined {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, "index.html");
  return existsSync(index) ? index : undefined;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, "utf8"));
    ids = new Set([...document.querySelectorAll("[id]")].map((e) => e.getAttribute("id") ?? ""));
    idCache.set(file, ids);
  }
  return ids;
}

/**
 * Every internal link and asset reference of every page (href, src, srcset)
 * must resolve to a file in dist/, and a #fragment to an element id there.
 */
export function checkLinks(dist: string, routes: readonly string[], base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const origin = "http://site.invalid";
  for (const route of routes) {
    const pageFile = fileFor(dist, route);
    if (!pageFile) continue;
    const pageUrl = new URL(base + route, origin);
    const { document } = parseHTML(readFileSync(pageFile, "utf8"));
    const refs = [
      ...[...document.querySelectorAll("[href]")].map((e) => e.getAttribute("href") ?? ""),
      ...[...document.querySelectorAll("[src]")].map((e) => e.getAttribute("src") ?? ""),
    ];
    for (const ref of refs) {
      if (/^(mailto:|tel:|data:)/.test(ref)) continue;
      const url = new URL(ref, pageUrl);
      if (url.origin !== origin) continue; // another site: a plain outbound link
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: route, link: ref, reason: `outside the base path ${base}` });
        continue;
      }
      const target = fileFor(dist, url.pathname.slice(base.length));
      if (!target) {
        broken.push({ page: route, link: ref, reason: "no such file" });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) {
        broken.push({ page: route, link: ref, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
