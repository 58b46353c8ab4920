/**
 * The mapping file next to a register (`<name>.mapping.csv`, columns
 * `field,value`): which register column means what, which source the
 * register is, its reference date, and printed type text → category label.
 * Contract in data/README.md, "Registers: one enterprise a row".
 */
import { readTable } from "../readTable.ts";
import * as cell from "../../validate/cells.ts";
import type { InputProblem } from "../../validate/inputError.ts";
import { parseRegisterDate, DATE_FORMATS } from "./registerDate.ts";

/** A value of the mapping and the line it is on, so later problems can point at it. */
export interface MappedValue {
  value: string;
  line: number;
}

export interface RegisterMapping {
  file: string;
  source_id: MappedValue;
  header_row: number;
  header_row_line: number;
  type_column: MappedValue;
  district_column?: MappedValue;
  address_column?: MappedValue;
  date_column?: MappedValue;
  /** ISO date the register's counts are as of. */
  reference_date: string;
  /** The label of the per-district total (a label whose key is usually `all`). */
  total_label: MappedValue;
  /** Printed type text (trimmed) → category label. */
  types: Map<string, MappedValue>;
}

export const MAPPING_COLUMNS = { field: cell.requiredText, value: cell.optionalText };
const FIELDS = [
  "source_id",
  "header_row",
  "type_column",
  "district_column",
  "address_column",
  "date_column",
  "reference_date",
  "total_label",
] as const;
export const TYPE_PREFIX = "type:";

/** Reads and checks one mapping file on its own (references are checked by the caller). */
export function readRegisterMapping(
  file: string,
  bytes: Uint8Array,
): { mapping?: RegisterMapping; problems: InputProblem[] } {
  const table = readTable(file, bytes, MAPPING_COLUMNS);
  const problems = [...table.problems];
  if (problems.length > 0) return { problems };
  const at = (line: number, column: string, message: string) =>
    problems.push({ file, line, column, message });

  const fields = new Map<string, MappedValue>();
  const types = new Map<string, MappedValue>();
  for (const { line, record } of table.rows) {
    const { field, value } = record;
    if (field.startsWith(TYPE_PREFIX)) {
      const printed = field.slice(TYPE_PREFIX.length).trim();
      if (printed === "") at(line, "field", `expected "type:<type as printed>", found "${field}"`);
      else if (types.has(printed))
        at(
          line,
          "field",
          `type "${printed}" is mapped already on line ${types.get(printed)!.line}`,
        );
      else if (value === "") at(line, "value", `expected the category label for type "${printed}"`);
      else types.set(printed, { value, line });
    } else if (!(FIELDS as readonly string[]).includes(field)) {
      at(
        line,
        "field",
        `unknown field "${field}"; expected one of ${FIELDS.join(", ")} or "type:<type as printed>"`,
      );
    } else if (fields.has(field)) {
      at(line, "field", `field "${field}" is given already on line ${fields.get(field)!.line}`);
    } else if (value !== "") fields.set(field, { value, line });
  }

  const required = (name: (typeof FIELDS)[number]) => {
    const v = fields.get(name);
    if (!v) at(0, "", `the mapping needs a row "${name},<value>"`);
    return v;
  };
  const source_id = required("source_id");
  const type_column = required("type_column");
  const headerRow = required("header_row");
  const reference = required("reference_date");
  const total_label = fields.get("total_label") ?? { value: "계", line: 0 };
  const district_column = fields.get("district_column");
  const address_column = fields.get("address_column");
  if (!district_column && !address_column)
    at(0, "", 'the mapping needs a row "district_column,<column>" or "address_column,<column>"');
  if (types.size === 0)
    at(0, "", 'the mapping maps no types; add rows "type:<type as printed>,<category label>"');

  let header_row = 0;
  if (headerRow) {
    header_row = /^[1-9]\d*$/.test(headerRow.value) ? Number(headerRow.value) : 0;
    if (header_row === 0)
      at(
        headerRow.line,
        "value",
        `expected the header's line number (1, 2, …), found "${headerRow.value}"`,
      );
  }
  let reference_date = "";
  if (reference) {
    reference_date = parseRegisterDate(reference.value) ?? "";
    if (!reference_date)
      at(
        reference.line,
        "value",
        `expected a reference date such as ${DATE_FORMATS}, found "${reference.value}"`,
      );
  }
  if (problems.length > 0 || !source_id || !type_column || !headerRow) return { problems };
  return {
    mapping: {
      file,
      source_id,
      header_row,
      header_row_line: headerRow.line,
      type_column,
      district_column,
      address_column,
      date_column: fields.get("date_column"),
      reference_date,
      total_label,
      types,
    },
    problems,
  };
}
