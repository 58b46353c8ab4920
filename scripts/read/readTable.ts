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
const CACHE_LIMIT = 4096;

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
    for (; scanned < offset; scanned++) if (text.charCodeAt(scanned) === 10) lineAt++;
    return lineAt;
  };

  const records: { line: number; cells: string[] }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ",",
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      const line = lineOf(start);
      for (const error of result.errors) {
        problems.push({ file, line, column: "", message: `CSV syntax: ${error.message}` });
      }
      if (result.errors.length === 0) records.push({ line, cells: result.data });
      start = result.meta.cursor;
      // papaparse's cursor stops before the row's line break
      if (text[start] === "\r") start++;
      if (text[start] === "\n") start++;
    },
  });

  const nonEmpty = records.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ""));
  const header = nonEmpty.shift();
  const expected = Object.keys(columns);
  if (!header) {
    problems.push({
      file,
      line: 1,
      column: "",
      message: `empty file; expected a header row: ${expected.join(",")}`,
    });
    return { file, encoding, rows, problems };
  }
  const names = header.cells.map((c) => c.trim());
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
      line: header.line,
      column: "",
      message: `header: ${said.join("; ")}. Expected the columns: ${expected.join(",")}`,
    });
    return { file, encoding, rows, problems };
  }

  // Cells repeat (districts, measures, units, sources, captions …): a column's parser is pure,
  // so a text it already accepted gives the same value again. Only plain values are kept (a
  // parsed object or list is never shared between rows), and at most CACHE_LIMIT per column.
  const order = [...names, ...absent];
  const parsers = order.map((name) => columns[name]!);
  const caches = order.map(() => new Map<string, unknown>());
  for (const { line, cells } of nonEmpty) {
    if (cells.length !== names.length) {
      problems.push({
        file,
        line,
        column: "",
        message: `expected ${names.length} fields (as in the header), found ${cells.length}`,
      });
      continue;
    }
    const record: Record<string, unknown> = {};
    let ok = true;
    for (let i = 0; i < order.length; i++) {
      const name = order[i]!;
      const text = cells[i] ?? "";
      const cache = caches[i]!;
      const known = cache.get(text);
      if (known !== undefined || cache.has(text)) {
        record[name] = known;
        continue;
      }
      const control = controlCharacterProblem(text);
      if (control) {
        ok = false;
        problems.push({ file, line, column: name, message: control });
        continue;
      }
      const result = parsers[i]!.safeParse(text);
      if (result.success) {
        record[name] = result.data;
        const v = result.data;
        if ((v === null || typeof v !== "object") && cache.size < CACHE_LIMIT) cache.set(text, v);
      } else {
        ok = false;
        for (const issue of result.error.issues) {
          problems.push({ file, line, column: name, message: issue.message });
        }
      }
    }
    if (ok) rows.push({ line, record: record as RowOf<C> });
  }
  return { file, encoding, rows, problems };
}
