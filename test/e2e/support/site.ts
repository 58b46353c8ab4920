import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const DIST = "dist";

/** Every built HTML page, as a route relative to the base ("", "districts/seongbuk/", "404.html"). */
export function builtRoutes(dist = DIST): string[] {
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error(
      `No built site in ${dist}/: run \`npm run build\` before the end-to-end tests.`,
    );
  }
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".html")) {
        const rel = relative(dist, path).split(sep).join("/");
        routes.push(rel.endsWith("index.html") ? rel.slice(0, -"index.html".length) : rel);
      }
    }
  };
  walk(dist);
  return routes;
}

/** The HTML file of a route from builtRoutes(). */
export function fileOf(route: string, dist = DIST): string {
  return join(dist, route.endsWith(".html") ? route : `${route}index.html`);
}

/** Route segments after which one page per district, source or chart follows. */
const REPEATED = new Set(["districts", "sources", "embed"]);

/** The template a route is an instance of: "en/districts/seongbuk/" → "en/districts/*\/". */
export function templateOf(route: string): string {
  const parts = route.split("/");
  return parts
    .map((p, i) => (i > 0 && REPEATED.has(parts[i - 1]!) && p !== "" ? "*" : p))
    .join("/");
}

/**
 * One route per template, and for templates with many pages the largest and the smallest
 * page (most and least content): where markup that differs by data would fail a check.
 */
export function templateSamples(routes: string[], dist = DIST): string[] {
  const byTemplate = new Map<string, string[]>();
  for (const r of routes.filter((r) => !r.endsWith("404.html"))) {
    const t = templateOf(r);
    byTemplate.set(t, [...(byTemplate.get(t) ?? []), r]);
  }
  const picked = new Set<string>();
  for (const group of byTemplate.values()) {
    const bySize = group
      .map((r) => ({ r, size: statSync(fileOf(r, dist)).size }))
      .sort((a, b) => a.size - b.size || a.r.localeCompare(b.r));
    picked.add(bySize[0]!.r);
    picked.add(bySize.at(-1)!.r);
  }
  return [...picked].sort();
}
