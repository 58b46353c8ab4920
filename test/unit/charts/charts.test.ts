import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { CHARTS, type ChartId } from "../../../src/charts/index.ts";
import type { ChartOutput } from "../../../src/charts/types.ts";
import { LANGS, type Lang } from "../../../src/i18n/index.ts";
import { cellNumber, cellText, type ProductRow } from "../../../src/data/products.ts";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { formatNumber, formatPeriod } from "../../../src/lib/format.ts";
import { MIN_TEXT_SIZE } from "../../../src/charts/draw/sizes.ts";
import { chartText, claimRows } from "../../../src/models/claims.ts";
import { FIXTURES } from "./fixtures/rows.ts";
import { fixtureText } from "./fixtures/text.ts";
import { assertSvgSnapshot } from "./snapshot.ts";

const IDS = Object.keys(CHARTS) as ChartId[];
const build = (id: ChartId, lang: Lang, highlight?: string): ChartOutput => {
  const text = fixtureText(id, lang);
  return CHARTS[id].build(
    FIXTURES[id],
    highlight === undefined ? { lang, text } : { lang, text, highlight },
  );
};

function parseSvg(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg");
  if (!root) throw new Error("no <svg>");
  return root as unknown as Element;
}
const texts = (svg: string) =>
  [...parseSvg(svg).querySelectorAll("text")].map((t) => t.textContent ?? "");
const bars = (svg: string) => parseSvg(svg).querySelectorAll("rect").length;
const hasHangul = (s: string) => /[\uac00-\ud7a3]/.test(s);

/** District slug whose marks each chart's fixture can emphasise (special-zone rows are all Seoul: none). */
const HIGHLIGHT: Record<ChartId, string | undefined> = {
  "enterprises-northeast-2017": "gangbuk",
  "enterprises-totals": "dobong",
  "enterprises-totals-per-10k": "dobong",
  "budget-years": "dobong",
  "budget-by-funder": "yeongdeungpo",
  purchasing: "seongbuk",
  "purchasing-series": "seongbuk",
  "special-zone-budget": undefined,
};

/** How many bars each fixture must draw: one per non-null value (nulls are never drawn as 0). */
const BARS: Record<ChartId, (rows: ProductRow[]) => number> = {
  "enterprises-northeast-2017": (rows) =>
    rows.filter((r) => cellNumber(r, "per_10k_residents") !== null).length,
  // Seoul as a whole is written out, not drawn, beside the districts.
  "enterprises-totals": (rows) =>
    rows.filter((r) => cellNumber(r, "count") !== null && cellText(r, "district_code") !== "11000")
      .length,
  // Per 10,000 residents Seoul is on the districts' scale, so it is drawn too.
  "enterprises-totals-per-10k": (rows) =>
    rows.filter((r) => cellNumber(r, "per_10k_residents") !== null).length,
  "budget-years": (rows) => rows.filter((r) => cellNumber(r, "value_krw") !== null).length,
  "budget-by-funder": (rows) => rows.filter((r) => cellNumber(r, "value_krw") !== null).length,
  purchasing: (rows) =>
    rows.filter((r) => cellNumber(r, "target_krw") !== null).length +
    rows.filter((r) => cellNumber(r, "actual_krw") !== null).length,
  "special-zone-budget": (rows) => rows.filter((r) => cellNumber(r, "value_krw") !== null).length,
  // A dot chart: points, no bars.
  "purchasing-series": () => 0,
};

