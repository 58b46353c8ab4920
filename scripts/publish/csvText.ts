import type { Cell, Field, ProductRow } from "../../contract/product.ts";
import { ByteChunks, CHUNK_BYTES } from "./byteChunks.ts";

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

/** A chunk of a product's plain CSV and the same chunk of its Excel CSV (the same buffer where they agree). */
export interface CsvPair {
  plain: Uint8Array;
  excel: Uint8Array;
}

/**
 * Both CSVs of a product in one pass (publish writes both): the Excel one is the plain one with
 * a BOM and formula-safe text cells, so each row is made once, and a chunk in which no cell
 * differs is the very same buffer in both, which the ZIP deflates once (zipFiles.ts Deflater).
 * Joined, the plain chunks are exactly csvChunks(fields, rows) and the Excel ones exactly
 * csvChunks(fields, rows, { excel: true }).
 */
export function* csvPairChunks(
  fields: readonly Field[],
  rows: Iterable<ProductRow>,
): Generator<CsvPair> {
  const names = fields.map((f) => f.name);
  const n = names.length;
  const isText = fields.map((f) => f.type === "string");
  const out = new PairChunks();
  const header = names.map(quoted).join(",") + "\r\n";
  out.add(header, "\uFEFF" + header);
  const texts: string[] = new Array(n);
  let any = false;
  for (const row of rows) {
    any = true;
    let line = "";
    let differs = false;
    for (let i = 0; i < n; i++) {
      const name = names[i]!;
      const value = row[name];
      if (value === undefined && !Object.hasOwn(row, name))
        throw new Error(`row has no field "${name}"`);
      const text = cellText(value);
      texts[i] = text;
      if (isText[i] && FORMULA_START.test(text)) differs = true;
      const cell = quoted(text);
      line = i === 0 ? cell : line + "," + cell;
    }
    let excel: string | undefined;
    if (differs) {
      excel = "";
      for (let i = 0; i < n; i++) {
        const cell = quoted(isText[i] ? neutraliseFormula(texts[i]!) : texts[i]!);
        excel = i === 0 ? cell : excel + "," + cell;
      }
      excel += "\r\n";
    }
    out.add(line + "\r\n", excel);
    while (out.full.length > 0) yield out.full.shift()!;
  }
  if (!any) out.add("\r\n");
  out.flush();
  yield* out.full;
}

/** ByteChunks for a plain CSV and its Excel twin, cut at the same rows. */
class PairChunks {
  private plain = Buffer.allocUnsafe(CHUNK_BYTES);
  private plainPos = 0;
  /** null while this chunk of the Excel CSV is the plain one. */
  private excel: Buffer | null = null;
  private excelPos = 0;
  readonly full: CsvPair[] = [];

  /** Appends a line to both; `excel` where the Excel line differs. */
  add(plain: string, excel?: string): void {
    const need = 3 * Math.max(plain.length, excel?.length ?? 0);
    if (Math.max(this.plainPos, this.excelPos) + need > CHUNK_BYTES) {
      this.flush();
      if (need > CHUNK_BYTES) {
        const p = Buffer.from(plain, "utf8");
        this.full.push({ plain: p, excel: excel === undefined ? p : Buffer.from(excel, "utf8") });
        return;
      }
    }
    const start = this.plainPos;
    this.plainPos += this.plain.write(plain, start);
    if (excel === undefined) {
      if (this.excel) {
        this.plain.copy(this.excel, this.excelPos, start, this.plainPos);
        this.excelPos += this.plainPos - start;
      }
      return;
    }
    if (!this.excel) {
      this.excel = Buffer.allocUnsafe(CHUNK_BYTES);
      this.plain.copy(this.excel, 0, 0, start);
      this.excelPos = start;
    }
    this.excelPos += this.excel.write(excel, this.excelPos);
  }

  flush(): void {
    if (this.plainPos === 0 && this.excel === null) return;
    const plain = this.plain.subarray(0, this.plainPos);
    this.full.push({ plain, excel: this.excel ? this.excel.subarray(0, this.excelPos) : plain });
    this.plain = Buffer.allocUnsafe(CHUNK_BYTES);
    this.plainPos = 0;
    this.excel = null;
    this.excelPos = 0;
  }
}

/** The whole CSV as one string (small products and tests; the pipeline streams csvChunks). */
export function csvText(
  fields: readonly Field[],
  rows: readonly ProductRow[],
  options: CsvOptions = {},
): string {
  return Buffer.concat([...csvChunks(fields, rows, options)]).toString("utf8");
}
