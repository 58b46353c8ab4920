/**
 * The pipeline's hand-off to the site: every built product, with the model
 * and checks they were made from, in one JSON file the site reads at build
 * time. It is private: written outside the published folder, never deployed.
 *
 * Each fact and check is in it once: the products that are one row per fact (facts) or per
 * check (reconciliation) come without their rows (the site reads model.facts and checks), only
 * their row count.
 */
import type { Check } from "./check.ts";
import type { Model } from "./model.ts";
import type { Product, ProductRow } from "./product.ts";

/** A product as handed to the site: its rows, unless they are the model's facts or checks again. */
export type SiteProduct = Omit<Product, "rows"> & {
  /** Rows of the published CSV. */
  row_count: number;
  /** Absent for the products whose rows are model.facts or checks, one to one. */
  rows?: ProductRow[];
};

export interface SiteData {
  /** The data version: the first 8 hex digits of the SHA-256 of the published facts.csv. */
  version: string;
  model: Model;
  checks: Check[];
  products: SiteProduct[];
  /** Byte size of every published file, by path under /data/. */
  sizes: Record<string, number>;
}

/** Products whose rows are the model's facts or the checks, one row each (see above). */
export const ROWS_ELSEWHERE: ReadonlySet<string> = new Set(["facts", "reconciliation"]);

export function siteProducts(products: readonly Product[]): SiteProduct[] {
  return products.map((p) => {
    const { rows, ...rest } = p;
    return ROWS_ELSEWHERE.has(p.name) && p.folder === undefined
      ? { ...rest, row_count: rows.length }
      : { ...rest, row_count: rows.length, rows };
  });
}

/** Where the hand-off is written and read, relative to the working folder, unless ATLAS_SITE_DATA says otherwise. */
export const DEFAULT_SITE_DATA = ".atlas/site-data.json";

/** The name of the all-in-one download. */
export const ZIP_FILE = "seoul-social-economy-atlas-data.zip";
