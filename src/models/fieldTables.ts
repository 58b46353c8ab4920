/**
 * Page model of /data/'s field tables. Half of the fields of the published files
 * repeat one described earlier on the page, word for word (district_code, source_id,
 * fact_id …); each is then named, linked to the file where it is described, instead
 * of described again. That kept /data/ within its page budget as files were added.
 */
import type { Field, Product } from "../../contract/product.ts";

export interface FieldTable {
  /** Fields described in this file's table: the first time the page shows them. */
  described: Field[];
  /** Fields the same as one described in an earlier file (same name, type, unit and meaning). */
  repeated: { name: string; describedIn: Product }[];
}

const sameness = (f: Field) =>
  JSON.stringify([f.name, f.type, f.unit ?? "", f.description, f.description_ko ?? ""]);

/** The table of each product, in the order the page lists them. */
export function fieldTables(products: readonly Product[]): Map<Product, FieldTable> {
  const first = new Map<string, Product>();
  const tables = new Map<Product, FieldTable>();
  for (const p of products) {
    const table: FieldTable = { described: [], repeated: [] };
    for (const f of p.fields) {
      const key = sameness(f);
      const earlier = first.get(key);
      if (earlier) table.repeated.push({ name: f.name, describedIn: earlier });
      else {
        first.set(key, p);
        table.described.push(f);
      }
    }
    tables.set(p, table);
  }
  return tables;
}
