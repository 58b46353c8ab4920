import type { Lang } from "../../i18n/index.ts";
import { HANGUL_OR_CJK } from "../draw/koreanSpans.ts";

/** lang="ko" for a column of the English table whose cells contain Korean. */
export function koColumn(lang: Lang, cells: readonly string[]): { lang?: Lang } {
  return lang === "en" && cells.some((c) => HANGUL_OR_CJK.test(c)) ? { lang: "ko" } : {};
}
