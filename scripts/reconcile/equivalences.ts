/**
 * data/equivalences.csv: category keys that name the same thing in two
 * sources ("사회적경제제품 의무구매 공시제" in a district plan and "사회적경제기업
 * 제품 공공구매" in the press), so the cross-source check compares them. Each
 * row is checked against the model: a measure and two category keys that
 * exist, not the same key, not declared twice — and used by at least one pair
 * of facts, because an unused mapping is as likely a typo as a leftover.
 */
import type { Model } from "../../contract/model.ts";
import type { Located } from "../read/rawInput.ts";
import type { EquivalenceRow } from "../validate/inputSchemas.ts";
import type { InputProblem } from "../validate/inputError.ts";

export type EquivalenceInput = Located<EquivalenceRow>;

export interface Equivalences {
  /** The valid rows that make two category keys of a measure comparable. */
  rowsFor(measure: string): readonly EquivalenceInput[];
  /** Problems with the rows themselves (unknown measure or key, self, repeat). */
  problems: InputProblem[];
}

const pairKey = (measure: string, a: string, b: string) =>
  [measure, ...[a, b].sort()].join("\u0000");

export function resolveEquivalences(
  rows: readonly EquivalenceInput[],
  model: Pick<Model, "measures" | "labels">,
): Equivalences {
  const problems: InputProblem[] = [];
  const at = (r: EquivalenceInput, column: string, message: string) =>
    problems.push({ file: r.file, line: r.line, column, message });
  const measures = new Set(model.measures.map((m) => m.id));
  const keys = new Set(model.labels.map((l) => l.key));
  const byPair = new Map<string, EquivalenceInput>();
  for (const r of rows) {
    const { measure, category, same_as } = r.record;
    let ok = true;
    if (!measures.has(measure)) {
      at(r, "measure", `unknown measure "${measure}"; expected an id from measures.csv`);
      ok = false;
    }
    for (const [column, key] of [
      ["category", category],
      ["same_as", same_as],
    ] as const) {
      if (!keys.has(key)) {
        at(r, column, `unknown category key "${key}"; expected a key from a file in labels/`);
        ok = false;
      }
    }
    if (category === same_as) {
      at(r, "same_as", `"${category}" is declared equivalent to itself; a key always is`);
      ok = false;
    }
    const k = pairKey(measure, category, same_as);
    const first = byPair.get(k);
    if (first) {
      at(r, "category", `the same equivalence is declared at line ${first.line}`);
      ok = false;
    }
    if (ok) byPair.set(k, r);
  }
  const byMeasure = new Map<string, EquivalenceInput[]>();
  for (const r of byPair.values())
    byMeasure.set(r.record.measure, [...(byMeasure.get(r.record.measure) ?? []), r]);
  return { rowsFor: (m) => byMeasure.get(m) ?? [], problems };
}

export function unusedEquivalences(
  rows: readonly EquivalenceInput[],
  used: ReadonlySet<EquivalenceInput>,
): InputProblem[] {
  return rows
    .filter((r) => !used.has(r))
    .map((r) => ({
      file: r.file,
      line: r.line,
      column: "category",
      message: `no two facts from different sources use the equivalence of "${r.record.category}" and "${r.record.same_as}" for ${r.record.measure}; remove it or fix the facts that should use it`,
    }));
}
