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

/**
 * The page of one source, /sources/{id}/ (or /en/sources/{id}/), or one of the
 * numbered pages a long source's tables are on, /sources/{id}/{part}/
 * (src/models/sourcePages.ts).
 */
export function sourceHref(
  lang: Lang,
  sourceId: string,
  base?: string,
  part?: number | null,
): string {
  return routeHref(lang, `sources/${sourceId}/${part ? `${part}/` : ""}`, base);
}

/**
 * The row of one fact, on its source's page: /sources/{source}/#fact-{id}, or
 * /sources/{source}/{part}/#fact-{id} for a long source. Every link to a fact
 * goes through here (old /sources/#fact-{id} and /sources/{source}/#fact-{id}
 * links still land: those pages send them on).
 */
export function factHref(
  lang: Lang,
  factId: string,
  sourceId: string,
  base?: string,
  part?: number | null,
): string {
  return `${sourceHref(lang, sourceId, base, part)}#fact-${factId}`;
}

/**
 * The same row, relative to a page of the sources' folder: from /sources/ itself
 * (`from` "sources") or from a source's own page (`from` "source"). Short, for
 * the long lists of anchors that keep old links landing.
 */
export function relativeFactHref(
  from: "sources" | "source",
  factId: string,
  sourceId: string,
  part: number | null,
): string {
  const page = part ? `${part}/` : "";
  return `${from === "sources" ? `${sourceId}/` : ""}${page}#fact-${factId}`;
}
