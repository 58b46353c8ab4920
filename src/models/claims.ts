/**
 * Claims as the pages show them: the sentence in the page's language and a
 * link to each fact it rests on. Read from the claims product (claims.csv);
 * the text is never rebuilt here, only picked.
 */
import type { Lang } from "../i18n/index.ts";
import type { ProductRow } from "../../contract/product.ts";
import type { ChartId } from "../../contract/charts.ts";
import { chartClaimId, type ChartClaimPart, type ClaimScope } from "../../contract/claims.ts";
import type { ChartSentence, ChartText } from "../charts/types.ts";
import { factLink } from "../lib/factLink.ts";

export interface ClaimView {
  id: string;
  text: string;
  facts: { id: string; href: string }[];
}

export interface ClaimRow {
  claim_id: string;
  scope: ClaimScope;
  order: number;
  district_slug: string;
  fact_ids: string;
  text_ko: string;
  text_en: string;
}

const str = (r: ProductRow, k: string) => (r[k] === null || r[k] === undefined ? "" : String(r[k]));

/** The claim rows of the product, typed. */
export function claimRows(rows: readonly ProductRow[]): ClaimRow[] {
  return rows.map((r) => ({
    claim_id: str(r, "claim_id"),
    scope: str(r, "scope") as ClaimScope,
    order: Number(r.order),
    district_slug: str(r, "district_slug"),
    fact_ids: str(r, "fact_ids"),
    text_ko: str(r, "text_ko"),
    text_en: str(r, "text_en"),
  }));
}

export function claimView(row: ClaimRow, lang: Lang, base?: string): ClaimView {
  return {
    id: row.claim_id,
    text: lang === "ko" ? row.text_ko : row.text_en,
    facts: row.fact_ids
      .split(" ")
      .filter(Boolean)
      .map((id) => ({ id, href: factLink(lang, id, base) })),
  };
}

/** The claims of a page in their order: a scope, and for district pages the district. */
export function claimsOf(
  rows: readonly ClaimRow[],
  scope: ClaimScope,
  lang: Lang,
  slug?: string,
  base?: string,
): ClaimView[] {
  return rows
    .filter((r) => r.scope === scope && (slug === undefined || r.district_slug === slug))
    .sort((a, b) => a.order - b.order)
    .map((r) => claimView(r, lang, base));
}

/** One claim by id; a page asking for a claim the pipeline did not make gets undefined. */
export function claimById(
  rows: readonly ClaimRow[],
  id: string,
  lang: Lang,
  base?: string,
): ClaimView | undefined {
  const row = rows.find((r) => r.claim_id === id);
  return row && claimView(row, lang, base);
}

/** One of a chart's sentences, or undefined where the pipeline wrote none. */
function chartSentence(
  rows: readonly ClaimRow[],
  chart: ChartId,
  part: ChartClaimPart,
  lang: Lang,
): ChartSentence | undefined {
  const row = rows.find((r) => r.claim_id === chartClaimId(chart, part));
  return row && { id: row.claim_id, text: lang === "ko" ? row.text_ko : row.text_en };
}

/**
 * A chart's sentences, from the claims: its takeaway and text alternative
 * (a chart without them stops the build) and its unit line where it has one.
 */
export function chartText(rows: readonly ClaimRow[], chart: ChartId, lang: Lang): ChartText {
  const takeaway = chartSentence(rows, chart, "takeaway", lang);
  const alt = chartSentence(rows, chart, "alt", lang);
  if (!takeaway || !alt)
    throw new Error(`chart ${chart}: claims.csv has no takeaway or alt claim for it`);
  const unit = chartSentence(rows, chart, "unit", lang);
  return unit ? { takeaway, alt, unit } : { takeaway, alt };
}
