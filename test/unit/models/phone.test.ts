/** Page models for reading on a phone (issue #16): the tile map's figure and a district's figures by source. */
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { ENTERPRISE_TOTAL_KEYS } from "../../../contract/siteData.ts";
import type { ProductRow } from "../../../contract/product.ts";
import {
  levelsOf,
  pickFigure,
  shortLabel,
  syllableParts,
  tileMapModel,
} from "../../../src/models/tileMap.ts";
import {
  INLINE_FACTS,
  districtCharts,
  neighboursOf,
  sourceGroupsOf,
} from "../../../src/models/district.ts";
import { CONTEXT_MEASURES } from "../../../contract/siteData.ts";

const { products, model } = runPipeline("data");
const rowsOf = (name: string) => products.find((p) => p.name === name && !p.folder)!.rows;
const programme = new Set(model.participation.map((p) => p.district_slug));
const map = (lang: "ko" | "en") =>
  tileMapModel(
    { profiles: rowsOf("district-profiles"), enterprises: rowsOf("enterprises"), programme },
    lang,
  );

describe("tile map", () => {
  test("the figure is the all-kinds count of one source and date covering the most districts", () => {
    const m = map("en");
    const f = m.figure!;
    expect(ENTERPRISE_TOTAL_KEYS).toContain(f.typeKey);
    // Re-derived from the product without the model: count districts per (source, period, type).
    const cover = new Map<string, Set<string>>();
    for (const r of rowsOf("enterprises")) {
      if (r.district_slug === "seoul" || !ENTERPRISE_TOTAL_KEYS.includes(String(r.type_key)))
        continue;
      const k = `${r.source_id}|${r.period}|${r.type_key}`;
      cover.set(k, (cover.get(k) ?? new Set()).add(String(r.district_slug)));
    }
    const widest = Math.max(...[...cover.values()].map((s) => s.size));
    expect(f.districts).toBe(widest);
    expect(cover.get(`${f.sourceId}|${f.period}|${f.typeKey}`)!.size).toBe(widest);
  });

  test("each tile's value is the product's count, and only the figure's districts have one", () => {
    const m = map("ko");
    const f = m.figure!;
    const figureTiles = m.tiles.filter((t) => t.state === "figure");
    expect(figureTiles.length).toBe(f.districts);
    for (const t of figureTiles) {
      const row = rowsOf("enterprises").find(
        (r) =>
          r.district_slug === t.slug &&
          r.source_id === f.sourceId &&
          r.period === f.period &&
          r.type_key === f.typeKey,
      )!;
      expect(t.value).toBe(row.count);
      expect(t.factId).toBe(row.fact_id);
    }
    expect(m.tiles.filter((t) => t.state !== "figure").every((t) => t.value === null)).toBe(true);
    expect(m.tiles).toHaveLength(25);
    expect(m.counts.figure + m.counts.other + m.counts.none).toBe(25);
  });

  test("Jongno (one old count) and Seongbuk (hundreds of figures) no longer look alike", () => {
    const m = map("ko");
    const jongno = m.tiles.find((t) => t.slug === "jongno")!;
    const seongbuk = m.tiles.find((t) => t.slug === "seongbuk")!;
    expect(seongbuk.state).toBe("figure");
    expect(jongno.state).toBe("other");
  });

  test("a district in the special-zone programme is never 'no figure at all'", () => {
    const m = map("en");
    expect(programme.size).toBeGreaterThan(0);
    for (const slug of programme) {
      const tile = m.tiles.find((t) => t.slug === slug)!;
      expect(tile.state, slug).not.toBe("none");
      expect(tile.inProgramme).toBe(true);
    }
    // Gwanak: a place in the programme and one 2018 count of social enterprises by type
    // (no total of all social-economy organisations, so no comparable figure).
    const gwanak = m.tiles.find((t) => t.slug === "gwanak")!;
    expect(gwanak).toMatchObject({ state: "other", facts: 3, inProgramme: true });
  });

  test("no figure of another definition is picked", () => {
    const rows: ProductRow[] = [
      { district_slug: "a", source_id: "s1", period: "2013", type_key: "cooperative", count: 5 },
      { district_slug: "b", source_id: "s1", period: "2013", type_key: "cooperative", count: 6 },
      { district_slug: "a", source_id: "s2", period: "2017", type_key: "all", count: 9 },
    ];
    expect(pickFigure(rows, "en")).toMatchObject({ sourceId: "s2", districts: 1 });
    expect(pickFigure(rows.slice(0, 2), "en")).toBeNull();
  });

  test("levels rank the values into at most three steps, each with its range", () => {
    const { levelOf, levels } = levelsOf([45, 59, 62, 131]);
    expect([45, 59, 62, 131].map(levelOf)).toEqual([1, 1, 2, 3]);
    expect(levels).toEqual([
      { level: 1, min: 45, max: 59 },
      { level: 2, min: 62, max: 62 },
      { level: 3, min: 131, max: 131 },
    ]);
    expect(levelsOf([]).levels).toEqual([]);
  });

  test("short labels: Korean without 구, English without -gu, broken between syllables", () => {
    expect(shortLabel("영등포구", "Yeongdeungpo-gu", "ko")).toEqual(["영등포"]);
    expect(shortLabel("영등포구", "Yeongdeungpo-gu", "en")).toEqual(["Yeong", "deung", "po"]);
    const names = rowsOf("district-profiles")
      .filter((r) => r.is_city === false)
      .map((r) => String(r.district_en).replace(/-gu$/, ""));
    for (const n of names) {
      const parts = syllableParts(n);
      expect(parts.join(""), n).toBe(n);
      // No part longer than "pyeong": each fits a phone's tile.
      for (const p of parts) expect(p.length, `${n}: ${p}`).toBeLessThanOrEqual(6);
    }
    expect(syllableParts("Eunpyeong")).toEqual(["Eun", "pyeong"]);
    expect(syllableParts("Seodaemun")).toEqual(["Seo", "dae", "mun"]);
    expect(syllableParts("Nowon")).toEqual(["No", "won"]);
  });
});

