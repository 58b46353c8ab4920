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

/** The page of one source: /sources/{id}/ (or /en/sources/{id}/). */
export function sourceHref(lang: Lang, sourceId: string, base?: string): string {
  return routeHref(lang, `sources/${sourceId}/`, base);
}

/**
 * The row of one fact, on its source's page: /sources/{source}/#fact-{id}.
 * Every link to a fact goes through here (old /sources/#fact-{id} links still
 * land: /sources/ sends them on).
 */
export function factHref(lang: Lang, factId: string, sourceId: string, base?: string): string {
  return `${sourceHref(lang, sourceId, base)}#fact-${factId}`;
}
