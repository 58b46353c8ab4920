import { cellText, chartData, sourceById } from "../data/products.ts";
import type { Lang } from "../i18n/index.ts";
import { pageOnly } from "../models/locator.ts";

/**
 * The distinct (source, page) pairs of the rows a chart draws, in row order;
 * a per-resident chart's populations (population_source_id) after them.
 */
export function chartSources(id: string): { source_id: string; page: string }[] {
  const seen = new Set<string>();
  const rows = chartData(id).rows;
  return [
    ...rows.map((r) => ({ source_id: cellText(r, "source_id"), page: cellText(r, "page") })),
    ...rows.map((r) => ({ source_id: cellText(r, "population_source_id"), page: "" })),
  ].filter((s) => {
    const k = `${s.source_id}|${s.page}`;
    if (seen.has(k) || s.source_id === "") return false;
    seen.add(k);
    return true;
  });
}

/** One line naming a chart's sources, for images and embeds that travel without the page. */
export function sourceLine(id: string, lang: Lang): string {
  const bySource = new Map<string, string[]>();
  for (const s of chartSources(id)) {
    const pages = bySource.get(s.source_id) ?? [];
    const page = pageOnly(s.page, lang);
    if (page) pages.push(page);
    bySource.set(s.source_id, pages);
  }
  const parts = [...bySource].map(([id, pages]) => {
    const src = sourceById(id);
    const title =
      lang === "ko"
        ? `${src.publisher_ko}, 「${src.title_ko}」`
        : `${src.publisher_en}, "${src.title_en}"`;
    return `${title} ${pages.length > 2 ? `(${pages.length} ${lang === "ko" ? "곳" : "places"})` : pages.join("; ")}`;
  });
  return `${lang === "ko" ? "출처" : "Source"}: ${parts.join(" · ")}`;
}
