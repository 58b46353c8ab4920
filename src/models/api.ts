/**
 * The static JSON API's files (contract/api.ts), built from the products the
 * pages read. Rows are those of the public CSVs, so a fact here is the
 * facts.csv row, value for value.
 */
import { dataDate, type ApiDistrictFile, type ApiIndex } from "../../contract/api.ts";
import { API_SCHEMA, apiDistrictPath, workbookOf } from "../../contract/paths.ts";
import { productPath, type Product, type ProductRow } from "../../contract/product.ts";
import type { District } from "../../contract/model.ts";
import type { SiteData } from "../../contract/siteData.ts";

type Bundle = SiteData;

const find = (b: Bundle, name: string): Product | undefined =>
  b.products.find((p) => p.name === name && !p.folder);

const district = (d: District) => ({
  code: d.code,
  slug: d.slug,
  name_ko: d.name_ko,
  name_en: d.name_en,
  aliases: d.aliases,
  is_city: d.is_city,
});

/** Paths are from the site root, without the base path: prefix them with where the site lives. */
export function apiIndex(b: Bundle): ApiIndex {
  const facts = find(b, "facts")?.rows ?? [];
  const count = new Map<string, number>();
  for (const f of facts)
    count.set(String(f.district_code), (count.get(String(f.district_code)) ?? 0) + 1);
  return {
    api: "v1",
    version: b.version,
    date: dataDate(b.model.sources),
    schema: `/${API_SCHEMA}`,
    districts: b.model.districts.map((d) => ({
      ...district(d),
      facts: count.get(d.code) ?? 0,
      url: `/${apiDistrictPath(d.slug)}`,
    })),
    products: b.products.map((p) => ({
      name: p.name,
      folder: p.folder ?? null,
      title_ko: p.title_ko,
      title_en: p.title_en,
      rows: p.rows.length,
      csv: `/data/${productPath(p)}`,
      xlsx: `/data/${workbookOf(p)}`,
    })),
  };
}

/** A row with every declared field present (null where the product has no value), in field order. */
function tidy(p: Product, row: ProductRow): ProductRow {
  return Object.fromEntries(p.fields.map((f) => [f.name, row[f.name] ?? null]));
}

export function apiDistrictFile(b: Bundle, slug: string): ApiDistrictFile {
  const d = b.model.districts.find((x) => x.slug === slug);
  if (!d) throw new Error(`no district "${slug}"`);
  const factsProduct = find(b, "facts");
  const facts = factsProduct
    ? factsProduct.rows.filter((r) => r.district_code === d.code).map((r) => tidy(factsProduct, r))
    : [];
  const ids = new Set(facts.map((f) => String(f.fact_id)));
  const concerns = (r: ProductRow) =>
    r.district_code === d.code ||
    ids.has(String(r.fact_id)) ||
    String(r.inputs ?? "")
      .split(/\s+/)
      .some((id) => ids.has(id));
  const checks = find(b, "reconciliation");
  const claims = find(b, "claims");
  const sourcesProduct = find(b, "sources");
  const used = new Set(facts.map((f) => String(f.source_id)));
  return {
    api: "v1",
    version: b.version,
    district: district(d),
    facts: facts as ApiDistrictFile["facts"],
    claims: (claims
      ? claims.rows
          .filter((r) => r.district_code === d.code || r.district_slug === d.slug)
          .map((r) => tidy(claims, r))
      : []) as ApiDistrictFile["claims"],
    checks: (checks
      ? checks.rows.filter(concerns).map((r) => tidy(checks, r))
      : []) as ApiDistrictFile["checks"],
    sources: (sourcesProduct
      ? sourcesProduct.rows
          .filter((r) => used.has(String(r.id)))
          .map((r) => tidy(sourcesProduct, r))
      : []) as ApiDistrictFile["sources"],
  };
}
