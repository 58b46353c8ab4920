import { describe, expect, test } from "vitest";
import { findingSize, qualityModel, rankFindings } from "../../../src/models/quality.ts";
import { resultOf, type Check, type CheckKind, type Verdict } from "../../../contract/check.ts";

function check(
  id: string,
  kind: CheckKind,
  verdict: Verdict,
  printed: number | null,
  computed: number | null,
): Check {
  return {
    check_id: id,
    kind,
    fact_id: id,
    district_code: "11290",
    district_slug: "seongbuk",
    district_ko: "성북구",
    district_en: "Seongbuk-gu",
    period: "2017",
    measure: "enterprises",
    category: "계",
    category_en: "Total",
    funder: "",
    status: "actual",
    value_printed: String(printed),
    unit_printed: "개",
    printed,
    computed,
    difference: printed === null || computed === null ? null : printed - computed,
    unit: "count",
    result: resultOf(verdict),
    verdict,
    is_finding: verdict === "mismatch",
    parts_by: "",
    inputs: "",
    other_fact_id: "",
    other_source_id: "",
    other_value_printed: "",
    other_unit_printed: "",
    other_page: "",
    evidence: "",
    explanation_en: "",
    explanation_ko: "",
    source_id: "src",
    page: "1",
  };
}

describe("findingSize", () => {
  test("is the difference relative to the larger figure, so units don't matter", () => {
    expect(findingSize(check("a", "sum", "mismatch", 59, 89))).toBeCloseTo(30 / 89);
    expect(findingSize(check("b", "cross_source", "mismatch", 100e8, 60e8))).toBeCloseTo(0.4);
    expect(findingSize(check("c", "sum", "mismatch", null, 3))).toBe(1);
    expect(findingSize(check("d", "sum", "match", 0, 0))).toBe(0);
  });
});

describe("rankFindings", () => {
  test("only findings, largest first, ties by check id", () => {
    const checks = [
      check("small", "sum", "mismatch", 36, 35),
      check("gap", "sum", "extraction_gap", 40, 35),
      check("big", "sum", "mismatch", 59, 89),
      check("tie-b", "ratio", "mismatch", 110, 100),
      check("tie-a", "sum", "mismatch", 110, 100),
      check("rounding", "sum", "within_rounding", 101, 100),
    ];
    expect(rankFindings(checks).map((c) => c.check_id)).toEqual(["big", "tie-a", "tie-b", "small"]);
  });
});

describe("qualityModel", () => {
  const checks = [
    check("s1", "sum", "mismatch", 59, 89),
    check("s2", "sum", "mismatch", 36, 35),
    check("x1", "cross_source", "mismatch", 50, 55),
    check("x2", "cross_source", "match", 50, 50),
    check("g", "sum", "extraction_gap", 40, 35),
    check("m", "ratio", "match", 101, 100.8),
    check("n", "diff", "not_checkable", null, null),
  ];
  const model = qualityModel(checks);

  test("groups findings by scope, each ranked from 1", () => {
    expect(model.findingCount).toBe(3);
    expect(
      model.groups.map((g) => [g.scope, g.findings.map((f) => [f.rank, f.check.check_id])]),
    ).toEqual([
      [
        "within_table",
        [
          [1, "s1"],
          [2, "s2"],
        ],
      ],
      ["across_sources", [[1, "x1"]]],
    ]);
  });

  test("counts the rest by verdict and scope, leaving out empty verdicts and the findings", () => {
    expect(model.restTotal).toBe(4);
    expect(model.rest).toEqual([
      { verdict: "match", withinTable: 1, acrossSources: 1, total: 2 },
      { verdict: "extraction_gap", withinTable: 1, acrossSources: 0, total: 1 },
      { verdict: "not_checkable", withinTable: 1, acrossSources: 0, total: 1 },
    ]);
    expect(model.restChecks.extraction_gap.map((c) => c.check_id)).toEqual(["g"]);
    expect(model.restChecks.within_rounding).toEqual([]);
    expect(model.byKind).toEqual({ sum: 3, ratio: 1, diff: 1, cross_source: 2 });
  });

  test("every check is either a finding or in the rest", () => {
    expect(model.findingCount + model.rest.reduce((s, r) => s + r.total, 0)).toBe(checks.length);
  });
});
