/**
 * A claim: one sentence of the site that states a number, as a record. The
 * pipeline builds every claim (scripts/claims/), publishes them as
 * claims.csv, and the pages print only their rendered text. A test that does
 * not use the builder re-derives every value and comparison word from the
 * published facts.
 */
import type { Qualifier } from "./enums.ts";

/** Where a claim is shown. */
export const CLAIM_SCOPES = ["home", "district", "districts", "about"] as const;
export type ClaimScope = (typeof CLAIM_SCOPES)[number];

/**
 * The units a claim value is stated in: KRW (won), count (of enterprises), persons,
 * per_10k (per 10,000 residents, 2 decimals), rank (1 = the highest), and the site's
 * own tallies: districts, documents (sources), numbers (facts), checks.
 */
export const CLAIM_UNITS = [
  "KRW",
  "count",
  "persons",
  "per_10k",
  "percent",
  "rank",
  "districts",
  "documents",
  "numbers",
  "checks",
  "year",
] as const;
export type ClaimUnit = (typeof CLAIM_UNITS)[number];

/**
 * How a value is derived, so anyone can redo it from the published files:
 *   fact:<id>                    the fact's value (facts.csv)
 *   parts:<id>                   what the parts of a printed total add up to (reconciliation.csv "computed")
 *   per10k:<count id>/<pop id>   count ÷ population × 10,000, rounded to 2 decimals
 *   rank:<c>/<p> <c>/<p> …       rank of the first pair's per-10k figure among all pairs (1 = highest)
 *   size:<id> <id> …             how many facts (districts) are compared
 *   tally:<name>                 a site count (see SiteCounts in ./siteData.ts)
 */
export interface ClaimValue {
  /** The template slot it fills. */
  name: string;
  value: number;
  unit: ClaimUnit;
  /** Carried from the fact: "약 2억 원", never "2억 원". */
  qualifier: Qualifier;
  derivation: string;
}

/**
 * A comparison word and what it rests on:
 *   rose / fell / unchanged   values[of[0]] → values[of[1]] (earlier → later)
 *   largest                   the fact of values[of[0]] is the largest of its table's
 *                             districts (same measure, category, status, unit, date, source)
 *   largest_gap               the fact of values[of[0]] has the largest |printed − computed| ÷ |printed|
 *                             of all mismatches in reconciliation.csv
 */
export interface ClaimComparison {
  word: "rose" | "fell" | "unchanged" | "largest" | "largest_gap";
  of: string[];
}

export interface Claim {
  id: string;
  scope: ClaimScope;
  /** Order on its page. */
  order: number;
  /** The district the claim is about, or Seoul (11000) for the city and the site. */
  district_code: string;
  district_slug: string;
  district_ko: string;
  district_en: string;
  /** Template id (scripts/claims/templates.ts), the same for every claim of one kind. */
  template: string;
  values: ClaimValue[];
  comparisons: ClaimComparison[];
  /** The periods the sentence states, as in facts.csv ("2017-03-01", "2016"). */
  dates: string[];
  /** The facts the claim rests on (empty for site tallies, which rest on all of them). */
  fact_ids: string[];
  text_ko: string;
  text_en: string;
}
