/**
 * Reads every table of a data folder against its schema and checks the
 * references between them. Returns the validated input, or throws one
 * InputError listing every problem found, with file, line and column.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError, type InputProblem } from "../validate/inputError.ts";
import { readTable, type Columns, type Row } from "./readTable.ts";
import * as schemas from "../validate/inputSchemas.ts";
import { readRegisters } from "./registers/readRegisters.ts";
import type { Located, RawInput } from "./rawInput.ts";

export type { Located, RawInput };

function csvFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".csv"))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Reads every table, keeping the rows that parse and collecting every
 * problem, so the cross-table checks can still run on what did parse.
 * `referencesOk` says whether the tables that others refer to (districts,
 * sources, measures, labels) read cleanly: if not, cross-checks would only
 * echo those problems.
 */
export function readInputTablesCollecting(dataDir: string): {
  input: RawInput;
  problems: InputProblem[];
  referencesOk: boolean;
} {
  const problems: InputProblem[] = [];
  const files: RawInput["files"] = [];
  const read = <C extends Columns>(file: string, columns: C, required: boolean) => {
    if (!existsSync(file)) {
      if (required)
        problems.push({ file, line: 0, column: "", message: "required file is missing" });
      return [];
    }
    const table = readTable(file, readFileSync(file), columns);
    problems.push(...table.problems);
    files.push({ file, encoding: table.encoding, rows: table.rows.length });
    return table.rows.map((r: Row<C>) => ({ file, line: r.line, record: r.record }));
  };
  const readAll = <C extends Columns>(dir: string, columns: C) =>
    csvFilesIn(join(dataDir, dir)).flatMap((f) => read(f, columns, true));

  if (!existsSync(dataDir)) {
    throw new InputError([
      { file: dataDir, line: 0, column: "", message: "data folder does not exist" },
    ]);
  }
  const input: RawInput = {
    districts: read(join(dataDir, "districts.csv"), schemas.districtColumns, true),
    sources: read(join(dataDir, "sources.csv"), schemas.sourceColumns, true),
    measures: read(join(dataDir, "measures.csv"), schemas.measureColumns, true),
    labels: readAll("labels", schemas.labelColumns),
    facts: readAll("facts", schemas.factColumns),
    participation: readAll("participation", schemas.participationColumns),
    equivalences: read(join(dataDir, "equivalences.csv"), schemas.equivalenceColumns, false),
    files,
  };
  const referenceFiles = new Set(
    ["districts.csv", "sources.csv", "measures.csv"].map((f) => join(dataDir, f)),
  );
  const referencesOk = !problems.some(
    (p) => referenceFiles.has(p.file) || p.file.startsWith(join(dataDir, "labels")),
  );
  // Registers (one enterprise a row) are counted into facts that join the transcribed ones.
  if (referencesOk) {
    const registers = readRegisters(dataDir, input);
    problems.push(...registers.problems);
    files.push(...registers.files);
    input.facts.push(...registers.facts);
  }
  return { input, problems, referencesOk };
}

/** Reads every table; throws one InputError with every problem if any table is bad. */
export function readInputTables(dataDir: string): RawInput {
  const { input, problems } = readInputTablesCollecting(dataDir);
  if (problems.length > 0) throw new InputError(problems);
  return input;
}
