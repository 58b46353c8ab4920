/** The real data/ folder: it loads, and what it says is internally consistent. */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import Papa from "papaparse";
import { runPipeline, type PipelineResult } from "../../../scripts/pipeline.ts";
import { decodeText } from "../../../scripts/read/decodeText.ts";
import { REAL_DATA } from "../support/pipeline.ts";

const OFFICIAL: [string, string][] = [
  ["11000", "서울특별시"],
  ["11110", "종로구"],
  ["11140", "중구"],
  ["11170", "용산구"],
  ["11200", "성동구"],
  ["11215", "광진구"],
  ["11230", "동대문구"],
  ["11260", "중랑구"],
  ["11290", "성북구"],
  ["11305", "강북구"],
  ["11320", "도봉구"],
  ["11350", "노원구"],
  ["11380", "은평구"],
  ["11410", "서대문구"],
  ["11440", "마포구"],
  ["11470", "양천구"],
  ["11500", "강서구"],
  ["11530", "구로구"],
  ["11545", "금천구"],
  ["11560", "영등포구"],
  ["11590", "동작구"],
  ["11620", "관악구"],
  ["11650", "서초구"],
  ["11680", "강남구"],
  ["11710", "송파구"],
  ["11740", "강동구"],
];

let result: PipelineResult;
beforeAll(() => {
  result = runPipeline(REAL_DATA);
});
const rawRows = (dir: string): Record<string, string>[] =>
  readdirSync(join(REAL_DATA, dir))
    .filter((f) => f.endsWith(".csv"))
    .flatMap((f) => {
      const text = decodeText(readFileSync(join(REAL_DATA, dir, f))).text;
      return Papa.parse<Record<string, string>>(text, {
        header: true,
        skipEmptyLines: "greedy",
      }).data.map((r) => ({ ...r, file: f }));
    });

describe("data/", () => {
  test("the pipeline loads it without error and every fact row comes out", () => {
    expect(result.model.facts.length).toBe(rawRows("facts").length);
    const factsCsv = Papa.parse(result.files.get("facts.csv") as string, {
      header: true,
      skipEmptyLines: true,
    });
    expect(factsCsv.data.length).toBe(result.model.facts.length);
  });

  test("at least 800 facts", () => {
    expect(result.model.facts.length).toBeGreaterThanOrEqual(800);
  });

  test("all 25 districts and Seoul, with their official codes and names", () => {
    expect(result.model.districts.map((d) => [d.code, d.name_ko]).sort()).toEqual(
      [...OFFICIAL].sort(),
    );
  });

  test("every district has a tile position of its own; Seoul has none", () => {
    const districts = result.model.districts.filter((d) => !d.is_city);
    expect(districts).toHaveLength(25);
    for (const d of districts) {
      expect(Number.isInteger(d.tile_row), d.slug).toBe(true);
      expect(Number.isInteger(d.tile_col), d.slug).toBe(true);
    }
    expect(new Set(districts.map((d) => `${d.tile_row},${d.tile_col}`)).size).toBe(25);
    const seoul = result.model.districts.find((d) => d.is_city)!;
    expect([seoul.code, seoul.tile_row, seoul.tile_col]).toEqual(["11000", null, null]);
  });

  test("every fact's source and district resolve", () => {
    const sources = new Set(result.model.sources.map((s) => s.id));
    const codes = new Set(result.model.districts.map((d) => d.code));
    for (const f of result.model.facts) {
      expect(sources.has(f.source_id), f.id).toBe(true);
      expect(codes.has(f.district_code), f.id).toBe(true);
    }
  });

  test("fact ids are unique and follow <file stem>-<nnn>", () => {
    const raw = rawRows("facts");
    expect(new Set(raw.map((r) => r.id)).size).toBe(raw.length);
    for (const r of raw)
      expect(r.id, r.file).toMatch(new RegExp(`^${basename(r.file ?? "", ".csv")}-\\d{3}$`));
  });

  test("every participation row has a page; every fact of a paged document has a page or a section", () => {
    for (const r of rawRows("participation"))
      expect((r.page ?? "").trim(), `${r.file} ${r.district}`).not.toBe("");
    // Articles, releases, blogs and statistics print no pages: the site names their kind instead.
    const kind = new Map(result.model.sources.map((s) => [s.id, s.kind]));
    for (const r of rawRows("facts")) {
      expect((r.page ?? "").trim(), `${r.file} ${r.id}`).toMatch(/^(?:\d+(?:-\d+)?)?$/);
      if (kind.get(r.source_id!) === "official-document")
        expect(`${r.page ?? ""}${r.section ?? ""}`.trim(), `${r.file} ${r.id}`).not.toBe("");
    }
  });

  test("each source has at least one fact or participation row", () => {
    const used = new Set([
      ...result.model.facts.map((f) => f.source_id),
      ...result.model.participation.map((p) => p.source_id),
    ]);
    for (const s of result.model.sources) expect(used.has(s.id), s.id).toBe(true);
  });

  test.each(["2016-12-31", "2017-03-31"])(
    "Seoul's registered population on %s is the sum of its 25 districts",
    (period) => {
      const pop = result.model.facts.filter(
        (f) =>
          f.measure === "population" &&
          f.category_key === "population_total" &&
          f.period === period,
      );
      const seoul = pop.filter((f) => f.district_code === "11000");
      const districts = pop.filter((f) => f.district_code !== "11000");
      expect(seoul).toHaveLength(1);
      expect(new Set(districts.map((f) => f.district_code)).size).toBe(25);
      expect(districts).toHaveLength(25);
      expect(districts.reduce((s, f) => s + (f.value as number), 0)).toBe(seoul[0]!.value);
    },
  );
});
