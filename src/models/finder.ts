/**
 * The district finder's data: every name a district is known by (Korean and
 * English names, aliases, code, slug), normalised the way the finder script
 * normalises what a person types (public/scripts/district-finder.js), and the
 * same matching rule, so the unit tests pin what the script does.
 */
import type { District } from "../../contract/model.ts";
import type { Lang } from "../i18n/index.ts";
import { byName, districtName } from "./order.ts";

/** Lower case, no spaces, hyphens, dots or middle dots: "Seongbuk-gu" → "seongbukgu". */
export function normaliseName(text: string): string {
  return text.toLocaleLowerCase("en").replace(/[\s\-.·_]/g, "");
}

export interface FinderEntry {
  slug: string;
  name_ko: string;
  name_en: string;
  /** Normalised names, space-separated (what the page carries in data-names). */
  names: string;
}

/** The finder's entries, in the page language's order (가나다 / alphabetical). */
export function finderEntries(districts: readonly District[], lang: Lang = "ko"): FinderEntry[] {
  return byName(
    districts.filter((d) => !d.is_city),
    lang,
    (d) => districtName(d, lang),
  ).map((d) => ({
    slug: d.slug,
    name_ko: d.name_ko,
    name_en: d.name_en,
    names: [
      ...new Set([d.name_ko, d.name_en, d.code, d.slug, ...d.aliases].map(normaliseName)),
    ].join(" "),
  }));
}

/**
 * The districts a query finds: one whose name is exactly the query if there is
 * one, else every district with a name starting with it, else containing it.
 */
export function findDistricts(entries: readonly FinderEntry[], query: string): FinderEntry[] {
  const q = normaliseName(query);
  if (!q) return [...entries];
  const names = (e: FinderEntry) => e.names.split(" ");
  const exact = entries.filter((e) => names(e).includes(q));
  if (exact.length > 0) return exact;
  const start = entries.filter((e) => names(e).some((n) => n.startsWith(q)));
  if (start.length > 0) return start;
  return entries.filter((e) => names(e).some((n) => n.includes(q)));
}
