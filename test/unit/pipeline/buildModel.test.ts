/**
 * buildModel (and loadInput) on fixture folders, in process: the good fixture's
 * model, and one broken copy of it per rule. The same rules are run through the
 * CLI in cli.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import Papa from "papaparse";
import { readInputTables } from "../../../scripts/read/readInput.ts";
import { buildModel } from "../../../scripts/normalise/buildModel.ts";
import { decodeText } from "../../../scripts/read/decodeText.ts";
import { InputError, type InputProblem } from "../../../scripts/validate/inputError.ts";
import type { Model } from "../../../contract/model.ts";
import { copyFixture, GOOD, removeTemp } from "../support/pipeline.ts";

const temps: string[] = [];
afterAll(() => temps.forEach(removeTemp));

function load(dir: string): Model {
  return buildModel(readInputTables(dir));
}

/** The problems a broken copy of the good fixture is rejected with. */
function problemsWith(overrides: Record<string, string | Uint8Array | null>): InputProblem[] {
  const dir = copyFixture(GOOD, overrides);
  temps.push(dir);
  try {
    load(dir);
  } catch (e) {
    if (e instanceof InputError)
      return e.problems.map((p) => ({ ...p, file: p.file.slice(dir.length + 1) }));
    throw e;
  }
  throw new Error("expected the input to be rejected");
}

const goodFacts = readFileSync(join(GOOD, "facts/x.csv"), "utf-8");
const goodDistricts = decodeText(readFileSync(join(GOOD, "districts.csv"))).text;
const goodParticipation = readFileSync(join(GOOD, "participation/x.csv"), "utf-8");

/** The good facts/x.csv with the row of `id` changed (cells by column name). */
function factsWith(edits: Record<string, Record<string, string>>, extra: string[] = []): string {
  const parsed = Papa.parse<Record<string, string>>(goodFacts, {
    header: true,
    skipEmptyLines: true,
  });
  const rows = parsed.data.map((r) => ({ ...r, ...(edits[r.id!] ?? {}) }));
  const body = Papa.unparse(rows, { columns: parsed.meta.fields, newline: "\n" });
  return `${body}\n${extra.join("\n")}${extra.length ? "\n" : ""}`;
}

