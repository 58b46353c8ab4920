/**
 * Property: a check's verdict (and its figures) never depend on the order of
 * the input rows — on the real data, and on every reconcile fixture.
 */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { reconcile } from "../../../scripts/reconcile/reconcile.ts";
import { resolveEquivalences } from "../../../scripts/reconcile/equivalences.ts";
import { readInputTables } from "../../../scripts/read/readInput.ts";
import type { Check } from "../../../contract/check.ts";
import { REAL_DATA, REPO } from "../support/pipeline.ts";

const summary = (checks: Check[]) =>
  Object.fromEntries(
    checks.map((c) => [
      c.check_id,
      [
        c.verdict,
        c.printed,
        c.computed,
        c.difference,
        c.inputs.split(" ").sort().join(" "),
        c.evidence,
      ],
    ]),
  );

const folders = [
  REAL_DATA,
  ...["sources-agree", "sources-disagree", "lost-cell", "approximate", "row-column"].map((n) =>
    join(REPO, "test/fixtures/reconcile", n),
  ),
];

describe("reconcile: the input order does not change any verdict", () => {
  for (const folder of folders) {
    test(
      folder.slice(REPO.length + 1),
      () => {
        const { model } = runPipeline(folder);
        const equivalences = resolveEquivalences(readInputTables(folder).equivalences, model);
        const run = (facts: typeof model.facts) =>
          summary(reconcile(facts, { sources: model.sources, equivalences }));
        const expected = run(model.facts);
        const indices = model.facts.map((_, i) => i);
        fc.assert(
          fc.property(
            fc.shuffledSubarray(indices, { minLength: indices.length, maxLength: indices.length }),
            (order) => {
              expect(run(order.map((i) => model.facts[i]!))).toEqual(expected);
            },
          ),
          { numRuns: folder === REAL_DATA ? 15 : 50 },
        );
        // Fifteen full reconciliations of the real data: seconds on a busy 2-core machine.
      },
      60_000,
    );
  }
});
