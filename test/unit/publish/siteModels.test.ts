/**
 * The journalist pages' models: the district finder's names and matching rule
 * (the same as its script's), the sources list, and the fact → source map
 * that keeps old /sources/#fact- links landing.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { runPipeline } from "../../../scripts/pipeline.ts";
import type { SiteData } from "../../../contract/siteData.ts";
import { findDistricts, finderEntries, normaliseName } from "../../../src/models/finder.ts";
import {
  factSourceMap,
  missingFields,
  sourceSummaries,
  sourcesWithoutAddress,
} from "../../../src/models/sources.ts";
import { factHref } from "../../../src/lib/href.ts";
import { REAL_DATA, REPO } from "../support/pipeline.ts";

let site: SiteData;
beforeAll(() => {
  site = JSON.parse(JSON.stringify(runPipeline(REAL_DATA).siteData)) as SiteData;
}, 60_000);

describe("district finder", () => {
  test.each(["성북", "성북구", "Seongbuk", "Seongbuk-gu", "seongbuk gu", "11290", " SEONGBUK "])(
    "%s finds Seongbuk-gu alone",
    (q) => {
      expect(findDistricts(finderEntries(site.model.districts), q).map((e) => e.slug)).toEqual([
        "seongbuk",
      ]);
    },
  );

  test("25 districts, Seoul as a whole left out; an empty query finds all, nonsense none", () => {
    const entries = finderEntries(site.model.districts);
    expect(entries).toHaveLength(25);
    expect(findDistricts(entries, "")).toHaveLength(25);
    expect(findDistricts(entries, "zzz")).toEqual([]);
  });

  test("a prefix finds every district it starts", () => {
    const slugs = findDistricts(finderEntries(site.model.districts), "gang").map((e) => e.slug);
    expect(slugs).toEqual(expect.arrayContaining(["gangbuk", "gangnam", "gangdong", "gangseo"]));
  });

  test("the script normalises as the model does", () => {
    const script = readFileSync(`${REPO}/public/scripts/district-finder.js`, "utf8");
    expect(script).toContain(String.raw`replace(/[\s\-.·_]/g, "")`);
    expect(normaliseName("Seongbuk-gu")).toBe("seongbukgu");
  });
});

describe("sources", () => {
  test("every fact is in exactly one source's summary, and in the map", () => {
    const list = sourceSummaries(site);
    expect(list.map((x) => x.src.id)).toEqual(site.model.sources.map((s) => s.id));
    expect(list.reduce((n, x) => n + x.facts.length, 0)).toBe(site.model.facts.length);
    const map = factSourceMap(site);
    for (const f of site.model.facts) expect(map[f.id]).toBe(f.source_id);
  });

  test("a fact's link is its source's page with the fact's anchor", () => {
    expect(factHref("ko", "x-001", "src-a", "/")).toBe("/sources/src-a/#fact-x-001");
    expect(factHref("en", "x-001", "src-a", "/atlas/")).toBe("/atlas/en/sources/src-a/#fact-x-001");
  });

  test("sources without an address are listed, with url_note when given", () => {
    const s = site.model.sources[0]!;
    const b = {
      ...site,
      model: {
        ...site.model,
        sources: [
          { ...s, url: "", url_note: "print only" },
          { ...s, id: "y", url: "https://x.kr/" },
        ],
      },
    };
    expect(sourcesWithoutAddress(b)).toEqual([{ src: b.model.sources[0], reason: "print only" }]);
    expect(missingFields({ ...s, url: "", date: "" })).toEqual(["url", "date"]);
  });
});
