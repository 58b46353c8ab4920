/**
 * Turns the validated input tables into the normalised model: districts
 * resolved to codes, labels to keys, printed numbers to canonical values.
 * Every reference is checked; every problem is reported with its place.
 */
import { InputError, type InputProblem } from "../validate/inputError.ts";
import { districtResolver } from "./districtResolver.ts";
import { NumberFormatError, parsePrintedValue } from "./koreanNumber.ts";
import { unitInfo, UNIT_NAMES, type UnitInfo } from "./units.ts";
import type { RawInput } from "../read/readInput.ts";
import { CITY_CODE } from "../../contract/districts.ts";
import {
  type District,
  type Fact,
  type Label,
  type Model,
  type Participation,
} from "../../contract/model.ts";

/** Multiplies a printed value by its unit's factor; money must come to whole won. */
function canonicalValue(value: number, unit: UnitInfo): number | string {
  const scaled = value * unit.factor;
  if (unit.kind !== "money") return scaled;
  const rounded = Math.round(scaled);
  if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1, Math.abs(scaled))) {
    return `comes to ${scaled} won, not a whole number of won`;
  }
  return rounded;
}

export function buildModel(input: RawInput, options: { inputComplete?: boolean } = {}): Model {
  // When some rows failed to parse, labels only they use would look unused.
  const inputComplete = options.inputComplete ?? true;
  const problems: InputProblem[] = [];
  const at = (loc: { file: string; line: number }, column: string, message: string) =>
    problems.push({ file: loc.file, line: loc.line, column, message });

  const districts: District[] = input.districts.map(({ record }) => ({
    ...record,
    is_city: record.code === CITY_CODE,
  }));
  const uniqueBy = <T>(
    rows: { file: string; line: number; record: T }[],
    key: (r: T) => string,
    column: string,
    what: string,
  ) => {
    const seen = new Map<string, number>();
    for (const row of rows) {
      const k = key(row.record);
      const first = seen.get(k);
      if (first !== undefined) at(row, column, `${what} "${k}" repeats line ${first}`);
      else seen.set(k, row.line);
    }
  };
  uniqueBy(input.districts, (d) => d.code, "code", "district code");
  uniqueBy(input.districts, (d) => d.slug, "slug", "district slug");
  uniqueBy(
    input.districts.filter((d) => d.record.tile_row !== null),
    (d) => `${d.tile_row},${d.tile_col}`,
    "tile_row",
    "tile position",
  );
  for (const d of input.districts) {
    const { tile_row, tile_col, code } = d.record;
    if ((tile_row === null) !== (tile_col === null))
      at(d, "tile_col", "expected both tile_row and tile_col, or neither");
    if (code !== CITY_CODE && tile_row === null)
      at(d, "tile_row", "every district needs a tile position on the map");
  }
  const resolver = districtResolver(districts);
  for (const c of resolver.conflicts)
    problems.push({
      file: input.districts[0]?.file ?? "districts.csv",
      line: 0,
      column: "aliases",
      message: c,
    });

  uniqueBy(input.sources, (s) => s.id, "id", "source id");
  uniqueBy(input.measures, (m) => m.id, "id", "measure id");
  for (const s of input.sources) {
    if (s.record.url === "" && s.record.url_note === "")
      at(s, "url_note", "expected why there is no address (in English), since url is empty");
  }
  const sources = new Map(input.sources.map((s) => [s.record.id, s.record]));
  const measures = new Map(input.measures.map((m) => [m.record.id, m.record]));

  // One printed label means one thing everywhere; the same row in two files is fine.
  const labels = new Map<string, Label>();
  const labelUses = new Map<string, number>();
  for (const row of input.labels) {
    const seen = labels.get(row.record.label);
    if (seen && seen.key !== row.record.key) {
      at(
        row,
        "key",
        `label "${row.record.label}" is mapped to "${seen.key}" elsewhere; one label, one key`,
      );
    } else if (!seen) {
      labels.set(row.record.label, row.record);
      labelUses.set(row.record.label, 0);
    }
  }
  const label = (text: string) => {
    const found = labels.get(text);
    if (found) labelUses.set(text, (labelUses.get(text) ?? 0) + 1);
    return found;
  };

  const resolveDistrict = (loc: { file: string; line: number }, name: string) => {
    const d = resolver.resolve(name);
    if (!d) {
      at(
        loc,
        "district",
        `unknown district "${name}"; expected a district of Seoul in a known form (성북구, 성북, Seongbuk-gu, seongbuk, 11290) — add new spellings to the aliases in districts.csv`,
      );
    }
    return d;
  };

  const facts: Fact[] = [];
  const factLine = new Map<string, { file: string; line: number }>();
  for (const row of input.facts) {
    const f = row.record;
    const first = factLine.get(f.id);
    if (first)
      at(row, "id", `fact id "${f.id}" is already used at ${first.file} line ${first.line}`);
    else factLine.set(f.id, row);

    const district = resolveDistrict(row, f.district);
    const measure = measures.get(f.measure);
    if (!measure)
      at(row, "measure", `unknown measure "${f.measure}"; expected an id from measures.csv`);
    const source = sources.get(f.source_id);
    if (!source)
      at(row, "source_id", `unknown source "${f.source_id}"; expected an id from sources.csv`);
    const category = label(f.category);
    if (!category) at(row, "category", `no label for "${f.category}"; add it to a file in labels/`);
    const funder = f.funder === "" ? undefined : label(f.funder);
    if (f.funder !== "" && !funder)
      at(row, "funder", `no label for "${f.funder}"; add it to a file in labels/`);

    const unit = unitInfo(f.unit_printed);
    if (!unit)
      at(
        row,
        "unit_printed",
        `unknown unit "${f.unit_printed}"; expected one of ${UNIT_NAMES.join(" ")}`,
      );
    else if (measure && unit.kind !== measure.kind) {
      at(
        row,
        "unit_printed",
        `unit "${f.unit_printed}" is ${unit.kind}, but measure "${measure.id}" is ${measure.kind}`,
      );
    }

    let value: number | null = null;
    let decimals = 0;
    let qualifier = f.qualifier;
    try {
      const parsed = parsePrintedValue(f.value_printed, f.unit_printed);
      if (parsed.kind === "number") {
        decimals = parsed.decimals;
        // The print's own word (약, 여, 이상 …) decides; the column may only say the same or
        // supply one the cell cannot show ("about" said in the sentence around it).
        if (parsed.qualifier !== "" && f.qualifier !== "" && parsed.qualifier !== f.qualifier) {
          at(
            row,
            "qualifier",
            `"${f.value_printed}" is printed as ${parsed.qualifier}, but the column says ${f.qualifier}`,
          );
        }
        if (parsed.qualifier !== "") qualifier = parsed.qualifier;
        if (parsed.words && f.unit_printed !== "원") {
          at(
            row,
            "unit_printed",
            `"${f.value_printed}" is written in Korean number words, so its unit is 원, not "${f.unit_printed}"`,
          );
        } else if (unit) {
          const v = canonicalValue(parsed.value, unit);
          if (typeof v === "string")
            at(row, "value_printed", `"${f.value_printed}" ${f.unit_printed} ${v}`);
          else value = v;
        }
      }
    } catch (e) {
      if (!(e instanceof NumberFormatError)) throw e;
      at(row, "value_printed", e.message);
    }
    if (!district || !measure || !source || !category || !unit) continue;
    facts.push({
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
      category_en: category.name_en,
      funder: f.funder,
      funder_key: funder?.key ?? "",
      funder_en: funder?.name_en ?? "",
      status: f.status,
      value,
      unit: unit.canonical,
      value_printed: f.value_printed,
      unit_printed: f.unit_printed,
      qualifier,
      decimals,
      is_total: f.is_total,
      part_of: f.part_of,
      computed_as: f.computed_as
        ? `${f.computed_as.op}(${f.computed_as.a},${f.computed_as.b})`
        : "",
      source_id: source.id,
      source_kind: source.kind,
      page: f.page,
      section: f.section,
      caption: f.caption,
      note: f.note,
      input_file: row.file,
      input_line: row.line,
    });
  }

  // References between facts: totals, rates, changes.
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const row of input.facts) {
    const f = row.record;
    for (const parent of f.part_of) {
      const total = byId.get(parent);
      if (!total && !factLine.has(parent)) at(row, "part_of", `no fact with id "${parent}"`);
      else if (total && !total.is_total)
        at(row, "part_of", `"${parent}" is not marked is_total=true`);
      else if (parent === f.id) at(row, "part_of", "a fact cannot be part of itself");
    }
    if (f.computed_as) {
      for (const ref of [f.computed_as.a, f.computed_as.b]) {
        if (!factLine.has(ref)) at(row, "computed_as", `no fact with id "${ref}"`);
      }
    }
  }

  // The same printed number transcribed twice is a mistake (a table printed twice is two pages).
  const seenFact = new Map<string, string>();
  for (const f of facts) {
    const key = [
      f.district_code,
      f.period,
      f.measure,
      f.category,
      f.funder,
      f.status,
      f.source_id,
      f.page,
      f.section,
      f.caption,
    ].join("\u0000");
    const first = seenFact.get(key);
    if (first) {
      problems.push({
        file: f.input_file,
        line: f.input_line,
        column: "",
        message: `duplicate of fact "${first}" (same district, period, measure, category, funder, status, source, page, section and caption)`,
      });
    } else seenFact.set(key, f.id);
  }

  const participation: Participation[] = [];
  for (const row of input.participation) {
    const p = row.record;
    const district = resolveDistrict(row, p.district);
    if (!sources.has(p.source_id))
      at(row, "source_id", `unknown source "${p.source_id}"; expected an id from sources.csv`);
    if (!district) continue;
    participation.push({
      programme: p.programme,
      round: p.round,
      stage: p.stage,
      district_code: district.code,
      district_slug: district.slug,
      district_ko: district.name_ko,
      district_en: district.name_en,
      period: p.period.text,
      project_ko: p.project_ko,
      project_en: p.project_en,
      source_id: p.source_id,
      page: p.page,
      note: p.note,
    });
  }

  // An unused label is a mapping nobody needs: as likely a typo as a leftover.
  if (problems.length === 0 && inputComplete) {
    for (const row of input.labels) {
      if (labelUses.get(row.record.label) === 0) {
        at(
          row,
          "label",
          `label "${row.record.label}" is not used by any fact; remove it or fix the fact that should use it`,
        );
        labelUses.set(row.record.label, -1);
      }
    }
  }

  if (problems.length > 0) throw new InputError(problems);
  return {
    districts,
    sources: [...sources.values()],
    measures: [...measures.values()],
    labels: [...labels.values()],
    facts,
    participation,
  };
}
