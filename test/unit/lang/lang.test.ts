/**
 * Issue #17: each page in its own language. Locators say "쪽" on Korean pages
 * and "p." on English ones, lists of districts follow each language's order,
 * code in text is marked, and a label missing a language stops the build.
 */
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { missingLabels } from "../../../scripts/products/bilingual.ts";
import { locator, pageLabel } from "../../../src/models/locator.ts";
import { byName } from "../../../src/models/order.ts";
import { codeParts, latinParts } from "../../../src/models/text.ts";
import { captionLabel } from "../../../src/models/sources.ts";
import { districtIndexModel } from "../../../src/models/districtIndex.ts";
import { neighboursOf } from "../../../src/models/district.ts";
import { finderEntries } from "../../../src/models/finder.ts";
import { claimRows } from "../../../src/models/claims.ts";

const { products, model, checks } = runPipeline("data");
const rowsOf = (name: string) => products.find((p) => p.name === name && !p.folder)!.rows;

describe("locators", () => {
  test("a page in the page's language", () => {
    expect(pageLabel("56", "ko")).toBe("56쪽");
    expect(pageLabel("56", "en")).toBe("p. 56");
    expect(pageLabel("239-243", "ko")).toBe("239~243쪽");
    expect(pageLabel("239-243", "en")).toBe("pp. 239–243");
    expect(() => pageLabel("from p. 2", "ko")).toThrow(/not a printed page/);
  });

  test("an article reads 기사 or article, never both", () => {
    const article = { page: "", section: "", source_kind: "news-report" };
    expect(locator(article, "ko")).toBe("기사");
    expect(locator(article, "en")).toBe("article");
    expect(
      locator({ page: "4", section: "I-4 예산현황", source_kind: "official-document" }, "ko"),
    ).toBe("4쪽 · I-4 예산현황");
    expect(() => locator({ page: "", source_kind: "leaflet" }, "ko")).toThrow(/leaflet/);
  });

  test("every fact has a locator in both languages", () => {
    for (const f of model.facts) {
      expect(locator(f, "ko")).not.toMatch(/p\./);
      expect(locator(f, "en")).not.toMatch(/쪽/);
    }
  });
});

describe("lists of districts", () => {
  const ko = new Intl.Collator("ko").compare;
  const en = new Intl.Collator("en").compare;
  const sorted = (xs: string[], cmp: (a: string, b: string) => number) => [...xs].sort(cmp);

  test("byName keeps Seoul last and sorts the rest per language", () => {
    const xs = [
      { n: "서울시", city: true },
      { n: "중구", city: false },
      { n: "강남구", city: false },
    ];
    expect(
      byName(
        xs,
        "ko",
        (x) => x.n,
        (x) => x.city,
      ).map((x) => x.n),
    ).toEqual(["강남구", "중구", "서울시"]);
  });

  test("/districts/ rows: 가나다 in Korean, alphabetical in English", () => {
    const claims = claimRows(rowsOf("claims"));
    const koNames = districtIndexModel(rowsOf("district-profiles"), claims, "ko").rows.map(
      (r) => r.name,
    );
    const enNames = districtIndexModel(rowsOf("district-profiles"), claims, "en").rows.map(
      (r) => r.name,
    );
    expect(koNames[0]).toBe("강남구");
    expect(koNames).toEqual(sorted(koNames, ko));
    expect(enNames[0]).toBe("Dobong-gu");
    expect(enNames).toEqual(sorted(enNames, en));
  });

  test("the finder and the neighbours follow the same order", () => {
    const finderKo = finderEntries(model.districts, "ko").map((e) => e.name_ko);
    expect(finderKo).toEqual(sorted(finderKo, ko));
    const finderEn = finderEntries(model.districts, "en").map((e) => e.name_en);
    expect(finderEn).toEqual(sorted(finderEn, en));
    const n = neighboursOf(rowsOf("district-profiles"), "seongbuk", "ko").map((x) => x.name);
    expect(n.length).toBeGreaterThan(1);
    expect(n).toEqual(sorted(n, ko));
  });
});

describe("text marks", () => {
  test("`backticked` words are code", () => {
    expect(codeParts("행마다 `unit` 열에")).toEqual([
      { text: "행마다 ", code: false },
      { text: "unit", code: true },
      { text: " 열에", code: false },
    ]);
  });

  test("Latin names in Korean text are found, and only the names given", () => {
    expect(latinParts("acwnews 기사(2020-01)", ["acwnews"]).filter((p) => p.en)).toEqual([
      { text: "acwnews", en: true },
    ]);
    expect(
      latinParts("동행의 경제학 by 동네방네뉴스")
        .filter((p) => p.en)
        .map((p) => p.text),
    ).toEqual(["by"]);
    expect(latinParts("구청 발표", [])).toEqual([{ text: "구청 발표", en: false }]);
  });

  test("a statistic's column name as caption is code", () => {
    expect(captionLabel("pop_total_2016")).toBe("`pop_total_2016`");
    expect(captionLabel("구 성")).toBe("구 성");
  });
});

describe("every label in both languages", () => {
  test("the data has none missing", () => {
    expect(missingLabels(model, checks)).toEqual([]);
  });

  test("a missing one is named", () => {
    const f = model.facts.find((x) => x.category !== "")!;
    const broken = { ...model, facts: [{ ...f, category_en: "" }], sources: [] };
    expect(missingLabels(broken, [])).toEqual([
      `category "${f.category}" (fact ${f.id}, ${f.input_file}): English`,
    ]);
    const src = { ...model.sources[0]!, licence_ko: "" };
    expect(missingLabels({ ...model, sources: [src], facts: [] }, [])).toContain(
      `source "${src.id}" licence: Korean`,
    );
  });
});
