import { CHART_DEFINITIONS, type ChartId } from "../../../contract/charts.ts";
import type { Product, ProductRow } from "../../../contract/product.ts";
import { eachRow } from "../../../contract/rows.ts";

export const str = (r: ProductRow, k: string): string => String(r[k] ?? "");

/** The columns of the enterprise charts, taken from enterprises.csv. */
export const ENTERPRISE_FIELDS = [
  "district_code",
  "district_slug",
  "district_ko",
  "district_en",
  "period",
  "type_key",
  "type_ko",
  "type_en",
  "count",
  "population",
  "population_period",
  "per_10k_residents",
  "share_of_seoul_pct",
  "source_id",
  "source_kind",
  "page",
  "fact_id",
];

/** A chart dataset: the named columns of a base product, for exactly the rows the chart draws. */
export function chartProduct(
  id: ChartId,
  base: readonly Product[],
  from: string,
  names: readonly string[],
  rows: readonly ProductRow[],
): Product {
  return {
    name: id,
    folder: "charts",
    ...CHART_DEFINITIONS[id],
    fields: fieldsOf(base, from, names),
    rows: rows.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null]))),
  };
}

/** The rows of a named product (the chart datasets are cut from the products, never from raw input). */
export function rowsOf(products: readonly Product[], name: string): ProductRow[] {
  const p = products.find((x) => x.name === name && !x.folder);
  if (!p) throw new Error(`no product "${name}"`);
  return p.rows;
}

/** The rows of a named product that `keep` keeps, read one at a time (facts.csv is not held as rows). */
export function rowsWhere(
  products: readonly Product[],
  name: string,
  keep: (r: ProductRow) => boolean,
): ProductRow[] {
  const p = products.find((x) => x.name === name && !x.folder);
  if (!p) throw new Error(`no product "${name}"`);
  const out: ProductRow[] = [];
  for (const r of eachRow(p)) if (keep(r)) out.push(r);
  return out;
}

export function fieldsOf(products: readonly Product[], name: string, names: readonly string[]) {
  const p = products.find((x) => x.name === name && !x.folder);
  if (!p) throw new Error(`no product "${name}"`);
  return names.map((n) => {
    const f = p.fields.find((x) => x.name === n);
    if (!f) throw new Error(`product "${name}" has no field "${n}"`);
    return f;
  });
}

/** The same printed figure printed twice (two pages of one document) is drawn once: the first page. */
export function firstPrinting(
  rows: readonly ProductRow[],
  key: (r: ProductRow) => string,
): ProductRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = key(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
