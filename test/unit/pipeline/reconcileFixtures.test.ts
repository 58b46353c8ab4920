/**
 * One fixture folder per verdict (test/fixtures/reconcile/), run through the
 * whole pipeline: the verdicts, who is a finding, and the equivalence mapping's errors.
 */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { InputError } from "../../../scripts/validate/inputError.ts";
import type { Check } from "../../../contract/check.ts";
import { REPO, copyFixture, removeTemp } from "../support/pipeline.ts";

const FOLDER = join(REPO, "test/fixtures/reconcile");
const checksOf = (name: string) => runPipeline(join(FOLDER, name)).checks;
const byId = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.check_id, c]));
const verdicts = (checks: Check[]) =>
  Object.fromEntries(checks.map((c) => [c.check_id, c.verdict]));

describe("reconcile fixtures through runPipeline", () => {
  test("two sources that agree (through a declared equivalence), in different units", () => {
    const checks = checksOf("sources-agree");
    expect(verdicts(checks)).toEqual({ "cross_source:x-001:y-001": "match" });
    expect(checks[0]).toMatchObject({
      kind: "cross_source",
      printed: 5_000_000_000,
      computed: 5_000_000_000,
      difference: 0,
      is_finding: false,
      result: "match",
      other_fact_id: "y-001",
      other_source_id: "fixture-news",
      other_value_printed: "5,000",
    });
  });

  test("two sources that disagree: a finding; the same thing at a later date is a series, not compared", () => {
    const checks = checksOf("sources-disagree");
    expect(verdicts(checks)).toEqual({ "cross_source:x-001:y-001": "mismatch" });
    expect(checks[0]).toMatchObject({ difference: -4, is_finding: true, result: "mismatch" });
    expect(checks[0]!.explanation_ko).toContain("다릅니다");
  });

  test("a lost cell: the line total and the column total both show it, and neither is a finding", () => {
    const checks = byId(checksOf("lost-cell"));
    expect(checks["sum:x-007"]).toMatchObject({
      verdict: "extraction_gap",
      is_finding: false,
      result: "not_checkable",
      difference: 25_000_000,
      evidence: "sum:x-003",
    });
    expect(checks["sum:x-003"]).toMatchObject({ verdict: "extraction_gap", evidence: "sum:x-007" });
    expect(checks["sum:x-007"]!.explanation_en).toMatch(/사업 나, 2018.*our extraction/);
    expect(checks["sum:x-007"]!.explanation_ko).toContain("문서의 잘못이 아니라");
    expect(checks["sum:x-001"]!.verdict).toBe("match");
    expect(checks["sum:x-001:category"]!.verdict).toBe("match");
  });

  test("approximate and bounded totals are not checked as exact", () => {
    const checks = byId(checksOf("approximate"));
    expect(checks["sum:x-001"]).toMatchObject({ verdict: "approximate", is_finding: false });
    expect(checks["sum:x-004"]).toMatchObject({ verdict: "approximate", difference: -15 });
  });

  test("a two-way table: row totals, column totals and the grand total each way", () => {
    const checks = byId(checksOf("row-column"));
    expect(verdicts(Object.values(checks))).toEqual({
      "sum:x-001": "match", // the funder (column) totals
      "sum:x-001:category": "mismatch", // the line totals: 110 + 70 ≠ 170
      "sum:x-002": "match",
      "sum:x-003": "match",
      "sum:x-004": "mismatch", // 60 + 40 ≠ 110
      "sum:x-007": "match",
    });
    expect(checks["sum:x-001:category"]).toMatchObject({
      parts_by: "category",
      inputs: "x-004 x-007",
      computed: 180_000_000,
    });
  });
});

describe("data/equivalences.csv is validated like every input table", () => {
  const run = (equivalences: string) => {
    const dir = copyFixture(join(FOLDER, "sources-agree"), { "equivalences.csv": equivalences });
    try {
      runPipeline(dir);
      return [];
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return e.problems.map((p) => ({ ...p, file: p.file.slice(dir.length + 1) }));
    } finally {
      removeTemp(dir);
    }
  };
  const HEAD = "measure,category,same_as,note\n";

  test("an unknown key or measure, a key equal to itself, a repeated pair: file, line, column", () => {
    const problems = run(
      HEAD +
        "purchasing,mandatory_public_purchasing,social_economy_public_purchasing,ok\n" +
        "purchasing,no_such_key,social_economy_public_purchasing,typo\n" +
        "no_such_measure,mandatory_public_purchasing,social_economy_public_purchasing,typo\n" +
        "purchasing,mandatory_public_purchasing,mandatory_public_purchasing,self\n" +
        "purchasing,social_economy_public_purchasing,mandatory_public_purchasing,again\n",
    );
    expect(problems.map((p) => [p.file, p.line, p.column])).toEqual([
      ["equivalences.csv", 3, "category"],
      ["equivalences.csv", 4, "measure"],
      ["equivalences.csv", 5, "same_as"],
      ["equivalences.csv", 6, "category"],
    ]);
  });

  test("an unused equivalence is an error", () => {
    const problems = run(
      HEAD +
        "purchasing,mandatory_public_purchasing,social_economy_public_purchasing,used\n" +
        "budget,mandatory_public_purchasing,social_economy_public_purchasing,no budget facts\n",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "equivalences.csv", line: 3, column: "category" });
    expect(problems[0]!.message).toMatch(/no two facts from different sources use/);
  });

  test("a missing note or a malformed key is reported by the schema", () => {
    const problems = run(HEAD + "purchasing,Not A Key,social_economy_public_purchasing,\n");
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, "category"],
      [2, "note"],
    ]);
  });

  test("without the mapping, the two categories are not compared", () => {
    const dir = copyFixture(join(FOLDER, "sources-agree"), { "equivalences.csv": null });
    try {
      expect(runPipeline(dir).checks).toEqual([]);
    } finally {
      removeTemp(dir);
    }
  });
});
