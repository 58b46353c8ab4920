/**
 * The order lists of districts are shown in: 가나다 order on Korean pages,
 * alphabetical on English pages (Intl.Collator), never code order. Seoul as a
 * whole, where a list has it, comes last.
 */
import type { Lang } from "../i18n/index.ts";

const COLLATORS: Record<Lang, Intl.Collator> = {
  ko: new Intl.Collator("ko"),
  en: new Intl.Collator("en", { sensitivity: "base" }),
};

/** Compares two names the way a reader of the language expects them in a list. */
export const compareNames = (lang: Lang) => COLLATORS[lang].compare;

/** A copy of a list sorted by the name each item shows in the page's language. */
export function byName<T>(
  items: readonly T[],
  lang: Lang,
  name: (x: T) => string,
  isCity: (x: T) => boolean = () => false,
): T[] {
  const cmp = compareNames(lang);
  return [...items].sort((a, b) => Number(isCity(a)) - Number(isCity(b)) || cmp(name(a), name(b)));
}

/** Names sorted for the page's language, duplicates dropped. */
export const sortedNames = (names: Iterable<string>, lang: Lang): string[] =>
  byName([...new Set(names)], lang, (n) => n);

/** A district's name in the page's language. */
export const districtName = (d: { name_ko: string; name_en: string }, lang: Lang): string =>
  lang === "ko" ? d.name_ko : d.name_en;
