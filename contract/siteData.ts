/**
 * The pipeline's hand-off to the site: every built product, with the model
 * and checks they were made from, in one JSON file the site reads at build
 * time. It is private: written outside the published folder, never deployed.
 */
import type { Check } from "./check.ts";
import type { Model } from "./model.ts";
import type { Product } from "./product.ts";

export interface SiteData {
  /** The data version: the first 8 hex digits of the SHA-256 of the published facts.csv. */
  version: string;
  model: Model;
  checks: Check[];
  products: Product[];
  /** Byte size of every published file, by path under /data/. */
  sizes: Record<string, number>;
}

/** Where the hand-off is written and read, relative to the working folder, unless ATLAS_SITE_DATA says otherwise. */
export const DEFAULT_SITE_DATA = ".atlas/site-data.json";

/** The name of the all-in-one download. */
export const ZIP_FILE = "seoul-social-economy-atlas-data.zip";
