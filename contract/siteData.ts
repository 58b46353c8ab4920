/**
 * The pipeline's hand-off to the site: every built product, with the model
 * and checks they were made from, in one JSON file the site reads at build
 * time. It is private: written outside the published folder, never deployed.
 *
 * Each fact and check is in the file once: the products that are one row per fact (facts) or
 * per check (reconciliation) are written without their rows, and the reader makes them again
 * from model.facts and checks with the pipeline's own row functions (./rows.ts).
 */
import type { Check } from "./check.ts";
import type { Model } from "./model.ts";
import type { Product, ProductRow } from "./product.ts";
import type { SourceKind } from "./enums.ts";
import { checkRow, deriveRows, factRow, mapEach, withoutRows } from "./rows.ts";

/**
 * The site-wide counts, computed once by the pipeline (scripts/claims/siteCounts.ts)
 * and used by every page that states them (home, about, data, sources) and by the
 * data changelog, so no two pages can disagree.
 */
export interface SiteCounts {
  /** Rows of sources.csv, and how many of them have at least one fact. */
  sources: number;
  sources_used: number;
  sources_by_kind: Record<SourceKind, number>;
  /** Rows of facts.csv; social-economy facts; context facts (population, households). */
  facts: number;
  social_facts: number;
  context_facts: number;
  /** Seoul's 25 districts, and those with at least one social-economy fact. */
  districts: number;
  districts_with_data: number;
  /** Districts with a printed total of social-economy enterprises or organisations. */
  districts_with_enterprise_total: number;
  /** Checks of a document against itself (totals, rates, changes), and those that fail. */
  checks: number;
  mismatches: number;
  /** Figures printed by two sources compared, and those that disagree. */
  cross_source_checks: number;
  disagreements: number;
  /** First and last year of the sources' dates. */
  first_source_year: number;
  last_source_year: number;
}

/** The measures that are context, not social-economy data: they never make a district "have data". */
export const CONTEXT_MEASURES: readonly string[] = ["population", "households"];

/** Enterprise categories that are a total over all types, whichever word the document used. */
export const ENTERPRISE_TOTAL_KEYS: readonly string[] = ["all", "social_economy_organisation"];

export interface SiteData {
  /** The data version: the first 8 hex digits of the SHA-256 of the published facts.csv. */
  version: string;
  model: Model;
  checks: Check[];
  products: Product[];
  /** The site-wide counts: the one place they are computed. */
  site_counts: SiteCounts;
  /** Byte size of every published file, by path under /data/. */
  sizes: Record<string, number>;
}

/** Products whose rows are the model's facts or the checks, one row each (see above). */
function rowsElsewhere(
  p: Pick<Product, "name" | "folder">,
  d: SiteData,
): { count: number; each: () => Iterable<ProductRow> } | undefined {
  if (p.folder !== undefined) return undefined;
  if (p.name === "facts")
    return { count: d.model.facts.length, each: () => mapEach(d.model.facts, factRow) };
  if (p.name === "reconciliation")
    return { count: d.checks.length, each: () => mapEach(d.checks, checkRow) };
  return undefined;
}

/** A product as written to the hand-off: without rows where they are model.facts or checks. */
export type SiteProduct = Omit<Product, "rows"> & { rows?: ProductRow[] };

/** The hand-off as written to disk. */
export type SiteDataFile = Omit<SiteData, "products"> & { products: SiteProduct[] };

/** The hand-off to write: the same data, each fact and check once. */
export function siteDataFile(data: SiteData): SiteDataFile {
  return {
    ...data,
    products: data.products.map((p) => (rowsElsewhere(p, data) ? withoutRows(p) : p)),
  };
}

/**
 * The hand-off as read: the rows left out are made again from the facts and checks, on first
 * use (most pages never read them), equal to what the pipeline built.
 */
export function siteDataFromFile(file: SiteDataFile): SiteData {
  const data = file as SiteData;
  data.products = file.products.map((p) => {
    const elsewhere = p.rows ? undefined : rowsElsewhere(p, data);
    return elsewhere ? deriveRows(p, elsewhere.count, elsewhere.each) : (p as Product);
  });
  return data;
}

/** Where the hand-off is written and read, relative to the working folder, unless ATLAS_SITE_DATA says otherwise. */
export const DEFAULT_SITE_DATA = ".atlas/site-data.json";

/** The name of the all-in-one download. */
export const ZIP_FILE = "seoul-social-economy-atlas-data.zip";
