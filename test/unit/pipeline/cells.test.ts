import { describe, expect, test } from "vitest";
import * as cell from "../../../scripts/validate/cells.ts";

const ok = <T>(schema: { safeParse(v: string): { success: boolean; data?: T } }, text: string) => {
  const r = schema.safeParse(text);
  expect(r.success, `"${text}" should parse`).toBe(true);
  return r.data as T;
};
const fails = (schema: { safeParse(v: string): { success: boolean } }, text: string) =>
  expect(schema.safeParse(text).success, `"${text}" should not parse`).toBe(false);

describe("period", () => {
  test.each([
    ["2016", "2016-01-01", "2016-12-31"],
    ["2018-06", "2018-06-01", "2018-06-30"],
    ["2016-02", "2016-02-01", "2016-02-29"],
    ["2017-02", "2017-02-01", "2017-02-28"],
    ["2017-03-01", "2017-03-01", "2017-03-01"],
    ["2016-02-29", "2016-02-29", "2016-02-29"],
    ["2017/2020", "2017-01-01", "2020-12-31"],
    ["2014/2018-06", "2014-01-01", "2018-06-30"],
    ["2017/2017", "2017-01-01", "2017-12-31"],
    ["2023/..", "2023-01-01", ""],
    ["../2017", "", "2017-12-31"],
    ["../..", "", ""],
  ])("%s covers %s to %s", (text, start, end) => {
    expect(ok(cell.period, text)).toEqual({ text, start, end });
  });

  test("surrounding spaces are trimmed from the text kept", () => {
    expect(ok(cell.period, " 2016 ")).toEqual({
      text: "2016",
      start: "2016-01-01",
      end: "2016-12-31",
    });
  });

  test.each([
    "2017-13",
    "2017-00",
    "2017-02-30",
    "2017-02-29",
    "2017-04-31",
    "2020/2017",
    "2017-06/2017-03",
    "17",
    "2017-3",
    "2017/",
    "/2017",
    "..",
    "2017/2018/2019",
    "2017.03",
    "",
  ])("%j is not a period", (text) => {
    fails(cell.period, text);
  });

  test("the error says what a period looks like", () => {
    const r = cell.period.safeParse("2017-13");
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(
      /expected a period such as "2016".*found "2017-13"/,
    );
  });
});

describe("computedAs", () => {
  test("ratio and diff with two fact ids", () => {
    expect(ok(cell.computedAs, "ratio(x-015,x-014)")).toEqual({
      op: "ratio",
      a: "x-015",
      b: "x-014",
    });
    expect(ok(cell.computedAs, " diff( a-1 , b-2 ) ")).toEqual({ op: "diff", a: "a-1", b: "b-2" });
  });

  test("empty means not computed", () => {
    expect(ok(cell.computedAs, "")).toBeNull();
    expect(ok(cell.computedAs, "  ")).toBeNull();
  });

  test.each([
    "ratio(x-001)",
    "ratio(x-001,)",
    "ratio(,x-001)",
    "ratio(a,b,c)",
    "sum(a,b)",
    "RATIO(a,b)",
    "ratio a,b",
    "ratio(a b,c)",
    "ratio((a),b)",
    "ratio(a,b) + 1",
  ])("%j is malformed", (text) => {
    const r = cell.computedAs.safeParse(text);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toContain(`found "${text.trim()}"`);
  });
});

describe("boolean", () => {
  test("true / false, trimmed", () => {
    expect(ok(cell.boolean, "true")).toBe(true);
    expect(ok(cell.boolean, "false")).toBe(false);
    expect(ok(cell.boolean, " true ")).toBe(true);
  });

  test.each(["", "TRUE", "True", "yes", "1", "0", "y"])("%j is not a boolean", (text) => {
    const r = cell.boolean.safeParse(text);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('expected "true" or "false"');
  });
});

describe("idList", () => {
  test("empty is no ids; | separates; spaces are trimmed", () => {
    expect(ok(cell.idList, "")).toEqual([]);
    expect(ok(cell.idList, "x-001")).toEqual(["x-001"]);
    expect(ok(cell.idList, "x-001|x-002")).toEqual(["x-001", "x-002"]);
    expect(ok(cell.idList, " x-001 | x-002 ")).toEqual(["x-001", "x-002"]);
  });

  test("an empty item is kept (so the reference check reports it), not silently dropped", () => {
    expect(ok(cell.idList, "x-001||x-002")).toEqual(["x-001", "", "x-002"]);
  });
});

describe("the other cells", () => {
  test("slug", () => {
    expect(ok(cell.slug, "seongbuk-plan-2017")).toBe("seongbuk-plan-2017");
    expect(ok(cell.slug, "social_enterprise")).toBe("social_enterprise");
    for (const bad of ["Seongbuk", "a--b", "-a", "a-", "성북", "a b", ""]) fails(cell.slug, bad);
  });

  test("districtCode: five digits starting 11", () => {
    expect(ok(cell.districtCode, "11290")).toBe("11290");
    for (const bad of ["1129", "112900", "21000", "abcde", ""]) fails(cell.districtCode, bad);
  });

  test("optionalInteger: empty is null", () => {
    expect(ok(cell.optionalInteger, "")).toBeNull();
    expect(ok(cell.optionalInteger, "3")).toBe(3);
    for (const bad of ["-1", "1.5", "x"]) fails(cell.optionalInteger, bad);
  });

  test("requiredText / optionalText", () => {
    expect(ok(cell.requiredText, " 성북 ")).toBe("성북");
    fails(cell.requiredText, "   ");
    expect(ok(cell.optionalText, "  ")).toBe("");
  });

  test("date: as precise as known", () => {
    for (const good of ["2016-03-25", "2019-02", "2017"]) expect(ok(cell.date, good)).toBe(good);
    for (const bad of ["2016-02-30", "2019-13", "17", "2017/2018", ""]) fails(cell.date, bad);
  });
});
