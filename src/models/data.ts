/**
 * Page model of /data/: the citations (each carrying the data version), the
 * JSON API's files, the sources whose address is unknown, and the changelog.
 */
import { API_INDEX, API_SCHEMA, apiDistrictPath } from "../../contract/paths.ts";
import type { Source } from "../../contract/model.ts";
import type { SiteData } from "../../contract/siteData.ts";
import { citationFormats } from "../i18n/ko/data.ts";
import { fill } from "../lib/fill.ts";
import { formatPeriod } from "../lib/format.ts";
import { claimById, type ClaimRow, type ClaimView } from "./claims.ts";

type Bundle = SiteData;

export interface Citation {
  ko: string;
  en: string;
}

/** A citation text with the data version in it: appended when the text does not already name it. */
export function withVersion(text: string, version: string, lang: "ko" | "en"): string {
  if (text.includes(version)) return text;
  return `${text} ${fill(lang === "ko" ? citationFormats.viaKo : citationFormats.viaEn, { version })}`;
}

export function siteCitation(
  version: string,
  url: (lang: "ko" | "en") => string = () => "",
): Citation {
  return {
    ko: fill(citationFormats.siteKo, { version }) + url("ko"),
    en: fill(citationFormats.siteEn, { version }) + url("en"),
  };
}

/** A source's citation in both languages, "[page]" left for the reader, the data version after it. */
export function sourceCitation(src: Source, version: string): Citation {
  const ko = fill(citationFormats.sourceKo, {
    publisher: src.publisher_ko,
    title: src.title_ko,
    date: formatPeriod(src.date, "ko"),
    page: citationFormats.pageKo,
  });
  const en = fill(citationFormats.sourceEn, {
    publisher: src.publisher_en,
    title: src.title_en,
    titleKo: src.title_ko,
    date: formatPeriod(src.date, "en"),
    page: citationFormats.pageEn,
  });
  return { ko: withVersion(ko, version, "ko"), en: withVersion(en, version, "en") };
}

/** The API's files, paths from the site root (without base), with an example district. */
export function apiFiles(b: Bundle): {
  index: string;
  schema: string;
  example: string;
  districts: number;
} {
  const example = b.model.districts.find((d) => d.slug === "seongbuk") ?? b.model.districts[0];
  return {
    index: API_INDEX,
    schema: API_SCHEMA,
    example: example ? apiDistrictPath(example.slug) : "",
    districts: b.model.districts.length,
  };
}

/**
 * The data changelog: one entry, this version, whose sentence is the claim
 * the pipeline wrote from the site counts. The data records no date a source
 * was added, so there is no earlier entry to show, and the page says so.
 */
export function changelog(
  rows: readonly ClaimRow[],
  version: string,
  lang: "ko" | "en",
): { version: string; claim: ClaimView }[] {
  const claim = claimById(rows, "data-changelog", lang);
  if (!claim) throw new Error("/data/: claims.csv has no data-changelog claim");
  return [{ version, claim }];
}
