/**
 * The normalise stage: the validated input tables become the model —
 * districts resolved to codes, labels to keys, printed numbers to canonical
 * values. Every reference is checked; every problem is reported with its place.
 */
import { InputError } from "../validate/inputError.ts";
import type { RawInput } from "../read/rawInput.ts";
import type { Fact, Model, Participation } from "../../contract/model.ts";
import { checkFactReferences } from "./factReferences.ts";
import { labelIndex } from "./labelIndex.ts";
import { normaliseDistricts } from "./normaliseDistricts.ts";
import { normaliseFact } from "./normaliseFact.ts";
import { Problems, type Place } from "./problems.ts";

export function buildModel(input: RawInput, options: { inputComplete?: boolean } = {}): Model {
  const inputComplete = options.inputComplete ?? true;
  const problems = new Problems();
  const { districts, resolveDistrict } = normaliseDistricts(input, problems);

  problems.uniqueBy(input.sources, (s) => s.id, "id", "source id");
  problems.uniqueBy(input.measures, (m) => m.id, "id", "measure id");
  for (const s of input.sources) {
    if (s.record.url === "" && s.record.url_note === "")
      problems.at(
        s,
        "url_note",
        "expected why there is no address (in English), since url is empty",
      );
  }
  const sources = new Map(input.sources.map((s) => [s.record.id, s.record]));
  const measures = new Map(input.measures.map((m) => [m.record.id, m.record]));
  const labels = labelIndex(input, problems);

  const facts: Fact[] = [];
  const factPlace = new Map<string, Place>();
  const cx = { resolveDistrict, measures, sources, useLabel: labels.use, problems };
  for (const row of input.facts) {
    const first = factPlace.get(row.record.id);
    if (first)
      problems.at(
        row,
        "id",
        `fact id "${row.record.id}" is already used at ${first.file} line ${first.line}`,
      );
    else factPlace.set(row.record.id, row);
    const fact = normaliseFact(row, cx);
    if (fact) facts.push(fact);
  }
  checkFactReferences(input, facts, factPlace, problems);

  const participation: Participation[] = [];
  for (const row of input.participation) {
    const p = row.record;
    const district = resolveDistrict(row, p.district);
    if (!sources.has(p.source_id))
      problems.at(
        row,
        "source_id",
        `unknown source "${p.source_id}"; expected an id from sources.csv`,
      );
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

  // When some rows failed to parse, labels only they use would look unused.
  if (problems.list.length === 0 && inputComplete) labels.reportUnused();

  if (problems.list.length > 0) throw new InputError(problems.list);
  return {
    districts,
    sources: [...sources.values()],
    measures: [...measures.values()],
    labels: [...labels.labels.values()],
    facts,
    participation,
  };
}
