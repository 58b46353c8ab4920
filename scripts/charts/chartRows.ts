import type { Product, ProductRow } from "../products/product.ts";

/** The rows of a named product (the chart datasets are cut from the products, never from raw input). */
export function rowsOf(products: readonly Product[], name: string): ProductRow[] {
  const p = products.find((x) => x.name === name && !x.folder);
  if (!p) throw new Error(`no product "${name}"`);
  return p.rows;
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
