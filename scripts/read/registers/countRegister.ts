/**
 * One register's rows → facts: the count of enterprises per district and
 * type as of the register's reference date, plus one counted total per
 * district that its parts reconcile against. Every row is counted or is a
 * problem with its file, line and column.
 */
import { basename } from "node:path";
import * as cell from "../../validate/cells.ts";
import type { DistrictResolver } from "../../normalise/districtResolver.ts";
import type { InputProblem } from "../../validate/inputError.ts";
import type { DistrictRow, FactRow } from "../../validate/inputSchemas.ts";
import type { Located } from "../rawInput.ts";
import type { RegisterMapping, MappedValue } from "./registerMapping.ts";
import type { RegisterTable } from "./registerTable.ts";
import { parseRegisterDate, DATE_FORMATS } from "./registerDate.ts";
import { districtOfCell } from "./registerDistrict.ts";

export interface RegisterReferences {
  resolver: DistrictResolver;
  sourceIds: ReadonlySet<string>;
  /** Category label → key, from labels/. */
  labelKeys: ReadonlyMap<string, string>;
}

/** "4, 5, 6, 9" → "4–6, 9". */
export function lineRanges(lines: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    parts.push(j === i ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

const linesText = (lines: number[]) =>
  `${lines.length === 1 ? "line" : "lines"} ${lineRanges(lines)}`;

export function countRegister(
  name: string,
  file: string,
  table: RegisterTable,
  mapping: RegisterMapping,
  refs: RegisterReferences,
): { facts: Located<FactRow>[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const inMapping = (v: MappedValue | undefined, message: string) =>
    problems.push({ file: mapping.file, line: v?.line ?? 0, column: v ? "value" : "", message });

  if (!refs.sourceIds.has(mapping.source_id.value))
    inMapping(
      mapping.source_id,
      `unknown source "${mapping.source_id.value}"; expected an id from sources.csv`,
    );
  const keyOf = (v: MappedValue) => {
    const key = refs.labelKeys.get(v.value);
    if (key === undefined) inMapping(v, `no label for "${v.value}"; add it to a file in labels/`);
    return key;
  };
  const totalKey = keyOf(mapping.total_label);
  for (const v of mapping.types.values()) keyOf(v);

  if (!table.header) {
    inMapping(
      { value: "", line: mapping.header_row_line },
      `header_row ${mapping.header_row}: ${file} has no row on line ${mapping.header_row}`,
    );
    return { facts: [], problems };
  }
  const header = table.header;
  const mapped = [
    mapping.type_column,
    mapping.district_column,
    mapping.address_column,
    mapping.date_column,
  ].filter((v) => v !== undefined);
  if (mapped.every((v) => !header.cells.includes(v.value))) {
    inMapping(
      { value: "", line: mapping.header_row_line },
      `header_row ${mapping.header_row}: line ${header.line} of ${file} holds none of the mapped columns (${mapped.map((v) => `"${v.value}"`).join(", ")}) but ${header.cells
        .filter(Boolean)
        .map((c) => `"${c}"`)
        .join(", ")}; which line is the header?`,
    );
    return { facts: [], problems };
  }
  const columnIndex = (v: MappedValue | undefined) => {
    if (!v) return -1;
    const i = header.cells.indexOf(v.value);
    if (i < 0)
      inMapping(
        v,
        `no column "${v.value}" in the header of ${file} (line ${header.line}, per header_row ${mapping.header_row}): ${header.cells.map((c) => `"${c}"`).join(", ")}`,
      );
    else if (header.cells.indexOf(v.value, i + 1) >= 0)
      inMapping(
        v,
        `column "${v.value}" appears twice in the header of ${file} (line ${header.line})`,
      );
    return i;
  };
  const typeAt = columnIndex(mapping.type_column);
  const districtAt = columnIndex(mapping.district_column);
  const addressAt = columnIndex(mapping.address_column);
  const dateAt = columnIndex(mapping.date_column);
  if (problems.length > 0) return { facts: [], problems };

  const at = (line: number, columnAt: number, message: string) =>
    problems.push({ file, line, column: header.cells[columnAt]!, message });
  const known = [...mapping.types.keys()].map((t) => `"${t}"`).join(", ");

  // district code → category label → lines
  const groups = new Map<
    string,
    { district: DistrictRow; byType: Map<string, { lines: number[]; printed: Set<string> }> }
  >();
  for (const { line, cells } of table.rows) {
    const printedType = cells[typeAt]!.trim();
    const type = mapping.types.get(printedType);
    if (!type)
      at(
        line,
        typeAt,
        `unknown type "${printedType}"; the mapping ${basename(mapping.file)} maps ${known} — add a row "type:${printedType},<category label>"`,
      );

    const districtCell = districtAt >= 0 ? cells[districtAt]!.trim() : "";
    const useAt = districtCell === "" && addressAt >= 0 ? addressAt : districtAt;
    const place = cells[useAt]!.trim();
    const district = place === "" ? undefined : districtOfCell(refs.resolver, place);
    if (!district)
      at(
        line,
        useAt,
        place === ""
          ? "expected a district or an address; the cell is empty"
          : `unknown district "${place}"; expected a district of Seoul in a known form (성북구, 성북, Seongbuk-gu, 11290) or an address with one ("서울특별시 성북구 종암로 25") — add new spellings to the aliases in districts.csv`,
      );

    let dateOk = true;
    if (dateAt >= 0) {
      const printed = cells[dateAt]!.trim();
      const date = parseRegisterDate(printed);
      dateOk = false;
      if (!date) at(line, dateAt, `expected a date such as ${DATE_FORMATS}, found "${printed}"`);
      else if (date > mapping.reference_date)
        at(
          line,
          dateAt,
          `date ${printed} is after the register's reference date ${mapping.reference_date}, so it cannot be in the register's count as of that date`,
        );
      else dateOk = true;
    }
    if (!type || !district || !dateOk) continue;
    const group = groups.get(district.code) ?? { district, byType: new Map() };
    groups.set(district.code, group);
    const counted = group.byType.get(type.value) ?? { lines: [], printed: new Set<string>() };
    counted.lines.push(line);
    counted.printed.add(printedType);
    group.byType.set(type.value, counted);
  }
  if (problems.length > 0 || totalKey === undefined) return { facts: [], problems };

  const period = cell.period.parse(mapping.reference_date);
  const firstLine = table.rows[0]?.line ?? header.line + 1;
  const lastLine = table.rows.at(-1)?.line ?? firstLine;
  const fileName = basename(file);
  const base = {
    period,
    measure: "enterprises",
    funder: "",
    status: "actual" as const,
    unit_printed: "개",
    // Counted, not printed: exact by construction.
    qualifier: "" as const,
    computed_as: null,
    implied_as: null,
    implied_reason: "",
    source_id: mapping.source_id.value,
    // A register has no printed pages: where the counted rows are goes in section.
    page: "",
    section: `register ${fileName} (lines ${firstLine}–${lastLine})`,
    caption: table.titles.join(" / "),
  };
  const typeColumn = mapping.type_column.value;

  const facts: Located<FactRow>[] = [];
  const byCode = [...groups.values()].sort((a, b) => (a.district.code < b.district.code ? -1 : 1));
  for (const { district, byType } of byCode) {
    const totalId = `${name}-${district.slug}-${totalKey}`;
    const allLines = [...byType.values()].flatMap((c) => c.lines).sort((a, b) => a - b);
    facts.push({
      file,
      line: allLines[0]!,
      record: {
        ...base,
        id: totalId,
        district: district.code,
        category: mapping.total_label.value,
        value_printed: String(allLines.length),
        is_total: true,
        part_of: [],
        note: `Counted from register rows: the ${allLines.length} enterprise(s) of ${fileName} in ${district.name_ko} (${linesText(allLines)}) as of ${mapping.reference_date}. The register prints no total; this one is counted, so its parts add up to it by construction.`,
      },
    });
    const types = [...byType].sort(([a], [b]) => {
      const ka = refs.labelKeys.get(a)!;
      const kb = refs.labelKeys.get(b)!;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    for (const [label, { lines, printed }] of types) {
      facts.push({
        file,
        line: lines[0]!,
        record: {
          ...base,
          id: `${name}-${district.slug}-${refs.labelKeys.get(label)!}`,
          district: district.code,
          category: label,
          value_printed: String(lines.length),
          is_total: false,
          part_of: [totalId],
          note: `Counted from register rows: ${lines.length} row(s) of ${fileName} in ${district.name_ko} whose ${typeColumn} is ${[...printed].map((t) => `"${t}"`).join(" or ")} (${linesText(lines)}), as of ${mapping.reference_date}.`,
        },
      });
    }
  }
  return { facts, problems };
}