describe.each(IDS)("chart %s", (id) => {
  describe.each(LANGS)("in %s", (lang) => {
    const chart = build(id, lang);

    it("matches its SVG snapshot", () => {
      assertSvgSnapshot(`${id}-${lang}`, chart.svg);
    });

    it("is deterministic", () => {
      expect(build(id, lang).svg).toBe(chart.svg);
    });

    it("is an accessible image with a name and a description", () => {
      const svg = parseSvg(chart.svg);
      expect(svg.getAttribute("role")).toBe("img");
      expect(svg.getAttribute("aria-label")?.length ?? 0).toBeGreaterThan(10);
      expect(svg.firstElementChild?.tagName.toLowerCase()).toBe("title");
      expect(svg.querySelector("desc")?.textContent).toBe(chart.alt);
    });

    it("prints the sentences it is given (its claims), and writes none of its own", () => {
      const text = fixtureText(id, lang);
      expect(chart.takeaway).toBe(text.takeaway.text);
      expect(chart.alt).toBe(text.alt.text);
      expect(chart.text).toEqual(text);
      expect(chart.svg).toContain(text.alt.text);
    });

    it("scales with CSS, inherits colour, asks for the measured font, keeps text at 12px or more", () => {
      const svg = parseSvg(chart.svg);
      const style = svg.getAttribute("style") ?? "";
      expect(style).toContain("font-size:13px");
      expect(style).toContain("background:transparent");
      expect(style).toContain("color:currentColor");
      expect(style).toContain('font-family:"Noto Sans KR"');
      expect(svg.getAttribute("viewBox")).toMatch(/^0 0 640 \d+$/);
      const sizes = [...svg.querySelectorAll("[font-size]")]
        .filter((e) => e !== svg)
        .map((e) => Number(e.getAttribute("font-size")));
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(MIN_TEXT_SIZE);
      expect(svg.getAttribute("class")).toBe(`sea-chart-${id}`);
    });

    it("writes its text in the page language", () => {
      const all = texts(chart.svg).join(" ");
      if (lang === "ko") expect(hasHangul(all)).toBe(true);
      // English charts keep Korean only inside quoted table captions, as printed.
      else
        for (const t of texts(chart.svg))
          if (hasHangul(t)) expect(t).toMatch(/[“(].*[\uac00-\ud7a3].*[”)]/);
      expect(hasHangul(chart.unit)).toBe(lang === "ko");
    });

    it("draws one bar per value, none for a missing value", () => {
      expect(bars(chart.svg)).toBe(BARS[id](FIXTURES[id]));
    });

    it("has a table of every row with source, page and formatted numbers", () => {
      const { columns, rows } = chart.table;
      expect(rows).toHaveLength(FIXTURES[id].length);
      for (const row of rows) expect(row).toHaveLength(columns.length);
      const labels = columns.map((c) => c.label);
      expect(labels).toContain(lang === "ko" ? "출처" : "Source");
      expect(labels).toContain(lang === "ko" ? "쪽·절" : "Page or section");
      expect(columns.some((c) => c.numeric)).toBe(true);
      const source = labels.indexOf(lang === "ko" ? "출처" : "Source");
      for (const row of rows) expect(row[source]).toMatch(/^[a-z0-9-]+$/);
      // Numbers are grouped the people's way, never raw (no "1645000000").
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/\d{5,}/);
    });

    const slug = HIGHLIGHT[id];
    if (slug !== undefined) {
      it(`emphasises ${slug} when asked`, () => {
        const emphasised = build(id, lang, slug);
        expect(emphasised.svg).not.toBe(chart.svg);
        expect(
          parseSvg(emphasised.svg).querySelectorAll('[font-weight="bold"] text').length,
        ).toBeGreaterThan(parseSvg(chart.svg).querySelectorAll('[font-weight="bold"] text').length);
        assertSvgSnapshot(`${id}-${lang}-highlight-${slug}`, emphasised.svg);
      });
    } else {
      it("has no district to emphasise: highlight leaves it unchanged", () => {
        expect(build(id, lang, "seongbuk").svg).toBe(chart.svg);
      });
    }
  });
});

describe("missing values", () => {
  it("purchasing: a printed '-' target reads 'none', not 0", () => {
    for (const lang of LANGS) {
      const chart = build("purchasing", lang);
      const all = texts(chart.svg);
      expect(all).toContain(lang === "ko" ? "목표 없음(–)" : "target none (–)");
      const row2011 = chart.table.rows.find((r) => r[1] === (lang === "ko" ? "2011년" : "2011"))!;
      expect(row2011[2]).toBe("–");
      expect(row2011).not.toContain("0");
    }
  });

  it("purchasing: a mismatched printed rate is marked with a symbol and a word, not colour alone", () => {
    const all = texts(build("purchasing", "ko").svg);
    expect(all).toContain("달성률: 문서 86% ≠ 재계산 83.3% (불일치)");
    expect(all).toContain("달성률: 문서 101% · 재계산 100.8%");
    expect(texts(build("purchasing", "en").svg)).toContain(
      "Rate: printed 86% ≠ recomputed 83.3% (mismatch)",
    );
  });

  it("special-zone-budget: '-' years have no bar and read 없음/none", () => {
    const ko = build("special-zone-budget", "ko");
    expect(texts(ko.svg)).toContain("집행 없음(–)");
    expect(texts(build("special-zone-budget", "en").svg)).toContain("executed none (–)");
    const rows2014 = ko.table.rows.filter((r) => r[0] === "2014년");
    expect(rows2014.map((r) => r[2])).toEqual(["없음(–)", "없음(–)"]);
  });
});

