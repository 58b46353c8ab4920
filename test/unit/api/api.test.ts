/**
 * The JSON API's files, as the site builds them from the pipeline's hand-off:
 * each valid against the schema of contract/api.ts, and each district's facts
 * exactly its rows of facts.csv (same rows, same values).
 */
import Papa from "papaparse";
import { beforeAll, describe, expect, test } from "vitest";
import { runPipeline, type PipelineResult } from "../../../scripts/pipeline.ts";
import {
  apiDistrictFile as districtSchema,
  apiIndex as indexSchema,
  apiJsonSchema,
} from "../../../contract/api.ts";
import { apiDistrictFile, apiIndex } from "../../../src/models/api.ts";
import type { SiteData } from "../../../contract/siteData.ts";
import { REAL_DATA } from "../support/pipeline.ts";

let result: PipelineResult;
let site: SiteData;
let csv: Record<string, string>[];

const asCsv = (v: unknown): string =>
  v === null || v === undefined ? "" : typeof v === "boolean" ? (v ? "true" : "false") : String(v);

beforeAll(() => {
  result = runPipeline(REAL_DATA);
  // What the site reads is the hand-off as JSON.
  site = JSON.parse(JSON.stringify(result.siteData)) as SiteData;
  csv = Papa.parse<Record<string, string>>(String(result.files.get("facts.csv")).trimEnd(), {
    header: true,
  }).data;
}, 60_000);

describe("the JSON API", () => {
  test("index.json is valid and lists every district and product", () => {
    const index = indexSchema.parse(apiIndex(site));
    expect(index.version).toBe(site.version);
    expect(index.date).toMatch(/^\d{4}/);
    expect(index.districts.filter((d) => !d.is_city)).toHaveLength(25);
    expect(index.products.map((p) => p.name)).toContain("facts");
    expect(index.districts.reduce((n, d) => n + d.facts, 0)).toBe(csv.length);
  });

  test("every district file is valid and holds exactly its facts.csv rows, value for value", () => {
    let seen = 0;
    for (const d of site.model.districts) {
      const file = districtSchema.parse(apiDistrictFile(site, d.slug));
      const expected = csv.filter((r) => r.district_code === d.code);
      expect(
        file.facts.map((f) => f.fact_id),
        d.slug,
      ).toEqual(expected.map((r) => r.fact_id));
      file.facts.forEach((f, i) => {
        const row = expected[i]!;
        for (const [column, text] of Object.entries(row))
          expect(asCsv(f[column]), `${d.slug} ${row.fact_id} ${column}`).toBe(text);
        expect(typeof f.value === "number" || f.value === null).toBe(true);
      });
      seen += file.facts.length;
      const ids = new Set(file.facts.map((f) => f.fact_id));
      for (const c of file.checks)
        expect(
          c.district_code === d.code ||
            ids.has(c.fact_id) ||
            c.inputs.split(" ").some((x) => ids.has(x)),
        ).toBe(true);
      expect(new Set(file.sources.map((s) => s.id))).toEqual(
        new Set(file.facts.map((f) => f.source_id)),
      );
    }
    expect(seen).toBe(csv.length);
  });

  test("a district's checks include every check on one of its facts", () => {
    const seongbuk = apiDistrictFile(site, "seongbuk");
    const ids = new Set(seongbuk.facts.map((f) => f.fact_id));
    const expected = site.checks.filter((c) => ids.has(c.fact_id)).map((c) => c.check_id);
    expect(seongbuk.checks.map((c) => c.check_id)).toEqual(expect.arrayContaining(expected));
  });

  test("the published JSON Schema describes both files", () => {
    const schema = apiJsonSchema() as {
      $defs: Record<string, { type: string; properties: object }>;
    };
    expect(Object.keys(schema.$defs)).toEqual(["ApiIndex", "ApiDistrictFile"]);
    expect(Object.keys(schema.$defs.ApiDistrictFile!.properties)).toContain("facts");
  });

  test("a file that breaks the schema is refused", () => {
    const file = apiDistrictFile(site, "seongbuk");
    expect(() => districtSchema.parse({ ...file, facts: [{ fact_id: 1 }] })).toThrow();
  });
});
