/**
 * A claim: one sentence of the site that states a number, as a record. The
 * pipeline builds every claim (scripts/claims/), publishes them as
 * claims.csv, and the pages print only their rendered text. A test that does
 * not use the builder re-derives every value and comparison word from the
 * published facts.
 */
import type { ChartId } from "./charts.ts";
import type { Qualifier } from "./enums.ts";

/**
 * Where a claim is shown: a page (home, /districts/, a district page, /about/,
 * /data/, a comparison page: its id says which), or a chart, wherever that chart is drawn (comparison, district and
 * embed pages, the SVG and PNG downloads).
 */
export const CLAIM_SCOPES = [
  "home",
  "district",
  "districts",
  "about",
  "data",
  "compare",
  "chart",
] as const;
export type ClaimScope = (typeof CLAIM_SCOPES)[number];

/**
 * The sentences of a chart: its takeaway, its text alternative (the SVG's
 * <desc>, which lists what is drawn) and, where it states a date, its unit line.
 */
export const CHART_CLAIM_PARTS = ["takeaway", "alt", "unit"] as const;
export type ChartClaimPart = (typeof CHART_CLAIM_PARTS)[number];

/** The id of a chart's sentence: both the pipeline and the chart use it. */
export const chartClaimId = (chart: ChartId, part: ChartClaimPart): string =>
  `chart-${chart}-${part}`;

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
 *   recomputed:<id>              a printed rate or change recomputed (reconciliation.csv "computed")
 *   sum:<id> <id> …              the facts' values added up
 *   share:<ids>/<ids>            sum of the first facts ÷ sum of the second × 100, rounded to 1 decimal
 *   per10k:<count id>/<pop id>   count ÷ population × 10,000, rounded to 2 decimals; the count may be
 *                                a sum of facts, "<id>+<id>+…"
 *   rank:<c>/<p> <c>/<p> …       rank of the first pair's per-10k figure among all pairs (1 = highest)
 *   size:<id> <id> …             how many facts (districts) are compared
 *   distinct:<col>[+<col>]:<ids> how many different values (or pairs) of facts.csv columns the facts have
 *   unofficial:<id> <id> …       how many of the facts come from a source that is not official
 *                                (neither an official document nor an official statistic)
 *   mismatches:<id> <id> …       how many of the facts' own checks (reconciliation.csv, not
 *                                cross-source) are mismatches
 *   without:<measure>            how many of the districts (not Seoul) have no fact of the measure
 *                                with status actual and a value
 *   tally:<name>                 a site count (see SiteCounts in ./siteData.ts)
 * A fact's value is its implied value where facts.csv gives one (value_implied), else its value.
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
 *   largest                   with `among`: values[of[0]] is larger than every other derivation of
 *                             `among`. Without: the fact of values[of[0]] is the largest of its
 *                             table's districts (same measure, category, status, unit, date, source)
 *   latest                    the facts of values[of[0]] have the latest period of the facts of
 *                             `among`, and no other fact of `among` is as late
 *   only                      the facts of values[of…] are exactly the facts of `among` that have
 *                             a value (the others printed "-")
 *   largest_gap               the fact of values[of[0]] has the largest |printed − computed| ÷ |printed|
 *                             of all mismatches in reconciliation.csv
 */
export interface ClaimComparison {
  word: "rose" | "fell" | "unchanged" | "largest" | "latest" | "only" | "largest_gap";
  of: string[];
  /** The contenders, as derivations (see ClaimValue), where the comparison names them. */
  among?: string[];
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
  /** The chart the sentence belongs to (scope "chart"), else "". */
  chart_id: string;
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
