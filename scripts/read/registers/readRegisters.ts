/**
 * Reads every register in `<data>/registers/`: `<name>.csv` (the export as
 * downloaded) with its `<name>.mapping.csv`, and counts each into facts that
 * join the transcribed ones before the model is built.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { districtResolver } from "../../normalise/districtResolver.ts";
import type { InputProblem } from "../../validate/inputError.ts";
import type { DistrictRow, FactRow, LabelRow, SourceRow } from "../../validate/inputSchemas.ts";
import type { Located, RawInput } from "../rawInput.ts";
import { readRegisterMapping } from "./registerMapping.ts";
import { readRegisterTable } from "./registerTable.ts";
import { countRegister } from "./countRegister.ts";

export const REGISTERS_DIR = "registers";
const MAPPING_SUFFIX = ".mapping.csv";

export function readRegisters(
  dataDir: string,
  refs: {
    districts: Located<DistrictRow>[];
    sources: Located<SourceRow>[];
    labels: Located<LabelRow>[];
  },
): { facts: Located<FactRow>[]; problems: InputProblem[]; files: RawInput["files"] } {
  const facts: Located<FactRow>[] = [];
  const problems: InputProblem[] = [];
  const files: RawInput["files"] = [];
  const dir = join(dataDir, REGISTERS_DIR);
  if (!existsSync(dir)) return { facts, problems, files };

  const names = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".csv"))
    .sort();
  const mappings = new Set(names.filter((f) => f.toLowerCase().endsWith(MAPPING_SUFFIX)));
  const registers = names.filter((f) => !mappings.has(f));
  for (const m of mappings) {
    const register = m.slice(0, -MAPPING_SUFFIX.length) + ".csv";
    if (!registers.includes(register))
      problems.push({
        file: join(dir, m),
        line: 0,
        column: "",
        message: `no register ${register} next to this mapping`,
      });
  }
  const references = {
    resolver: districtResolver(refs.districts.map((d) => d.record)),
    sourceIds: new Set(refs.sources.map((s) => s.record.id)),
    labelKeys: new Map(refs.labels.map((l) => [l.record.label, l.record.key])),
  };

  for (const r of registers) {
    const file = join(dir, r);
    const name = r.slice(0, -".csv".length);
    const mappingFile = join(dir, name + MAPPING_SUFFIX);
    if (!/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(name)) {
      problems.push({
        file,
        line: 0,
        column: "",
        message: `a register's file name is the stem of its fact ids, so it must be a lower-case ASCII slug such as "seongbuk-register-2024.csv"`,
      });
      continue;
    }
    if (!existsSync(mappingFile)) {
      problems.push({
        file,
        line: 0,
        column: "",
        message: `no mapping ${name}${MAPPING_SUFFIX} next to this register; see data/README.md, "Registers"`,
      });
      continue;
    }
    const read = readRegisterMapping(mappingFile, readFileSync(mappingFile));
    problems.push(...read.problems);
    if (!read.mapping) continue;
    const table = readRegisterTable(file, readFileSync(file), read.mapping.header_row);
    problems.push(...table.problems);
    files.push({ file, encoding: table.encoding, rows: table.rows.length });
    if (table.problems.length > 0) continue;
    const counted = countRegister(name, file, table, read.mapping, references);
    problems.push(...counted.problems);
    facts.push(...counted.facts);
  }
  return { facts, problems, files };
}
