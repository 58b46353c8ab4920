import type { Cell, Field, ProductRow } from "../../contract/product.ts";
import { ByteChunks } from "./byteChunks.ts";

function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
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

/**
 * RFC 4180 quoting, exactly as papaparse's unparse (quotes: false) did it: a cell is quoted
 * when it holds a quote, comma, CR, LF or BOM, or starts or ends with a space.
 */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;
function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF line ends, quotes where needed) with the fields in their declared order,
 * as UTF-8 chunks of about a megabyte, so a large product is never one string in memory.
 */
export function* csvChunks(
  fields: readonly Field[],
  rows: Iterable<ProductRow>,
  options: CsvOptions = {},
): Generator<Uint8Array> {
  const names = fields.map((f) => f.name);
  const n = names.length;
  const excel = options.excel === true;
  const neutralise = fields.map((f) => excel && f.type === "string");
  const out = new ByteChunks();
  out.add((excel ? "\uFEFF" : "") + names.map(quoted).join(",") + "\r\n");
  let any = false;
  for (const row of rows) {
    any = true;
    let line = "";
    for (let i = 0; i < n; i++) {
      const name = names[i]!;
      const value = row[name];
      if (value === undefined && !Object.hasOwn(row, name))
        throw new Error(`row has no field "${name}"`);
      const text = cellText(value);
      const cell = quoted(neutralise[i] ? neutraliseFormula(text) : text);
      line = i === 0 ? cell : line + "," + cell;
    }
    out.add(line + "\r\n");
    while (out.full.length > 0) yield out.full.shift()!;
  }
  // papaparse wrote a product without rows as the header and a blank line ("a,b\r\n\r\n");
  // kept, so the published files stay byte-identical.
  if (!any) out.add("\r\n");
  out.flush();
  yield* out.full;
}

/** The whole CSV as one string (small products and tests; the pipeline streams csvChunks). */
export function csvText(
  fields: readonly Field[],
  rows: readonly ProductRow[],
  options: CsvOptions = {},
): string {
  return Buffer.concat([...csvChunks(fields, rows, options)]).toString("utf8");
}
