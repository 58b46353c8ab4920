/**
 * Page models of /sources/ and /sources/{id}/: what each source covers, its
 * facts grouped by printed table, where it is used, what is missing from its
 * record, and the fact → source map that keeps old /sources/#fact-… links working.
 */
import type { District, Fact, Source } from "../../contract/model.ts";
import type { SiteData } from "../../contract/siteData.ts";
import { productKey } from "../lib/productText.ts";
import type { Lang } from "../i18n/index.ts";
import { byName, districtName } from "./order.ts";

type Bundle = SiteData;

/** Which comparison page draws which data product (by product key). */
export const COMPARE_PAGES = [
  { page: "enterprises", route: "compare/enterprises/", test: /enterprises/ },
  { page: "budgets", route: "compare/budgets/", test: /budget|special-zone/ },
  { page: "purchasing", route: "compare/purchasing/", test: /purchasing/ },
] as const;
export type ComparePage = (typeof COMPARE_PAGES)[number];

const SOURCE_COLUMNS = ["source_id", "population_source_id"];

/** A source's record with the url_note column sources.csv is gaining (why an address is unknown). */
export type SourceRecord = Source;

export interface SourceSummary {
  src: SourceRecord;
  facts: Fact[];
  /** Facts by printed table (page, heading and caption), in input order. */
  groups: Fact[][];
  /** First and last year of the facts' periods, "" when none is dated. */
  from: string;
  to: string;
  /** Places the facts are about, districts by code, Seoul last. */
  places: District[];
  districtPages: District[];
  allDistrictsCovered: boolean;
  /** Measure ids, in order of first use. */
  measures: string[];
  compare: ComparePage[];
  /** Fields of the record a public source should have that are empty. */
  missing: ("url" | "title" | "publisher" | "date")[];
}

/**
 * A source's facts by printed table: same page, heading and caption (two tables may print
 * the same caption, "소요예산", under different headings of a document without page numbers).
 * So each table has one locator, said once in its summary.
 */
export function groupFacts(facts: readonly Fact[]): Fact[][] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = `${f.page}\u0000${f.section}\u0000${f.caption}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

export function missingFields(src: Source): SourceSummary["missing"] {
  const out: SourceSummary["missing"] = [];
  if (!src.url.trim()) out.push("url");
  if (!src.title_ko.trim() && !src.title_en.trim()) out.push("title");
  if (!src.publisher_ko.trim() && !src.publisher_en.trim()) out.push("publisher");
  if (!/^\d{4}/.test(src.date)) out.push("date");
  return out;
}

export function sourceSummaries(b: Bundle): SourceSummary[] {
  const bySource = new Map<string, Fact[]>();
  for (const f of b.model.facts) {
    const list = bySource.get(f.source_id);
    if (list) list.push(f);
    else bySource.set(f.source_id, [f]);
  }
  const byCode = new Map(b.model.districts.map((d) => [d.code, d]));
  const all = b.model.districts.filter((d) => !d.is_city);
  // Source ids each comparison page draws, read once.
  const drawn = COMPARE_PAGES.map((c) => {
    const ids = new Set<string>();
    for (const p of b.products)
      if (c.test.test(productKey(p)))
        for (const r of p.rows)
          for (const col of SOURCE_COLUMNS) if (r[col]) ids.add(String(r[col]));
    return { c, ids };
  });
  return b.model.sources.map((src) => {
    const own = bySource.get(src.id) ?? [];
    const places = [...new Set(own.map((f) => f.district_code))]
      .map((code) => byCode.get(code))
      .filter((d): d is District => d !== undefined)
      .sort((x, y) => Number(x.is_city) - Number(y.is_city) || x.code.localeCompare(y.code));
    const districtPages = places.filter((d) => !d.is_city);
    const years = (xs: string[]) => xs.filter((x) => /^\d{4}/.test(x)).sort();
    return {
      src,
      facts: own,
      groups: groupFacts(own),
      from: years(own.map((f) => f.period_start))[0]?.slice(0, 4) ?? "",
      to:
        years(own.map((f) => f.period_end))
          .at(-1)
          ?.slice(0, 4) ?? "",
      places,
      districtPages,
      allDistrictsCovered: all.length > 0 && all.every((d) => districtPages.includes(d)),
      measures: [...new Set(own.map((f) => f.measure))],
      compare: drawn.filter((x) => x.ids.has(src.id)).map((x) => x.c),
      missing: missingFields(src),
    };
  });
}

/** Fact id → source id, for every fact: what sends /sources/#fact-<id> to /sources/<source>/#fact-<id>. */
export function factSourceMap(b: Bundle): Record<string, string> {
  return Object.fromEntries(b.model.facts.map((f) => [f.id, f.source_id]));
}

/** Sources without an address, with the reason when sources.csv gives one (url_note). */
export function sourcesWithoutAddress(b: Bundle): { src: SourceRecord; reason: string }[] {
  return b.model.sources
    .filter((s) => !s.url.trim())
    .map((src) => ({ src, reason: src.url_note.trim() }));
}

/** The host of a source's address, for a short link text ("www.example.kr"); the address itself if it has none. */
export function urlHost(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/**
 * The Latin names Korean sentences may mention: publishers known only by a
 * Latin name or address ("acwnews", "ksen.co.kr"). Korean pages mark them lang="en".
 */
export function latinPublisherNames(sources: readonly Source[]): string[] {
  const names = new Set<string>();
  for (const s of sources)
    for (const m of s.publisher_ko.matchAll(/[A-Za-z][A-Za-z0-9.\-]*/g)) names.add(m[0]);
  return [...names].sort();
}

/** A source's places and district pages in the page language's order, Seoul last. */
export function placesIn(
  x: SourceSummary,
  lang: Lang,
): { places: District[]; districtPages: District[] } {
  const order = (ds: District[]) =>
    byName(
      ds,
      lang,
      (d) => districtName(d, lang),
      (d) => d.is_city,
    );
  return { places: order(x.places), districtPages: order(x.districtPages) };
}

/**
 * A table's caption as a page shows it: a statistic's column name
 * ("pop_total_2016") is code, marked `so`; a printed caption stays as printed.
 */
export const captionLabel = (caption: string): string =>
  /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/.test(caption) ? `\`${caption}\`` : caption;

/** The Latin words of a title as published ("… by 동네방네뉴스" → ["by"]), marked lang="en" on Korean pages. */
export const latinWordsOf = (text: string): string[] => [
  ...new Set(text.match(/[A-Za-z][A-Za-z0-9.\-]*/g) ?? []),
];
