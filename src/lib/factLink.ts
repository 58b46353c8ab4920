import type { Lang } from "../i18n/index.ts";
import { sourceOfFact } from "../data/products.ts";
import { factPart } from "../data/factPages.ts";
import { factHref } from "./href.ts";

/**
 * The link to a fact's row on its source's page (or the numbered page of a long
 * source that shows it), for callers that know only the fact id.
 */
export function factLink(lang: Lang, factId: string, base?: string): string {
  return factHref(lang, factId, sourceOfFact(factId), base, factPart(factId));
}
