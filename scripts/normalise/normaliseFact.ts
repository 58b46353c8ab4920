/** One transcribed fact row → a Fact: district, measure, source and labels resolved, value made canonical. */
import type { Fact, Label } from "../../contract/model.ts";
import type { DistrictRow, FactRow, MeasureRow, SourceRow } from "../validate/inputSchemas.ts";
import { impliedValue } from "./impliedValue.ts";
import { normaliseValue } from "./printedValue.ts";
import type { Place, Problems } from "./problems.ts";
import { unitInfo, UNIT_NAMES } from "./units.ts";

export interface FactContext {
  resolveDistrict: (place: Place, name: string) => DistrictRow | undefined;
  measures: ReadonlyMap<string, MeasureRow>;
  sources: ReadonlyMap<string, SourceRow>;
  useLabel: (text: string) => Label | undefined;
  problems: Problems;
}

/** The Fact, or undefined when a reference failed (the problem is recorded). */
export function normaliseFact(row: Place & { record: FactRow }, cx: FactContext): Fact | undefined {
  const { problems } = cx;
  const f = row.record;
  const district = cx.resolveDistrict(row, f.district);
  const measure = cx.measures.get(f.measure);
  if (!measure)
    problems.at(row, "measure", `unknown measure "${f.measure}"; expected an id from measures.csv`);
  const source = cx.sources.get(f.source_id);
  if (!source)
    problems.at(
      row,
      "source_id",
      `unknown source "${f.source_id}"; expected an id from sources.csv`,
    );
  const category = cx.useLabel(f.category);
  if (!category)
    problems.at(row, "category", `no label for "${f.category}"; add it to a file in labels/`);
  const funder = f.funder === "" ? undefined : cx.useLabel(f.funder);
  if (f.funder !== "" && !funder)
    problems.at(row, "funder", `no label for "${f.funder}"; add it to a file in labels/`);

  const unit = unitInfo(f.unit_printed);
  if (!unit)
    problems.at(
      row,
      "unit_printed",
      `unknown unit "${f.unit_printed}"; expected one of ${UNIT_NAMES.join(" ")}`,
    );
  else if (measure && unit.kind !== measure.kind) {
    problems.at(
      row,
      "unit_printed",
      `unit "${f.unit_printed}" is ${unit.kind}, but measure "${measure.id}" is ${measure.kind}`,
    );
  }
  const { value, decimals, qualifier } = normaliseValue(row, unit, problems);
  const value_implied = impliedValue(row, value, unit, problems);
  if (!district || !measure || !source || !category || !unit) return undefined;
  return {
    id: f.id,
    district_code: district.code,
    district_slug: district.slug,
    district_ko: district.name_ko,
    district_en: district.name_en,
    period: f.period.text,
    period_start: f.period.start,
    period_end: f.period.end,
    measure: measure.id,
    measure_en: measure.name_en,
    measure_kind: measure.kind,
    category: f.category,
    category_key: category.key,
    category_ko: category.name_ko,
    category_en: category.name_en,
    funder: f.funder,
    funder_key: funder?.key ?? "",
    funder_ko: funder?.name_ko ?? "",
    funder_en: funder?.name_en ?? "",
    status: f.status,
    value,
    unit: unit.canonical,
    value_printed: f.value_printed,
    unit_printed: f.unit_printed,
    qualifier,
    value_implied,
    implied_as: f.implied_as ? `${f.implied_as.op}(${f.implied_as.n})` : "",
    implied_reason: f.implied_reason,
    decimals,
    is_total: f.is_total,
    part_of: f.part_of,
    computed_as: f.computed_as ? `${f.computed_as.op}(${f.computed_as.a},${f.computed_as.b})` : "",
    source_id: source.id,
    source_kind: source.kind,
    page: f.page,
    section: f.section,
    caption: f.caption,
    note: f.note,
    input_file: row.file,
    input_line: row.line,
  };
}
