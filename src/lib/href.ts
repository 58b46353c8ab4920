import type { Lang } from "../i18n/index.ts";

/**
 * Every internal link goes through here, so a site published under a base
 * path (BASE_PATH=/atlas/) links to /atlas/… everywhere, and English pages
 * live under /en/.
 */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : base + "/";
  return prefix + path.replace(/^\/+/, "");
}

/** A route ("districts/seongbuk/") in a language: Korean at the root, English under /en/. */
export function routeHref(lang: Lang, route: string, base?: string): string {
  const path = route.replace(/^\/+/, "");
  return href(lang === "en" ? `en/${path}` : path, base);
}

/** A file under the public data folder, e.g. dataHref("charts/purchasing.csv"). */
export function dataHref(file: string, base?: string): string {
  return href(`data/${file.replace(/^\/+/, "")}`, base);
}

/** Where a fact is shown with its source: the one place that builds a fact's link. */
export function factHref(lang: Lang, factId: string, base?: string): string {
  return routeHref(lang, `sources/#fact-${factId}`, base);
}
