import Papa from "papaparse";
import type { Cell, Field, ProductRow } from "../../contract/product.ts";

function cellText(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to a CSV`);
    return String(value);
  }
  return value;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run as a formula gets a leading apostrophe.
 * Numeric fields are left alone ("-21634" is a number, not a formula).
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  /** Excel-friendly: BOM so Excel reads UTF-8 Korean, and no live formulas. */
  excel?: boolean;
}

/** RFC 4180 CSV (CRLF line ends, quotes where needed) with the fields in their declared order. */
export function csvText(
  fields: readonly Field[],
  rows: readonly ProductRow[],
  options: CsvOptions = {},
): string {
  const names = fields.map((f) => f.name);
  const textual = new Set(fields.filter((f) => f.type === "string").map((f) => f.name));
  const data = rows.map((row) =>
    names.map((name) => {
      if (!Object.hasOwn(row, name)) throw new Error(`row has no field "${name}"`);
      const text = cellText(row[name] as Cell);
      return options.excel && textual.has(name) ? neutraliseFormula(text) : text;
    }),
  );
  const body = Papa.unparse(
    { fields: names, data },
    { newline: "\r\n", quotes: false, header: true },
  );
  return (options.excel ? "\uFEFF" : "") + body + "\r\n";
}
