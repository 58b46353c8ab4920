/** The references between facts (totals, rates, changes) point at real facts, and no number is transcribed twice. */
import type { Fact } from "../../contract/model.ts";
import type { RawInput } from "../read/rawInput.ts";
import type { Place, Problems } from "./problems.ts";

export function checkFactReferences(
  input: RawInput,
  facts: readonly Fact[],
  factPlace: ReadonlyMap<string, Place>,
  problems: Problems,
): void {
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const row of input.facts) {
    const f = row.record;
    for (const parent of f.part_of) {
      const total = byId.get(parent);
      if (!total && !factPlace.has(parent))
        problems.at(row, "part_of", `no fact with id "${parent}"`);
      else if (total && !total.is_total)
        problems.at(row, "part_of", `"${parent}" is not marked is_total=true`);
      else if (parent === f.id) problems.at(row, "part_of", "a fact cannot be part of itself");
    }
    if (f.computed_as) {
      for (const ref of [f.computed_as.a, f.computed_as.b]) {
        if (!factPlace.has(ref)) problems.at(row, "computed_as", `no fact with id "${ref}"`);
      }
    }
  }

  // The same printed number transcribed twice is a mistake (a table printed twice is two pages).
  const seen = new Map<string, string>();
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
    const first = seen.get(key);
    if (first) {
      problems.at(
        { file: f.input_file, line: f.input_line },
        "",
        `duplicate of fact "${first}" (same district, period, measure, category, funder, status, source, page, section and caption)`,
      );
    } else seen.set(key, f.id);
  }
}
