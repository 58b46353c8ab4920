import type { Lang } from "../../i18n/index.ts";

const JOIN: Record<Lang, (items: readonly string[]) => string> = {
  ko: (items) => items.join(", "),
  en: (items) =>
    items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`,
};

/** "A, B and C" in English, "A, B, C" in Korean. */
export function listJoin(items: readonly string[], lang: Lang): string {
  return JOIN[lang](items);
}