describe("the good fixture", () => {
  let model: Model;
  let files: ReturnType<typeof readInputTables>["files"];
  beforeAll(() => {
    const input = readInputTables(GOOD);
    files = input.files;
    model = buildModel(input);
  });
  const byId = (id: string) => {
    const f = model.facts.find((x) => x.id === id);
    if (!f) throw new Error(`no fact ${id}`);
    return f;
  };

  test("every fact row in is a fact out", () => {
    const rowsIn = ["facts/x.csv", "facts/cp949.csv"]
      .map((f) => decodeText(readFileSync(join(GOOD, f))).text)
      .map((text) => Papa.parse(text, { header: true, skipEmptyLines: true }).data.length)
      .reduce((a, b) => a + b, 0);
    expect(rowsIn).toBe(39);
    expect(model.facts).toHaveLength(rowsIn);
    expect(new Set(model.facts.map((f) => f.id)).size).toBe(rowsIn);
  });

  test("each file is read in its own encoding", () => {
    const enc = Object.fromEntries(files.map((f) => [f.file.slice(GOOD.length + 1), f.encoding]));
    expect(enc).toEqual({
      "districts.csv": "utf-8",
      "sources.csv": "utf-8",
      "measures.csv": "utf-8",
      "labels/x.csv": "utf-8-bom",
      "facts/cp949.csv": "cp949",
      "facts/x.csv": "utf-8",
      "participation/x.csv": "utf-8",
    });
  });

  test("CP949 rows are read correctly", () => {
    expect(byId("cp949-001")).toMatchObject({
      district_code: "11320",
      category: "계",
      value: 19,
      caption: "< 도봉구 사회적경제기업 >",
      note: "CP949로 저장된 파일; 똠방각하",
      input_line: 2,
    });
    expect(byId("cp949-002")).toMatchObject({ category_key: "social_enterprise", value: 12 });
    expect(byId("cp949-003")).toMatchObject({ district_code: "11320", value: 7 });
  });

  test("a district in any known form resolves to its code", () => {
    for (const id of ["x-001", "x-002", "x-003", "x-004", "x-005"]) {
      expect(byId(id)).toMatchObject({
        district_code: "11290",
        district_slug: "seongbuk",
        district_ko: "성북구",
        district_en: "Seongbuk-gu",
      });
    }
    expect(byId("x-009").district_code).toBe("11000");
    expect(byId("x-010").district_code).toBe("11000");
  });

  test.each([
    ["x-005", null, "count"],
    ["x-009", 4800, "count"],
    ["x-011", 4_800_000, "KRW"],
    ["x-012", null, "KRW"],
    ["x-014", 590_000_000, "KRW"],
    ["x-015", 375_730_000, "KRW"],
    ["x-016", 63.7, "percent"],
    ["x-017", 1_200_000_000, "KRW"],
    ["x-018", 820_000_000, "KRW"],
    ["x-019", 86, "percent"],
    ["x-020", 700_000_000, "KRW"],
    ["x-022", 142.9, "percent"],
    ["x-025", -300_000_000, "KRW"],
    ["x-026", 250_000_000, "KRW"],
    ["x-028", 60_000_000, "KRW"],
    ["x-029", 32_000_000_000, "KRW"],
    ["x-030", 40_000_000, "KRW"],
    ["x-031", 3000, "count"],
    ["x-032", 880.29, "m2"],
    ["x-034", 5_691_500_000, "KRW"],
    ["x-035", 2_170_000_000, "KRW"],
    ["x-036", 2_712_000_000, "KRW"],
  ])("%s: canonical value %s %s, printed value and unit kept beside it", (id, value, unit) => {
    const f = byId(id);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
    const raw = Papa.parse<Record<string, string>>(
      decodeText(readFileSync(join(GOOD, "facts/x.csv"))).text,
      { header: true, skipEmptyLines: true },
    ).data.find((r) => r.id === id)!;
    expect(f.value_printed).toBe(raw.value_printed);
    expect(f.unit_printed).toBe(raw.unit_printed);
  });

  test("printed decimals are kept for the rate checks", () => {
    expect(byId("x-016").decimals).toBe(1);
    expect(byId("x-019").decimals).toBe(0);
    expect(byId("x-032").decimals).toBe(2);
  });

  test("periods keep their text and get their first and last day", () => {
    expect(byId("x-029")).toMatchObject({
      period: "2017/2020",
      period_start: "2017-01-01",
      period_end: "2020-12-31",
    });
    expect(byId("x-034")).toMatchObject({ period_start: "2014-01-01", period_end: "2018-06-30" });
    expect(byId("x-035")).toMatchObject({ period_start: "2023-01-01", period_end: "" });
  });

  test("each fact knows the line it came from, after a note spanning two lines", () => {
    expect(byId("x-001").input_line).toBe(2);
    expect(byId("x-002").input_line).toBe(4);
    expect(byId("x-036").input_line).toBe(38);
    expect(byId("x-001").note).toContain("\n");
  });

  test("labels map to keys; an empty funder stays empty", () => {
    expect(byId("x-011")).toMatchObject({ category_key: "centre_operation", funder_key: "all" });
    expect(byId("x-012")).toMatchObject({ funder: "시비", funder_key: "city", funder_en: "City" });
    expect(byId("x-001")).toMatchObject({ funder: "", funder_key: "", funder_en: "" });
  });

  test("participation rows resolve their districts", () => {
    expect(model.participation.map((p) => [p.district_code, p.round, p.stage])).toEqual([
      ["11290", "1차 준비사업", "preparatory"],
      ["11320", "1차 준비사업", "preparatory"],
      ["11350", "2차 본사업", "main"],
    ]);
  });

  test("Seoul as a whole is marked, the districts are not", () => {
    expect(model.districts.filter((d) => d.is_city).map((d) => d.code)).toEqual(["11000"]);
    expect(model.districts).toHaveLength(5);
  });
});

describe("district spellings", () => {
  test("case, spaces and hyphens do not matter; a typo is an error", () => {
    const dir = copyFixture(GOOD, {
      "facts/x.csv": factsWith({
        "x-003": { district: "SEONGBUK GU" },
        "x-004": { district: "seong-buk" },
      }),
    });
    temps.push(dir);
    const model = load(dir);
    expect(model.facts.find((f) => f.id === "x-003")!.district_code).toBe("11290");
    expect(model.facts.find((f) => f.id === "x-004")!.district_code).toBe("11290");
    expect(problemsWith({ "facts/x.csv": factsWith({ "x-003": { district: "성복구" } }) })).toEqual(
      [expect.objectContaining({ file: "facts/x.csv", line: 5, column: "district" })],
    );
  });
});

