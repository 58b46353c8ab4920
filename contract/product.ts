/**
 * A public data product: one CSV with its documented fields, and where it is
 * published. Both the pipeline (which writes it) and the site (which reads it) use these.
 */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date";

export interface Field {
  name: string;
  type: FieldType;
  /** What the column means, in English. */
  description: string;
  /** The same in Korean; filled in by the products stage from one dictionary. */
  description_ko?: string;
  /** Canonical unit of a numeric field, or "see column X" when it varies by row. */
  unit?: string;
}

export type Cell = string | number | boolean | null;
export type ProductRow = Record<string, Cell>;

export interface Product {
  /** File stem: the product is published as `<folder>/<name>.csv`. */
  name: string;
  /** "charts" for the data of one chart, exactly the rows it draws. */
  folder?: "charts";
  title_ko: string;
  title_en: string;
  description_ko: string;
  description_en: string;
  fields: Field[];
  rows: ProductRow[];
}

export function field(name: string, type: FieldType, description: string, unit?: string): Field {
  return unit === undefined ? { name, type, description } : { name, type, description, unit };
}

/** Where a product is published, relative to the data folder. */
export function productPath(p: Pick<Product, "name" | "folder">): string {
  return p.folder ? `${p.folder}/${p.name}.csv` : `${p.name}.csv`;
}

/** The four columns that name a district, described alike in every product. */
export const DISTRICT_FIELDS: readonly Field[] = [
  field("district_code", "string", "Seoul administrative code; 11000 is Seoul as a whole."),
  field("district_slug", "string", "URL slug of the district."),
  field("district_ko", "string", "District name in Korean."),
  field("district_en", "string", "District name in English."),
];
