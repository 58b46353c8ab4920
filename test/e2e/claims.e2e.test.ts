/**
 * In a real browser, the visible sentences that state numbers are exactly the
 * claims' texts from the published claims.csv, each marked data-claim: on the
 * home page, every district page, /data/ (the changelog), the comparison
 * pages, and in every chart
 * wherever it is drawn (comparison, district and embed pages): its takeaway,
 * its unit line where it states a date, and its SVG's text alternative (<desc>).
 * No other sentence of the page's prose carries a number.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CHART_IDS } from "../../contract/charts.ts";
import { connectBrowser, sharedSite } from "./support/session.ts";
import { DIST } from "./support/site.ts";

type Row = Record<string, string>;
const claims = Papa.parse<Row>(
  readFileSync(join(DIST, "data/claims.csv"), "utf8").replace(/^\uFEFF/, ""),
  {
    header: true,
    skipEmptyLines: true,
  },
).data;
const slugs = [
  ...new Set(claims.filter((c) => c.scope === "district").map((c) => c.district_slug!)),
];
const byId = new Map(claims.map((c) => [c.claim_id!, c]));

interface Expected {
  route: string;
  lang: "ko" | "en";
  /** The page's own claims (outside its charts), in order. */
  expected: Row[];
  /** The charts the page must draw (all of them must carry their claims either way). */
  charts?: string[];
  /** The prose that must state no number outside claims (default: the page's paragraphs). */
  prose?: string;
}

const both = (route: string, expected: Row[], more: Partial<Expected> = {}): Expected[] =>
  (["ko", "en"] as const).map((lang) => ({
    route: `${lang === "en" ? "en/" : ""}${route}`,
    lang,
    expected,
    ...more,
  }));

/** A comparison page's own claims: scope "compare", named after the page. */
const comparing = (page: string) =>
  claims.filter((c) => c.scope === "compare" && c.claim_id!.startsWith(`compare-${page}-`));

const pages: Expected[] = [
  ...both(
    "",
    claims.filter((c) => c.scope === "home"),
  ),
  ...slugs.flatMap((slug) =>
    both(
      `districts/${slug}/`,
      claims.filter((c) => c.scope === "district" && c.district_slug === slug),
    ),
  ),
  // /data/ lists files with their sizes and formats: its changelog is the prose checked here
  // (the version is an identifier, in <strong>, not a number).
  ...both(
    "data/",
    claims.filter((c) => c.scope === "data"),
    { prose: "section:has(#changelog) :is(p, li)" },
  ),
  ...both("compare/enterprises/", comparing("enterprises"), {
    charts: ["enterprises-northeast-2017", "enterprises-totals", "enterprises-totals-per-10k"],
  }),
  ...both("compare/budgets/", comparing("budgets"), {
    charts: ["budget-years", "budget-by-funder", "special-zone-budget"],
  }),
  ...both("compare/purchasing/", comparing("purchasing"), {
    charts: ["purchasing", "purchasing-series"],
  }),
  ...CHART_IDS.flatMap((id) => both(`embed/${id}/`, [], { charts: [id] })),
];

let browser: Browser;
let site: { url: string };
// One context for every page (a fresh page each): the site is static, and a context per
// page cost as much as the page on 2 cores.
let context: BrowserContext;
beforeAll(async () => {
  site = sharedSite();
  browser = await connectBrowser();
  context = await browser.newContext({ viewport: { width: 375, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

test("every district has claims, and every chart its takeaway and text alternative", () => {
  expect(slugs).toHaveLength(25);
  for (const id of CHART_IDS) {
    expect(byId.get(`chart-${id}-takeaway`)?.scope).toBe("chart");
    expect(byId.get(`chart-${id}-alt`)?.scope).toBe("chart");
  }
});

/** What each chart figure of the page prints: its marked sentences and its SVGs' <desc>. */
async function figures(page: Page) {
  return page.$$eval("figure.chart", (figs) =>
    figs.map((f) => ({
      chart: f.id.replace(/^chart-/, ""),
      marked: [...f.querySelectorAll("[data-claim]")].map((e) => ({
        id: e.getAttribute("data-claim")!,
        text: e.textContent ?? "",
        // Shown, or on the figure a switch hides until its button is pressed (chartSwitch.e2e).
        visible:
          (e as HTMLElement).offsetParent !== null || e.closest("[data-view][hidden]") !== null,
      })),
      descs: [...f.querySelectorAll("svg > desc")].map((d) => d.textContent ?? ""),
    })),
  );
}

test.concurrent.each(pages.map((p) => [p.route || "/", p] as const))(
  "%s shows exactly its claims",
  async (_, p) => {
    const page = await context.newPage();
    await page.goto(site.url + p.route);
    const text = (c: Row) => (p.lang === "ko" ? c.text_ko : c.text_en);

    // The page's own sentences, outside its charts.
    const seen = await page.$$eval("[data-claim]", (els) =>
      els
        .filter((e) => !e.closest("figure.chart"))
        .map((e) => ({
          id: e.getAttribute("data-claim")!,
          text: e.textContent ?? "",
          // Shown, or on the figure a switch hides until its button is pressed (chartSwitch.e2e).
          visible:
            (e as HTMLElement).offsetParent !== null || e.closest("[data-view][hidden]") !== null,
        })),
    );
    expect(seen.map((s) => s.id)).toEqual(p.expected.map((c) => c.claim_id));
    for (const s of seen) {
      expect(s.text).toBe(text(byId.get(s.id)!));
      expect(s.visible, s.id).toBe(true);
    }

    // Every chart's sentences: the takeaway (and the unit line where it is a claim) as
    // marked, visible text; the text alternative of both drawings (wide and phone).
    const figs = await figures(page);
    if (p.charts) expect(figs.map((f) => f.chart)).toEqual(p.charts);
    for (const f of figs) {
      const own = ["takeaway", "unit"]
        .map((part) => byId.get(`chart-${f.chart}-${part}`))
        .filter((c): c is Row => c !== undefined);
      expect(f.marked.map((m) => m.id)).toEqual(own.map((c) => c.claim_id));
      for (const m of f.marked) {
        expect(m.text).toBe(text(byId.get(m.id)!));
        expect(m.visible, m.id).toBe(true);
      }
      const alt = byId.get(`chart-${f.chart}-alt`)!;
      expect(f.descs).toHaveLength(2);
      for (const d of f.descs) expect(d).toBe(text(alt));
    }

    // The prose outside claims, charts, tables, link lists and the finder's help text (its
    // example spellings include a district code) states no number.
    const stray = await page.$$eval(
      p.prose ?? "main p",
      (els, identifiers) =>
        els
          .filter(
            (e) =>
              !e.closest(
                "figure, table, details, nav, .tile-map, .claim-sources, .district-finder",
              ) && !e.querySelector("ul, ol"),
          )
          .map((e) => {
            const copy = e.cloneNode(true) as HTMLElement;
            copy
              .querySelectorAll(`[data-claim], .claim-sources${identifiers}`)
              .forEach((x) => x.remove());
            // A formula's constant is not a datum: "result ÷ target × 100".
            return (copy.textContent ?? "").replace(/× ?100\b/g, "");
          })
          .filter((t) => /\d/.test(t)),
      p.prose ? ", strong" : "",
    );
    expect(stray).toEqual([]);
    await page.close();
  },
);
