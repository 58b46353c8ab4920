import { ko, type StringKey } from "./ko.ts";
import { en } from "./en.ts";

export type Lang = "ko" | "en";
export const LANGS: readonly Lang[] = ["ko", "en"];

const STRINGS: Record<Lang, Record<StringKey, string>> = { ko, en };

/** The interface string for a key; a key missing at run time stops the build rather than showing it. */
export function t(lang: Lang, key: StringKey): string {
  const value = STRINGS[lang][key];
  if (value === undefined || value === "")
    throw new Error(`missing ${lang} translation for "${key}"`);
  return value;
}

/** Picks the Korean or English form of a bilingual value. */
export function pick<T>(lang: Lang, values: { ko: T; en: T }): T {
  return values[lang];
}

export type { StringKey };
