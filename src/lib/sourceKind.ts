/**
 * The kind of a source (official document, official statistic, press
 * release, news report) as the reader sees it, beside every figure.
 */
import { t, type Lang, type StringKey } from "../i18n/index.ts";

export type SourceKind =
  "official-document" | "official-statistic" | "press-release" | "news-report" | "blog";

const KEY: Record<SourceKind, StringKey> = {
  "official-document": "kindOfficialDocument",
  "official-statistic": "kindOfficialStatistic",
  "press-release": "kindPressRelease",
  "news-report": "kindNewsReport",
  blog: "kindBlog",
};

const SHORT: Record<SourceKind, { ko: string; en: string }> = {
  "official-document": { ko: "공식 문서", en: "official" },
  "official-statistic": { ko: "공식 통계", en: "statistic" },
  "press-release": { ko: "보도자료", en: "press release" },
  "news-report": { ko: "언론", en: "news" },
  blog: { ko: "블로그", en: "blog" },
};

function known(kind: string): kind is SourceKind {
  return kind in KEY;
}

/** The kind as a label ("언론 보도" / "news report"); an unknown kind stops the build. */
export function kindLabel(kind: string, lang: Lang): string {
  if (!known(kind)) throw new Error(`unknown source kind "${kind}"`);
  return t(lang, KEY[kind]);
}

/** A short form for chart marks ("언론" / "news"). */
export function kindShort(kind: string, lang: Lang): string {
  if (!known(kind)) throw new Error(`unknown source kind "${kind}"`);
  return SHORT[kind][lang];
}

/** Official (a document or statistic of the public body itself) as against a release or a report. */
export function isOfficialKind(kind: string): boolean {
  return kind === "official-document" || kind === "official-statistic";
}