describe("buildModel rejects, naming file, line and column", () => {
  const at = (file: string, line: number, column: string, message: RegExp) =>
    expect.objectContaining({ file, line, column, message: expect.stringMatching(message) });

  test("Korean number words in a unit other than 원", () => {
    expect(
      problemsWith({ "facts/x.csv": factsWith({ "x-014": { unit_printed: "천원" } }) }),
    ).toEqual([at("facts/x.csv", 16, "unit_printed", /Korean number words, so its unit is 원/)]);
  });

  test("money that does not come to whole won", () => {
    expect(
      problemsWith({
        "facts/x.csv": factsWith({
          "x-011": { value_printed: "0.0005" },
          "x-013": { value_printed: "0.0005" },
        }),
      }),
    ).toEqual([
      at("facts/x.csv", 13, "value_printed", /not a whole number of won/),
      at("facts/x.csv", 15, "value_printed", /not a whole number of won/),
    ]);
  });

  test("a unit that does not fit the measure, and an unknown unit", () => {
    expect(
      problemsWith({
        "facts/x.csv": factsWith({
          "x-031": { unit_printed: "천원", value_printed: "3,000" },
          "x-032": { unit_printed: "m2" },
        }),
      }),
    ).toEqual([
      at(
        "facts/x.csv",
        33,
        "unit_printed",
        /unit "천원" is money, but measure "programme_output" is count/,
      ),
      at("facts/x.csv", 34, "unit_printed", /unknown unit "m2"/),
    ]);
  });

  test("part_of a fact that is not a total, of itself, or of nothing", () => {
    expect(
      problemsWith({
        "facts/x.csv": factsWith({
          "x-003": { part_of: "x-002" },
          "x-001": { part_of: "x-001" },
          "x-004": { part_of: "x-001|" },
        }),
      }),
    ).toEqual([
      at("facts/x.csv", 2, "part_of", /cannot be part of itself/),
      at("facts/x.csv", 5, "part_of", /"x-002" is not marked is_total=true/),
      at("facts/x.csv", 6, "part_of", /no fact with id ""/),
    ]);
  });

  test("computed_as naming an unknown fact", () => {
    expect(
      problemsWith({
        "facts/x.csv": factsWith({ "x-016": { computed_as: "ratio(x-015,x-999)" } }),
      }),
    ).toEqual([at("facts/x.csv", 18, "computed_as", /no fact with id "x-999"/)]);
  });

  test("unknown measure, unknown source, a funder with no label", () => {
    expect(
      problemsWith({
        "facts/x.csv": factsWith({
          "x-007": { measure: "enterprise" },
          "x-008": { source_id: "fixture-plan-2" },
          "x-024": { funder: "군비" },
        }),
      }),
    ).toEqual([
      at("facts/x.csv", 9, "measure", /unknown measure "enterprise"/),
      at("facts/x.csv", 10, "source_id", /unknown source "fixture-plan-2"/),
      at("facts/x.csv", 26, "funder", /no label for "군비"/),
    ]);
  });

  test("the same printed number transcribed twice", () => {
    const dup = goodFacts
      .split("\n")
      .find((l) => l.startsWith("x-007,"))!
      .replace("x-007", "x-099");
    expect(problemsWith({ "facts/x.csv": factsWith({}, [dup]) })).toEqual([
      at("facts/x.csv", 39, "", /duplicate of fact "x-007"/),
    ]);
  });

  test("districts.csv: repeated code, repeated tile, missing tile, half a tile, an alias naming two districts", () => {
    const districts = goodDistricts
      .replace(
        "11305,gangbuk,강북구,Gangbuk-gu,강북|Gangbuk,0,0",
        "11305,gangbuk,강북구,Gangbuk-gu,강북|Gangbuk|성북,1,1",
      )
      .replace(
        "11320,dobong,도봉구,Dobong-gu,도봉|Dobong,0,1",
        "11320,dobong,도봉구,Dobong-gu,도봉|Dobong,,",
      )
      .replace(
        "11350,nowon,노원구,Nowon-gu,노원|Nowon,1,2",
        "11290,nowon,노원구,Nowon-gu,노원|Nowon,1,",
      );
    const problems = problemsWith({ "districts.csv": districts });
    expect(problems).toEqual(
      expect.arrayContaining([
        at("districts.csv", 6, "code", /district code "11290" repeats line 3/),
        at("districts.csv", 4, "tile_row", /tile position "1,1" repeats line 3/),
        at("districts.csv", 5, "tile_row", /every district needs a tile position/),
        at("districts.csv", 6, "tile_col", /both tile_row and tile_col, or neither/),
        at("districts.csv", 0, "aliases", /"성북" names both 11290 and 11305/),
      ]),
    );
  });

  test("participation: unknown district and unknown source", () => {
    const participation = goodParticipation
      .replace("preparatory,성북구,2015", "preparatory,성북군,2015")
      .replace("Village care,fixture-report", "Village care,fixture-x");
    expect(problemsWith({ "participation/x.csv": participation })).toEqual([
      at("participation/x.csv", 2, "district", /unknown district "성북군"/),
      at("participation/x.csv", 4, "source_id", /unknown source "fixture-x"/),
    ]);
  });

  test("every problem of every file is reported at once", () => {
    const problems = problemsWith({
      "facts/x.csv": factsWith({
        "x-002": { district: "어딘가" },
        "x-010": { value_printed: "1,5OO" },
        "x-020": { unit_printed: "개" },
      }),
      "participation/x.csv": goodParticipation.replace("성북구,2015", "Nowhere,2015"),
    });
    expect(problems.map((p) => [p.file, p.line, p.column])).toEqual([
      ["facts/x.csv", 4, "district"],
      ["facts/x.csv", 12, "value_printed"],
      ["facts/x.csv", 22, "unit_printed"],
      ["participation/x.csv", 2, "district"],
    ]);
  });

  test("a label no fact uses, and a label mapped to two keys", () => {
    expect(
      problemsWith({ "labels/extra.csv": "label,key,name_ko,name_en\n소계,all,소계,Subtotal\n" }),
    ).toEqual([at("labels/extra.csv", 2, "label", /"소계" is not used by any fact/)]);
    expect(
      problemsWith({ "labels/y.csv": "label,key,name_ko,name_en\n계,total,계,Total\n" }),
    ).toEqual([at("labels/y.csv", 2, "key", /"계" is mapped to "all" elsewhere/)]);
  });

  test("a source with no address must say why (url_note)", () => {
    const sources = readFileSync(join(GOOD, "sources.csv"), "utf-8").replace(
      "Fictional test document; it has no address.",
      "",
    );
    expect(problemsWith({ "sources.csv": sources })).toEqual([
      at("sources.csv", 2, "url_note", /expected why there is no address/),
    ]);
  });

  test("the same label row in two files is fine", () => {
    const dir = copyFixture(GOOD, {
      "labels/extra.csv": "label,key,name_ko,name_en\n계,all,계,Total\n",
    });
    temps.push(dir);
    expect(() => load(dir)).not.toThrow();
  });

  test("a missing data folder, a missing required file", () => {
    expect(() => readInputTables(join(GOOD, "no-such-folder"))).toThrow(
      /data folder does not exist/,
    );
    expect(problemsWith({ "sources.csv": null, "measures.csv": null })).toEqual([
      at("sources.csv", 0, "", /required file is missing/),
      at("measures.csv", 0, "", /required file is missing/),
    ]);
  });
});

