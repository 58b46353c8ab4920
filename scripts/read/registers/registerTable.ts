/**
 * A register as exported: title rows, then the header on a known line, then
 * one enterprise a row. Decoded like every input (UTF-8, BOM, CP949); each
 * record keeps the 1-based line it starts on.
 */
import Papa from "papaparse";
import { decodeText, type SourceEncoding } from "../decodeText.ts";
import type { InputProblem } from "../../validate/inputError.ts";

export interface RegisterRecord {
  line: number;
  cells: string[];
}

export interface RegisterTable {
  encoding: SourceEncoding;
  /** Text of the non-empty rows above the header (the register's title), in order. */
  titles: string[];
  /** The header's column names, trimmed; undefined when header_row holds no row. */
  header?: RegisterRecord;
  /** Non-empty rows below the header with as many cells as the header. */
  rows: RegisterRecord[];
  problems: InputProblem[];
}

const isEmpty = (cells: string[]) => cells.every((c) => c.trim() === "");

export function readRegisterTable(
  file: string,
  bytes: Uint8Array,
  headerRow: number,
): RegisterTable {
  const problems: InputProblem[] = [];
  let decoded: { text: string; encoding: SourceEncoding };
  try {
    decoded = decodeText(bytes);
  } catch (e) {
    problems.push({ file, line: 0, column: "", message: (e as Error).message });
    return { encoding: "utf-8", titles: [], rows: [], problems };
  }
  const { text, encoding } = decoded;

  let lineAt = 1;
  let scanned = 0;
  const lineOf = (offset: number) => {
    for (; scanned < offset; scanned++) if (text.charCodeAt(scanned) === 10) lineAt++;
    return lineAt;
  };
  const records: RegisterRecord[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ",",
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      const line = lineOf(start);
      for (const error of result.errors)
        problems.push({ file, line, column: "", message: `CSV syntax: ${error.message}` });
      if (result.errors.length === 0) records.push({ line, cells: result.data });
      start = result.meta.cursor;
      if (text[start] === "\r") start++;
      if (text[start] === "\n") start++;
    },
  });

  const titles = records
    .filter((r) => r.line < headerRow && !isEmpty(r.cells))
    .map((r) =>
      r.cells
        .map((c) => c.trim())
        .filter(Boolean)
        .join(" "),
    );
  const found = records.find((r) => r.line === headerRow);
  const header =
    found && !isEmpty(found.cells)
      ? { line: found.line, cells: found.cells.map((c) => c.trim()) }
      : undefined;
  const rows: RegisterRecord[] = [];
  if (header) {
    for (const r of records) {
      if (r.line <= headerRow || isEmpty(r.cells)) continue;
      if (r.cells.length !== header.cells.length) {
        problems.push({
          file,
          line: r.line,
          column: "",
          message: `expected ${header.cells.length} fields (as in the header on line ${header.line}), found ${r.cells.length}`,
        });
      } else rows.push(r);
    }
  }
  return { encoding, titles, header, rows, problems };
}
