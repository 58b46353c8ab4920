/** The page models: they pick claims for a page and never rebuild a sentence. */
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { claimRows, claimsOf } from "../../../src/models/claims.ts";
import { homeModel } from "../../../src/models/home.ts";
import { districtModel, neighboursOf } from "../../../src/models/district.ts";
import { districtIndexModel } from "../../../src/models/districtIndex.ts";
import { aboutModel } from "../../../src/models/about.ts";
import { fillText } from "../../../src/models/text.ts";

const { products, model } = runPipeline("data");
const rowsOf = (name: string) => products.find((p) => p.name === name && !p.folder)!.rows;
const claims = claimRows(rowsOf("claims"));

describe("page models", () => {
  test("home: every home claim has a place, the Seongbuk series on the purchasing card", () => {
    const m = homeModel(claims, "ko", "/");
    expect(m.coverage.map((c) => c.id)).toEqual(["home-coverage", "home-districts"]);
    const purchasing = m.cards.find((c) => c.route === "compare/purchasing/")!;
    expect(purchasing.claims.map((c) => c.id)).toContain("home-purchasing-seongbuk");
    expect(purchasing.claims[1]!.facts[0]!.href).toBe(
      // The plan's tables are on numbered pages of its own (src/models/sourcePages.ts).
      "/sources/seongbuk-plan-2017/1/#fact-seongbuk-plan-2017-009",
    );
  });

  test("a district page opens with its own claims, in order", () => {
    const gangbuk = model.districts.find((d) => d.slug === "gangbuk")!;
    const m = districtModel(
      {
        district: gangbuk,
        charts: [],
        claims,
        facts: model.facts.filter((f) => f.district_code === gangbuk.code),
        measures: model.measures,
        sources: model.sources,
        profiles: rowsOf("district-profiles"),
        base: "/",
      },
      "en",
    );
    expect(m.summary.map((c) => c.id)).toEqual([
      "district-gangbuk-enterprises",
      "district-gangbuk-per10k",
      "district-gangbuk-rank",
      "district-gangbuk-budget",
      "district-gangbuk-missing",
    ]);
    expect(m.summary.every((c) => !c.text.includes("Seongbuk-gu has"))).toBe(true);
    expect(m.hasData).toBe(true);
  });

  test("a district with little data says what is not known", () => {
    // Gwanak: one 2018 count of social enterprises by type, its population, and what is missing.
    const gwanak = claimsOf(claims, "district", "ko", "gwanak", "/");
    expect(gwanak.map((c) => c.id)).toEqual([
      "district-gwanak-types",
      "district-gwanak-population",
      "district-gwanak-missing",
    ]);
    expect(gwanak.at(-1)!.text).toMatch(/예산, 사회적경제제품 공공구매 실적은 .*아직 없습니다/);
    // Jung-gu: one count of one type, said as what it is, not as a total.
    const jung = claimsOf(claims, "district", "ko", "jung", "/");
    expect(jung[0]!.text).toMatch(/총수는 출처에 없고/);
  });

  test("neighbours are the adjacent tiles", () => {
    expect(
      neighboursOf(rowsOf("district-profiles"), "seongbuk", "ko").map((n) => n.slug),
    ).toContain("gangbuk");
  });

  test("/districts/ rows carry the source kind and a failing total is marked", () => {
    const m = districtIndexModel(rowsOf("district-profiles"), claims, "ko", "/");
    const nowon = m.rows.find((r) => r.slug === "nowon")!;
    expect(nowon).toMatchObject({ total: 59, totalKind: "official-document", totalMismatch: true });
    expect(m.rows.find((r) => r.slug === "guro")!.totalKind).toBe("news-report");
    expect(m.claims.map((c) => c.id)).toEqual(["districts-coverage"]);
  });

  test("/about/ finds all its claims", () => {
    const m = aboutModel(claims, model.facts, model.participation, "ko", "/");
    expect(Object.keys(m.claims).sort()).toEqual([
      "checks",
      "coverage",
      "districts",
      "sourceYears",
      "zoneBudget",
    ]);
  });

  test("fillText attaches particles by sound", () => {
    expect(fillText("{name|은/는} 굵게", { name: "성북구" })).toBe("성북구는 굵게");
    expect(fillText("{name|은/는} 굵게", { name: "강서구" })).toBe("강서구는 굵게");
    expect(fillText("{name|은/는} 굵게", { name: "서울특별시 중랑" })).toBe(
      "서울특별시 중랑은 굵게",
    );
    expect(() => fillText("{n|이/가}", { n: "59" })).toThrow();
  });
});