describe("district figures", () => {
  const social = (slug: string) =>
    model.facts.filter((f) => f.district_slug === slug && !CONTEXT_MEASURES.includes(f.measure));

  test("every figure is counted under exactly one source, largest first", () => {
    const facts = social("seongbuk");
    const groups = sourceGroupsOf(facts, model.sources, model.measures, "ko");
    expect(groups.reduce((n, g) => n + g.facts, 0)).toBe(facts.length);
    expect(new Set(groups.map((g) => g.sourceId)).size).toBe(groups.length);
    expect(groups.map((g) => g.facts)).toEqual(
      [...groups.map((g) => g.facts)].sort((a, b) => b - a),
    );
    expect(groups[0]!.sourceId).toBe("seongbuk-plan-2017");
    for (const g of groups)
      expect(facts.find((f) => f.id === g.firstFactId)!.source_id).toBe(g.sourceId);
    expect(facts.length).toBeGreaterThan(INLINE_FACTS);
  });

  test("a span runs from the earliest period to the latest", () => {
    const groups = sourceGroupsOf(social("gangbuk"), model.sources, model.measures, "en");
    const plan = groups.find((g) => g.sourceId === "gangbuk-plan-2016")!;
    expect(plan.span).toMatch(/^2013/);
  });

  test("the districts near on the map are tile neighbours, as the heading now says", () => {
    const near = neighboursOf(rowsOf("district-profiles"), "jung", "en").map((n) => n.slug);
    // Yeongdeungpo sits diagonally next to Jung-gu on the tile grid, though not in Seoul.
    expect(near).toContain("yeongdeungpo");
  });
});

test("a printed total that is not the sum of its parts is marked, its printed value kept", () => {
  const m = map("ko");
  for (const t of m.tiles.filter((x) => x.state === "figure")) {
    const row = rowsOf("enterprises").find((r) => r.fact_id === t.factId)!;
    expect(t.mismatch, t.slug).toBe(row.count_check === "mismatch");
    expect(t.value).toBe(row.count);
  }
});

describe("a district page's charts", () => {
  test("the first chart of each comparison is drawn, the others linked to their page", () => {
    const ids = [
      "enterprises-northeast-2017",
      "enterprises-totals",
      "budget-years",
      "budget-by-funder",
      "purchasing",
      "purchasing-series",
    ];
    const m = districtCharts(ids);
    expect(m.shown).toEqual(["enterprises-northeast-2017", "budget-years", "purchasing"]);
    expect(m.elsewhere).toEqual([
      { id: "enterprises-totals", route: "compare/enterprises/", page: "enterprises" },
      { id: "budget-by-funder", route: "compare/budgets/", page: "budgets" },
      { id: "purchasing-series", route: "compare/purchasing/", page: "purchasing" },
    ]);
    expect(districtCharts(["enterprises-totals", "purchasing-series"]).elsewhere).toEqual([]);
  });

  test("every chart a district is in is drawn on its page or linked from it", () => {
    const charts = products.filter((p) => p.folder === "charts");
    expect(charts.length).toBeGreaterThan(0);
    for (const d of model.districts.filter((x) => !x.is_city)) {
      const ids = charts.filter((c) => c.rows.some((r) => r.district_slug === d.slug));
      const m = districtCharts(ids.map((c) => c.name));
      expect([...m.shown, ...m.elsewhere.map((e) => e.id)].sort(), d.slug).toEqual(
        ids.map((c) => c.name).sort(),
      );
    }
  });
});
