/** A public data product: one CSV with its documented fields. */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date";

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** Canonical unit of a numeric field, or "see column X" when it varies by row. */
  unit?: string;
}

export type Cell = string | number | boolean | null;
export type ProductRow = Record<string, Cell>;

export interface Product {
  /** File stem: the product is published as `<name>.csv`. */
  name: string;
  title_ko: string;
  title_en: string;
  description_en: string;
  fields: Field[];
  rows: ProductRow[];
}

export function field(name: string, type: FieldType, description: string, unit?: string): Field {
  return unit === undefined ? { name, type, description } : { name, type, description, unit };
}
