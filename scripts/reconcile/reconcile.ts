/**
 * Every check of the printed figures, in one place:
 * - sumOfParts: each printed total against each way its declared parts add up;
 * - lineTotals: a two-way table's grand total against its other axis's totals;
 * - rateAndChange: printed rates and changes against their recomputation;
 * - crossSource: two sources' figures for the same thing against each other;
 * then extractionGap turns a pair of shortfalls that one lost cell explains
 * into what they are. A mismatch is a finding about the documents, never a
 * reason to stop; a bad equivalence mapping is an input error.
 */
import type { Fact, Model, Source } from "../../contract/model.ts";
import { CHECK_KINDS, type Check } from "../../contract/check.ts";
import { InputError } from "../validate/inputError.ts";
import { halfSteps } from "./precision.ts";
import { sumChecks } from "./sumOfParts.ts";
import { lineTotalChecks } from "./lineTotals.ts";
import { computedChecks } from "./rateAndChange.ts";
import { crossSourceChecks } from "./crossSource.ts";
import { markExtractionGaps } from "./extractionGap.ts";
import {
  resolveEquivalences,
  unusedEquivalences,
  type EquivalenceInput,
  type Equivalences,
} from "./equivalences.ts";

export type { Check };
export { stable } from "./checkBase.ts";

export interface ReconcileOptions {
  sources?: readonly Source[];
  equivalences?: Pick<Equivalences, "rowsFor">;
  /** Collects the equivalence rows some pair of facts used. */
  used?: Set<EquivalenceInput>;
}

/** The checks of a list of facts: within-table checks in fact order, then cross-source ones. */
export function reconcile(facts: readonly Fact[], options: ReconcileOptions = {}): Check[] {
  const partsOf = new Map<string, Fact[]>();
  for (const f of facts) {
    for (const parent of f.part_of) {
      const list = partsOf.get(parent) ?? [];
      list.push(f);
      partsOf.set(parent, list);
    }
  }
  const half = halfSteps(facts);
  const position = new Map(facts.map((f, i) => [f.id, i]));
  const kindOrder = (c: Check) => CHECK_KINDS.indexOf(c.kind);
  const withinTable = [
    ...sumChecks(facts, partsOf, { half }),
    ...lineTotalChecks(facts, partsOf, { half }),
    ...computedChecks(facts, half),
  ].sort(
    (a, b) =>
      position.get(a.fact_id)! - position.get(b.fact_id)! ||
      kindOrder(a) - kindOrder(b) ||
      (a.check_id < b.check_id ? -1 : a.check_id > b.check_id ? 1 : 0),
  );
  const sources = new Map((options.sources ?? []).map((s) => [s.id, s]));
  const across = crossSourceChecks(
    facts,
    half,
    sources,
    options.equivalences ?? { rowsFor: () => [] },
    options.used ?? new Set(),
  );
  return markExtractionGaps([...withinTable, ...across], facts);
}

/** The pipeline's stage: the model's checks, with the equivalence mapping validated against it. */
export function reconcileModel(
  model: Model,
  equivalenceRows: readonly EquivalenceInput[],
): Check[] {
  const equivalences = resolveEquivalences(equivalenceRows, model);
  const used = new Set<EquivalenceInput>();
  const checks = reconcile(model.facts, { sources: model.sources, equivalences, used });
  const problems = [
    ...equivalences.problems,
    ...(equivalences.problems.length === 0 ? unusedEquivalences(equivalenceRows, used) : []),
  ];
  if (problems.length > 0) throw new InputError(problems);
  return checks;
}
