/**
 * The pipeline's products, as the pages see them. Pages read only this, never
 * data/: the pipeline writes its private hand-off (contract/siteData.ts) before
 * the site builds, and this module is the only reader of it.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Fact, District, Source, Participation } from "../../contract/model.ts";
import type { Check } from "../../contract/check.ts";
import type { Product, ProductRow } from "../../contract/product.ts";
import {
  DEFAULT_SITE_DATA,
  siteDataFromFile,
  type SiteData,
  type SiteDataFile,
} from "../../contract/siteData.ts";
import { fromTableJson } from "../../contract/tableJson.ts";

export type Bundle = SiteData;

let cached: Bundle | undefined;

export function bundle(): Bundle {
  if (!cached) {
    const path = resolve(process.cwd(), process.env.ATLAS_SITE_DATA || DEFAULT_SITE_DATA);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      throw new Error(`${path} is missing: run \`npm run data\` before building the site.`);
    }
    cached = siteDataFromFile(fromTableJson(JSON.parse(text)) as SiteDataFile);
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

export type { Fact, District, Source, Participation, Check, Product, ProductRow };

/** The data version, for citations. */
export const dataVersion = (): string => bundle().version;

let factSource: Map<string, string> | undefined;
/** The source a fact was transcribed from; an unknown fact id stops the build. */
export function sourceOfFact(factId: string): string {
  factSource ??= new Map(bundle().model.facts.map((f) => [f.id, f.source_id]));
  const s = factSource.get(factId);
  if (s === undefined) throw new Error(`no fact "${factId}"`);
  return s;
}
