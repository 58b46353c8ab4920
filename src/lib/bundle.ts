/**
 * The pipeline's products, as the pages see them. Pages read only this, never
 * data/: the pipeline writes public/data/bundle.json before the site builds.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Model, Fact, District, Source } from "../../scripts/lib/model.ts";
import type { Check } from "../../scripts/lib/reconcile.ts";
import type { Product, ProductRow } from "../../scripts/products/product.ts";

export interface Bundle {
  model: Model;
  checks: Check[];
  products: Product[];
  /** Byte size of every published file, by path under /data/. */
  sizes: Record<string, number>;
}

let cached: Bundle | undefined;

export function bundle(): Bundle {
  if (!cached) {
    const path = resolve(
      process.cwd(),
      process.env.ATLAS_PUBLIC_DIR || "public",
      "data/bundle.json",
    );
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      throw new Error(`${path} is missing: run \`npm run data\` before building the site.`);
    }
    cached = JSON.parse(text) as Bundle;
  }
  return cached;
}

export function product(name: string, folder?: "charts"): Product {
  const p = bundle().products.find((x) => x.name === name && x.folder === folder);
  if (!p) throw new Error(`no data product "${folder ? folder + "/" : ""}${name}"`);
  return p;
}

export function chartData(id: string): Product {
  return product(id, "charts");
}

export const districts = (): District[] => bundle().model.districts;
export const sources = (): Source[] => bundle().model.sources;
export const facts = (): Fact[] => bundle().model.facts;
export const checks = (): Check[] => bundle().checks;

export function districtBySlug(slug: string): District {
  const d = districts().find((x) => x.slug === slug);
  if (!d) throw new Error(`no district "${slug}"`);
  return d;
}

export function sourceById(id: string): Source {
  const s = sources().find((x) => x.id === id);
  if (!s) throw new Error(`no source "${id}"`);
  return s;
}

/** Typed reads of product cells. */
export const cellText = (r: ProductRow, k: string): string =>
  r[k] === null || r[k] === undefined ? "" : String(r[k]);
export const cellNumber = (r: ProductRow, k: string): number | null =>
  typeof r[k] === "number" ? (r[k] as number) : null;

export type { Fact, District, Source, Check, Product, ProductRow };