describe("a value the print implies (implied_as)", () => {
  /** The good facts/x.csv with the two optional columns, set on the rows named. */
  function withImplied(
    rows: Record<string, readonly [string, string]>,
    edits: Record<string, Record<string, string>> = {},
  ): string {
    const parsed = Papa.parse<Record<string, string>>(goodFacts, {
      header: true,
      skipEmptyLines: true,
    });
    const data = parsed.data.map((r) => {
      const [implied_as, implied_reason] = rows[r.id!] ?? ["", ""];
      return { ...r, ...(edits[r.id!] ?? {}), implied_as, implied_reason };
    });
    const columns = [...parsed.meta.fields!, "implied_as", "implied_reason"];
    return `${Papa.unparse(data, { columns, newline: "\n" })}\n`;
  }

  test("is recomputed from the printed value, which stays as printed", () => {
    const dir = copyFixture(GOOD, {
      "facts/x.csv": withImplied({
        "x-010": ["add(1)", "One more is named before the number."],
        "x-015": ["times(2)", "Printed per half year."],
      }),
    });
    temps.push(dir);
    const facts = load(dir).facts;
    expect(facts.find((f) => f.id === "x-010")).toMatchObject({
      value: 1500,
      value_printed: "1,500",
      value_implied: 1501,
      implied_as: "add(1)",
      implied_reason: "One more is named before the number.",
    });
    expect(facts.find((f) => f.id === "x-015")).toMatchObject({
      value: 375_730_000,
      value_implied: 751_460_000,
    });
    expect(facts.find((f) => f.id === "x-018")).toMatchObject({
      value_implied: null,
      implied_as: "",
    });
  });

  test.each([
    ["x-010", ["add(1)", ""], "implied_reason", /needs its reason/],
    ["x-010", ["", "Why not."], "implied_reason", /a reason without implied_as/],
    ["x-001", ["add(1)", "A total."], "implied_as", /a printed total, a part of one/],
    ["x-002", ["add(1)", "A part."], "implied_as", /a printed total, a part of one/],
    ["x-019", ["add(1)", "A rate."], "implied_as", /printed rate or change/],
    ["x-010", ["add(1)", "A dash."], "implied_as", /prints no number to recompute/, "-"],
  ] as const)("%s with %j is refused at %s", (id, cells, column, message, printed?: string) => {
    const edits = printed ? { [id]: { value_printed: printed } } : {};
    const problems = problemsWith({ "facts/x.csv": withImplied({ [id]: cells }, edits) });
    expect(problems).toEqual([expect.objectContaining({ file: "facts/x.csv", column })]);
    expect(problems[0]!.message).toMatch(message);
  });
});
