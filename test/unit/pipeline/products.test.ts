/**
 * The products built from a valid model. The pipeline takes any data folder
 * (DESIGN.md: "a test, or a journalist, can run it on another folder"), so a
 * folder that passes validation must build, whatever it lacks.
 */
import { describe, expect, test } from "vitest";
import { join } from "node:path";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { readInputTables } from "../../../scripts/read/readInput.ts";
import { buildModel } from "../../../scripts/normalise/buildModel.ts";
import { enterprises } from "../../../scripts/products/enterprises.csv.ts";
import { budgetLines } from "../../../scripts/products/budgets.csv.ts";
import { budgetYears } from "../../../scripts/products/budget-years.csv.ts";
import { buildProducts } from "../../../scripts/products/index.ts";
import { purchasing } from "../../../scripts/products/purchasing.csv.ts";
import { districtProfiles } from "../../../scripts/products/district-profiles.csv.ts";
import { CHART_IDS } from "../../../contract/charts.ts";
import { FIXTURES, GOOD } from "../support/pipeline.ts";

const MINIMAL = join(FIXTURES, "minimal");

describe("products on the good fixture", () => {
  const { products } = runPipeline(GOOD);
  const rows = (name: string) => products.find((p) => p.name === name && !p.folder)!.rows;

  test("enterprise counts get a per-resident figure only from a population of a near date", () => {
    const seongbuk = rows("enterprises").find((r) => r.fact_id === "x-001")!;
    expect(seongbuk).toMatchObject({
      population: 450_000,
      population_period: "2017-03-31",
      per_10k_residents: 2.666667,
      seoul_count: 4800,
      share_of_seoul_pct: 2.5,
    });
    // No population printed for Gangbuk: no per-resident figure, never a guess.
    expect(rows("enterprises").find((r) => r.fact_id === "x-006")).toMatchObject({
      population: null,
      per_10k_residents: null,
    });
  });

  test("a count the print implies is counted as implied; facts.csv keeps the printed one", () => {
    const real = runPipeline("data").products;
    const of = (name: string) =>
      real
        .find((p) => p.name === name && !p.folder)!
        .rows.find((r) => r.fact_id === "seongbuk-plan-2017-093")!;
    // "대지를 위한 바느질 외 9개 업체": one named enterprise and 9 others.
    expect(of("facts")).toMatchObject({
      value: 9,
      value_printed: "9개",
      value_implied: 10,
      implied_as: "add(1)",
    });
    expect(of("enterprises").count).toBe(10);
  });

  test('a count printed "-" is not an enterprise count of 0', () => {
    expect(rows("enterprises").map((r) => r.fact_id)).not.toContain("x-005");
  });

  test("purchasing pairs target, result and printed rate with its check", () => {
    expect(
      rows("purchasing").map((r) => [
        r.period,
        r.target_fact_id,
        r.actual_fact_id,
        r.rate_fact_id,
        r.rate_check,
      ]),
    ).toEqual([
      ["2015", "x-017", "x-018", "x-019", "mismatch"],
      ["2016", "x-014", "x-015", "x-016", "match"],
      ["2016", "x-020", "x-021", "x-022", "match"],
    ]);
  });

  test("budget-years holds only single-year printed totals over all programmes or funders", () => {
    expect(rows("budget-years").map((r) => r.fact_id)).toEqual(["x-011"]);
  });

  test("each chart's rows carry exactly the chart's declared fields", () => {
    for (const p of products.filter((x) => x.folder === "charts")) {
      const names = p.fields.map((f) => f.name);
      for (const r of p.rows) expect(Object.keys(r)).toEqual(names);
    }
  });
});

// Bug: scripts/products/enterprises.ts, purchasing.ts, budgets.ts (budgetYears),
// districtProfiles.ts and scripts/charts/index.ts (budget-by-funder) call arquero's
// groupby/orderby on aq.from([]) when they have no rows to work on; arquero then
// throws 'Invalid column reference: ""'. So a valid data folder that has, e.g., no
// Seoul-wide enterprise count or no purchasing facts crashes the build with an
// arquero stack trace instead of building (or naming a problem).
describe("a valid folder that lacks some kinds of fact", () => {
  test("passes validation", () => {
    expect(buildModel(readInputTables(MINIMAL)).facts).toHaveLength(1);
  });

  test("builds (test/fixtures/pipeline/minimal: one budget fact)", () => {
    const result = runPipeline(MINIMAL);
    expect(result.model.facts).toHaveLength(1);
  });

  const model = buildModel(readInputTables(MINIMAL));
  test("enterprises() with no enterprise counts is an empty product", () => {
    expect(enterprises([]).rows).toEqual([]);
  });
  test("purchasing() with no purchasing facts is an empty product", () => {
    expect(purchasing([], []).rows).toEqual([]);
  });
  test("budgetYears() with no budget totals is an empty product", () => {
    expect(budgetYears(model.facts.filter((f) => f.is_total)).rows).toEqual([]);
  });
  test("budgetLines() with no budget facts is an empty product", () => {
    expect(budgetLines([]).rows).toEqual([]);
  });
  test("districtProfiles() with no facts lists every district as having no data", () => {
    const rows = districtProfiles(model.districts, [], []).rows;
    expect(rows.map((r) => [r.district_code, r.has_data])).toEqual([
      ["11000", false],
      ["11290", false],
      ["11305", false],
    ]);
  });
  test("chartDatasets() with no facts gives every chart, with no rows", () => {
    const charts = buildProducts({ ...model, facts: [], participation: [] }, []).filter(
      (p) => p.folder === "charts",
    );
    expect(charts.map((c) => c.name)).toEqual(CHART_IDS);
    expect(charts.every((c) => c.rows.length === 0)).toBe(true);
  });
});
