/**
 * A long source's tables on numbered pages (src/models/sourcePages.ts) and the
 * links that find them.
 */
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../../scripts/pipeline.ts";
import type { Fact } from "../../../contract/model.ts";
import { groupFacts, sourceSummaries } from "../../../src/models/sources.ts";
import {
  PAGE_WEIGHT,
  TABLE_WEIGHT,
  factParts,
  partsOf,
  rowWeight,
  shortFactId,
} from "../../../src/models/sourcePages.ts";
import { factHref, relativeFactHref } from "../../../src/lib/href.ts";

const { model, siteData } = runPipeline("data");
const facts = model.facts;
const bySource = (id: string) => facts.filter((f) => f.source_id === id);
/** A table of n copies of a fact, with notes of the given length. */
const table = (n: number, note: number, caption: string): Fact[] =>
  Array.from({ length: n }, (_, i) => ({
    ...facts[0]!,
    id: `${caption}-${i}`,
    caption,
    note: "x".repeat(note),
  }));

describe("parts", () => {
  test("a source whose tables fit has no numbered pages", () => {
    expect(partsOf([table(3, 10, "a"), table(2, 10, "b")])).toEqual([]);
  });

  test("tables go in order onto pages within the budget, never split", () => {
    const groups = Array.from({ length: 9 }, (_, i) => table(10, 2_000, `t${i}`));
    // Re-derived: a table weighs its rows and its header; as many whole tables as fit a page.
    const weight = TABLE_WEIGHT + groups[0]!.reduce((w, f) => w + rowWeight(f), 0);
    const perPage = Math.floor(PAGE_WEIGHT / weight);
    expect(perPage).toBeGreaterThan(1);
    expect(perPage).toBeLessThan(9);
    const parts = partsOf(groups);
    expect(parts.map((p) => [p.from, p.to])).toEqual(
      Array.from({ length: Math.ceil(9 / perPage) }, (_, i) => [
        i * perPage + 1,
        Math.min(9, (i + 1) * perPage),
      ]),
    );
    expect(parts.map((p) => p.n)).toEqual(parts.map((_, i) => i + 1));
    expect(parts.reduce((n, p) => n + p.facts, 0)).toBe(90);
  });

  test("a table heavier than a page has a page to itself", () => {
    const parts = partsOf([table(2, 10, "a"), table(60, 2_000, "big"), table(2, 10, "c")]);
    expect(parts.map((p) => [p.from, p.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  test("the Seongbuk plan is split; every page but a one-table page is within the budget", () => {
    const plan = sourceSummaries(siteData).find((x) => x.src.id === "seongbuk-plan-2017")!;
    const parts = partsOf(plan.groups);
    expect(parts.length).toBeGreaterThan(1);
    // Re-derived: the pages cover every table once, in order.
    expect(parts.map((p) => p.from)).toEqual([1, ...parts.slice(0, -1).map((p) => p.to + 1)]);
    expect(parts.at(-1)!.to).toBe(plan.groups.length);
    for (const p of parts) {
      const rows = plan.groups.slice(p.from - 1, p.to).flat();
      expect(rows.length).toBe(p.facts);
      const weight = rows.reduce((w, f) => w + rowWeight(f), TABLE_WEIGHT * (p.to - p.from + 1));
      if (p.from !== p.to) expect(weight).toBeLessThanOrEqual(PAGE_WEIGHT);
    }
  });

  test("every fact knows its page: the plan's on numbered pages, a short source's on its own", () => {
    const map = factParts(facts);
    expect(map.size).toBe(facts.length);
    const plan = sourceSummaries(siteData).find((x) => x.src.id === "seongbuk-plan-2017")!;
    const parts = partsOf(plan.groups);
    plan.groups.forEach((rows, i) => {
      const page = parts.find((p) => i + 1 >= p.from && i + 1 <= p.to)!.n;
      for (const f of rows) expect(map.get(f.id), f.id).toBe(page);
    });
    for (const f of bySource("gangbuk-plan-2016")) expect(map.get(f.id)).toBeNull();
  });

  test("one caption under two headings is two tables", () => {
    // The Yeongdeungpo report prints "소요예산" under several headings, without page numbers.
    const ydp = groupFacts(bySource("ydp-report-2019"));
    const budget = ydp.filter((g) => g[0]!.caption === "소요예산");
    expect(budget.length).toBeGreaterThan(1);
    for (const g of ydp) expect(new Set(g.map((f) => `${f.page}|${f.section}`)).size).toBe(1);
  });
});

describe("links to facts", () => {
  test("a fact on a numbered page links there; from /sources/ and a source's page, relatively", () => {
    expect(factHref("ko", "x-001", "src-a", "/", 3)).toBe("/sources/src-a/3/#fact-x-001");
    expect(factHref("en", "x-001", "src-a", "/atlas/", null)).toBe(
      "/atlas/en/sources/src-a/#fact-x-001",
    );
    expect(relativeFactHref("sources", "x-001", "src-a", 3)).toBe("src-a/3/#fact-x-001");
    expect(relativeFactHref("sources", "x-001", "src-a", null)).toBe("src-a/#fact-x-001");
    expect(relativeFactHref("source", "x-001", "src-a", 3)).toBe("3/#fact-x-001");
  });

  test("an anchor shows the fact id without its source's id, when it starts with it", () => {
    expect(shortFactId("seongbuk-plan-2017-001", "seongbuk-plan-2017")).toBe("001");
    expect(shortFactId("news-budgets-001", "herald-2014-12-11")).toBe("news-budgets-001");
  });
});
