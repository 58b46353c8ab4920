/**
 * The publish stage: every product as a plain and an Excel CSV, the data
 * package, the ZIP of all of them, and the site's private hand-off.
 */
import { createHash } from "node:crypto";
import type { Check } from "../../contract/check.ts";
import type { Model } from "../../contract/model.ts";
import { productPath, type Product } from "../../contract/product.ts";
import { ZIP_FILE, type SiteData } from "../../contract/siteData.ts";
import { csvText } from "./csvText.ts";
import { dataPackage } from "./dataPackage.ts";
import { zipFiles } from "./zipFiles.ts";
import { siteCounts } from "../claims/siteCounts.ts";

export interface Published {
  /** Every public file, by path under /data/. */
  files: Map<string, string | Uint8Array>;
  siteData: SiteData;
}

export function publish(model: Model, checks: Check[], products: Product[]): Published {
  const files = new Map<string, string | Uint8Array>();
  for (const p of products) {
    files.set(productPath(p), csvText(p.fields, p.rows));
    files.set(`excel/${productPath(p)}`, csvText(p.fields, p.rows, { excel: true }));
  }
  files.set(
    "datapackage.json",
    JSON.stringify(dataPackage(products, model.sources), null, 2) + "\n",
  );
  files.set(ZIP_FILE, zipFiles(files));
  const sizes = Object.fromEntries(
    [...files].map(([name, c]) => [
      name,
      typeof c === "string" ? Buffer.byteLength(c) : c.byteLength,
    ]),
  );
  // It changes exactly when the facts change, and never with the clock.
  const version = createHash("sha256")
    .update(files.get("facts.csv") ?? "")
    .digest("hex")
    .slice(0, 8);
  return {
    files,
    siteData: {
      version,
      model,
      checks,
      products,
      site_counts: siteCounts(model, checks),
      sizes,
    },
  };
}
