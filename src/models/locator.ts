/**
 * Where in its source a fact was read, said once in the page's language: a
 * printed page ("56쪽" / "p. 56"), a range ("239~243쪽" / "pp. 239–243"), the
 * printed heading where the document has no page numbers, or, for an article
 * or a statistic that has neither, what it is ("기사" / "article"). Every page,
 * chart line and table takes its locator from here, so no Korean page says
 * "p." and no English page says "쪽".
 */
import type { Lang } from "../i18n/index.ts";

/** What a source without page numbers or headings is called, by its kind. */
const UNPAGED: Record<string, { ko: string; en: string }> = {
  "news-report": { ko: "기사", en: "article" },
  "press-release": { ko: "보도자료", en: "press release" },
  blog: { ko: "블로그 글", en: "blog post" },
  "official-statistic": { ko: "통계표", en: "statistical table" },
  "official-document": { ko: "쪽 번호 없음", en: "no page number" },
};

/** A printed page number or range: "56" → "56쪽" / "p. 56"; "239-243" → "239~243쪽" / "pp. 239–243". */
export function pageLabel(page: string, lang: Lang): string {
  const p = page.trim();
  const range = /^(\d+)\s*[-–~]\s*(\d+)$/.exec(p);
  if (range) return lang === "ko" ? `${range[1]}~${range[2]}쪽` : `pp. ${range[1]}–${range[2]}`;
  if (/^\d+$/.test(p)) return lang === "ko" ? `${p}쪽` : `p. ${p}`;
  throw new Error(`page "${page}" is not a printed page number or range`);
}

export interface Locatable {
  page: string;
  section?: string;
  source_kind?: string;
}

/** The page (and heading) of a fact, or what the source is where it has neither. */
export function locator(f: Locatable, lang: Lang): string {
  const parts = [f.page ? pageLabel(f.page, lang) : "", f.section ?? ""].filter(Boolean);
  if (parts.length > 0) return parts.join(" · ");
  const kind = f.source_kind ?? "";
  const word = UNPAGED[kind];
  if (!word) throw new Error(`no ${lang} locator for a source of kind "${kind}" without a page`);
  return word[lang];
}

/** The page alone, "" where none is printed: for short source lines. */
export const pageOnly = (page: string, lang: Lang): string =>
  page === ""
    ? ""
    : /^\d+(?:\s*[-–~]\s*\d+)?$/.test(page.trim())
      ? pageLabel(page, lang)
      : // A programme round's locator is free text in its input table (participation/*.csv):
        // shown as written, never guessed into a page number.
        page;