describe("honesty", () => {
  it("enterprises-totals puts the date on every figure", () => {
    const ko = build("enterprises-totals", "ko");
    const all = texts(ko.svg);
    for (const r of FIXTURES["enterprises-totals"]) {
      // The count at the bar's end, its date after it or on the line under it.
      const at = all.findIndex((t) =>
        t.startsWith(`${formatNumber(cellNumber(r, "count")!, "ko")}개`),
      );
      expect(at).toBeGreaterThan(-1);
      expect(`${all[at]} ${all[at + 1]}`).toContain(formatPeriod(cellText(r, "period"), "ko"));
    }
  });

  it("enterprises-totals names the kind of source on every figure and in the table", () => {
    const ko = build("enterprises-totals", "ko");
    expect(texts(ko.svg)).toContain("140개 · 2017년 3월 · 언론");
    expect(texts(ko.svg)).toContain("131개 · 2017년 3월 1일 · 공식 문서");
    const kindColumn = ko.table.columns.findIndex((c) => c.label === "출처 종류");
    expect(ko.table.rows.map((r) => r[kindColumn])).toContain("언론 보도");
  });

  it("purchasing-series marks each point's kind by shape and label, not colour alone", () => {
    const rows = FIXTURES["purchasing-series"];
    for (const lang of ["ko", "en"] as const) {
      const chart = build("purchasing-series", lang);
      // Filled marks for official documents, hollow ones for releases and reports.
      const official = rows.filter(
        (r) => r.source_kind === "official-document" && cellNumber(r, "value") !== null,
      ).length;
      const hollow = rows.filter(
        (r) => r.source_kind !== "official-document" && cellNumber(r, "value") !== null,
      ).length;
      expect(chart.svg.match(/fill="none"/g)?.length ?? 0).toBeGreaterThanOrEqual(hollow);
      expect(official).toBeGreaterThan(0);
      // Every result from a release or report says so in its label.
      const labels = texts(chart.svg);
      const news = lang === "ko" ? " · 언론" : " · news";
      const press = lang === "ko" ? " · 보도자료" : " · press release";
      for (const r of rows.filter(
        (r) => r.status === "actual" && r.source_kind !== "official-document",
      ))
        expect(labels.some((t) => t.endsWith(r.source_kind === "news-report" ? news : press))).toBe(
          true,
        );
      const kindColumn = chart.table.columns.findIndex(
        (c) => c.label === (lang === "ko" ? "출처 종류" : "Kind of source"),
      );
      expect(kindColumn).toBeGreaterThan(-1);
    }
  });

  it("budget-years heads each district's bars with what its total covers", () => {
    const all = texts(build("budget-years", "ko").svg);
    expect(all).toContain("성북구 — ‘VI 재정계획’ 총액");
    expect(all).toContain("도봉구 — ‘소요예산액’ 총액");
  });

  it("budget-by-funder names each funder in a legend and writes each part under its bar", () => {
    const all = texts(build("budget-by-funder", "ko").svg);
    for (const name of ["국비", "국·시비", "시비", "구비"]) expect(all).toContain(name);
    expect(all).toContain("시비 4.4억 원 · 구비 1.6억 원");
  });
});

describe("width", () => {
  it("draws at the width asked for", () => {
    const svg = CHARTS.purchasing.build(FIXTURES.purchasing, {
      lang: "ko",
      width: 480,
      text: fixtureText("purchasing", "ko"),
    }).svg;
    expect(parseSvg(svg).getAttribute("viewBox")).toMatch(/^0 0 480 /);
  });
});

// The real datasets, built here from data/ so the test never depends on an earlier build.
describe("the real chart datasets", () => {
  const products = runPipeline("data").products;
  const charts = products.filter((p) => p.folder === "charts");
  const claims = claimRows(products.find((p) => p.name === "claims")!.rows);

  it("have exactly one builder each", () => {
    expect(charts.map((p) => p.name).sort()).toEqual([...IDS].sort());
  });

  it.each(charts.map((p) => [p.name, p] as const))(
    "%s builds in both languages",
    (_name, product) => {
      for (const lang of LANGS) {
        const id = product.name as ChartId;
        const text = chartText(claims, id, lang);
        const chart = CHARTS[id].build(product.rows, { lang, text });
        expect(chart.table.rows).toHaveLength(product.rows.length);
        // Its sentences are its claims: the takeaway, and the SVG's text alternative.
        const claim = (part: string) => claims.find((c) => c.claim_id === `chart-${id}-${part}`)!;
        expect(chart.takeaway).toBe(claim("takeaway")[`text_${lang}`]);
        expect(parseSvg(chart.svg).querySelector("desc")?.textContent).toBe(
          claim("alt")[`text_${lang}`],
        );
        expect(chart.svg).toContain('role="img"');
      }
    },
  );
});
