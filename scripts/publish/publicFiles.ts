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
import { dataDate } from "../../contract/api.ts";
import { dataPackage } from "./dataPackage.ts";
import { workbooks } from "./xlsx.ts";
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
  // It changes exactly when the facts change, and never with the clock.
  const version = createHash("sha256")
    .update(files.get("facts.csv") ?? "")
    .digest("hex")
    .slice(0, 8);
  const release = { version, date: dataDate(model.sources) };
  files.set(
    "datapackage.json",
    JSON.stringify(dataPackage(products, model.sources, release), null, 2) + "\n",
  );
  files.set(ZIP_FILE, zipFiles(files));
  return {
    files,
    siteData: {
      version,
      model,
      checks,
      products,
      site_counts: siteCounts(model, checks),
      sizes: sizesOf(files),
    },
  };
}

function sizesOf(files: ReadonlyMap<string, string | Uint8Array>): Record<string, number> {
  return Object.fromEntries(
    [...files].map(([name, c]) => [
      name,
      typeof c === "string" ? Buffer.byteLength(c) : c.byteLength,
    ]),
  );
}

/**
 * Adds the Excel workbooks (xlsx/…, see ./xlsx.ts) to what publish() made.
 * exceljs writes asynchronously, so this is a step of its own, run by the CLI
 * after the (synchronous) pipeline; the ZIP stays CSV-only.
 */
export async function addWorkbooks(published: Published): Promise<void> {
  const { model, products, version } = published.siteData;
  const meta = { version, date: dataDate(model.sources), sources: model.sources };
  for (const [path, bytes] of await workbooks(products, meta)) published.files.set(path, bytes);
  published.siteData.sizes = sizesOf(published.files);
}
