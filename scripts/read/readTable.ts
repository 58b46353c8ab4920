import Papa from "papaparse";
import type { z } from "zod";
import { decodeText, type SourceEncoding } from "./decodeText.ts";
import type { InputProblem } from "../validate/inputError.ts";
import { controlCharacterProblem } from "../validate/controlCharacters.ts";

/** One parser per column: a zod schema from the cell's text to its value. Nothing is type-guessed. */
export type Columns = Record<string, z.ZodType<unknown, string>>;

/**
 * Columns a file may leave out (added to the contract later, so older folders
 * still read): a missing one reads as an empty cell on every row, through its
 * own parser, so a parser that rejects "" makes the column required after all.
 */
/** Distinct accepted texts remembered per column (see readTable). */
const CACHE_LIMIT = 16384;

export const OPTIONAL_COLUMNS = new Set(["qualifier", "section", "implied_as", "implied_reason"]);
export type RowOf<C extends Columns> = { [K in keyof C]: z.output<C[K]> };

export interface Row<C extends Columns> {
  /** 1-based line where the row starts in the file (the header is line 1). */
  line: number;
  record: RowOf<C>;
}

export interface Table<C extends Columns> {
  file: string;
  encoding: SourceEncoding;
  rows: Row<C>[];
  problems: InputProblem[];
}

/**
 * Reads one CSV file against its declared columns. Every problem of the file
 * is collected (file, line, column, what was expected); rows with a problem
 * are not returned, so a caller that finds problems must stop.
 */
export function readTable<C extends Columns>(
  file: string,
  bytes: Uint8Array,
  columns: C,
): Table<C> {
  const problems: InputProblem[] = [];
  const rows: Row<C>[] = [];
  let decoded: { text: string; encoding: SourceEncoding };
  try {
    decoded = decodeText(bytes);
  } catch (e) {
    problems.push({ file, line: 0, column: "", message: (e as Error).message });
    return { file, encoding: "utf-8", rows, problems };
  }
  const { text, encoding } = decoded;

  let lineAt = 1;
  let scanned = 0;
  const lineOf = (offset: number) => {
    for (;;) {
      const next = text.indexOf("\n", scanned);
      if (next < 0 || next >= offset) break;
      lineAt++;
      scanned = next + 1;
    }
    return lineAt;
  };

  // Rows are checked as papaparse reads them, so the file's rows are never held as text too.
  let start = 0;
  let header: string[] | undefined;
  let reader: ((line: number, cells: string[]) => void) | undefined;
  let headerProblem = false;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ",",
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      const line = lineOf(start);
      start = result.meta.cursor;
      // papaparse's cursor stops before the row's line break
      if (text[start] === "\r") start++;
      if (text[start] === "\n") start++;
      for (const error of result.errors) {
        problems.push({ file, line, column: "", message: `CSV syntax: ${error.message}` });
      }
      const cells = result.data;
      if (result.errors.length > 0 || headerProblem) return;
      if (cells.length === 1 && cells[0]!.trim() === "") return;
      if (!header) {
        header = cells.map((c) => c.trim());
        reader = headerOk(header, line);
        if (!reader) headerProblem = true;
        return;
      }
      reader!(line, cells);
    },
  });
  if (!header) {
    problems.push({
      file,
      line: 1,
      column: "",
      message: `empty file; expected a header row: ${Object.keys(columns).join(",")}`,
    });
  }
  return { file, encoding, rows, problems };

  /** Checks the header; returns the reader of the rows under it, or undefined after a problem. */
  function headerOk(names: string[], line: number) {
    const expected = Object.keys(columns);
    const missing = expected.filter((c) => !names.includes(c) && !OPTIONAL_COLUMNS.has(c));
    const absent = expected.filter((c) => !names.includes(c) && OPTIONAL_COLUMNS.has(c));
    const unknown = names.filter((c) => !expected.includes(c));
    const repeated = names.filter((c, i) => names.indexOf(c) !== i);
    if (missing.length || unknown.length || repeated.length) {
      const said = [
        missing.length ? `missing column(s) ${missing.join(", ")}` : "",
        unknown.length ? `unknown column(s) ${unknown.join(", ")}` : "",
        repeated.length ? `repeated column(s) ${repeated.join(", ")}` : "",
      ].filter(Boolean);
      problems.push({
        file,
        line,
        column: "",
        message: `header: ${said.join("; ")}. Expected the columns: ${expected.join(",")}`,
      });
      return undefined;
    }
    return rowReader([...names, ...absent], names.length);
  }

  function rowReader(order: string[], width: number) {
    // Cells repeat (districts, measures, units, sources, captions, periods …): a column's parser
    // is pure, so a text it already accepted gives the same value again. Plain values and
    // frozen records are kept (a list is never shared between rows), at most CACHE_LIMIT per column.
    const parsers = order.map((name) => columns[name]!);
    const caches = order.map(() => new Map<string, unknown>());
    return (line: number, cells: string[]) => {
      if (cells.length !== width) {
        problems.push({
          file,
          line,
          column: "",
          message: `expected ${width} fields (as in the header), found ${cells.length}`,
        });
        return;
      }
      const record: Record<string, unknown> = {};
      let ok = true;
      for (let i = 0; i < order.length; i++) {
        const name = order[i]!;
        const cell = cells[i] ?? "";
        const cache = caches[i]!;
        const known = cache.get(cell);
        if (known !== undefined || cache.has(cell)) {
          record[name] = known;
          continue;
        }
        const control = controlCharacterProblem(cell);
        if (control) {
          ok = false;
          problems.push({ file, line, column: name, message: control });
          continue;
        }
        const result = parsers[i]!.safeParse(ownText(cell));
        if (result.success) {
          const v = shareable(result.data);
          if (v === NOT_SHARED) record[name] = result.data;
          else {
            record[name] = v;
            if (cache.size < CACHE_LIMIT) cache.set(cell, v);
          }
        } else {
          ok = false;
          for (const issue of result.error.issues) {
            problems.push({ file, line, column: name, message: issue.message });
          }
        }
      }
      if (ok) rows.push({ line, record: record as RowOf<C> });
    };
  }
}

const NOT_SHARED = Symbol("not shared");
/** A value rows may share: a plain value, or a record of plain values (frozen, so no row can change another's). */
function shareable(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return NOT_SHARED;
  for (const x of Object.values(v)) if (x !== null && typeof x === "object") return NOT_SHARED;
  return Object.freeze(v);
}

/**
 * The cell's text as a string of its own. papaparse's cells are slices of the whole file's
 * text, and one kept slice keeps the whole text alive (a million rows: ~250 MB); a short
 * string is copied by V8 anyway.
 */
function ownText(cell: string): string {
  return cell.length < 13 ? cell : (" " + cell).slice(1);
}
