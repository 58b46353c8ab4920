/**
 * In a real browser, the visible sentences that state numbers on the home
 * page and every district page (Korean and English) are exactly the claims'
 * texts from the published claims.csv, each marked data-claim; and no other
 * sentence of the page's prose carries a number.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
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

const pages: { route: string; lang: "ko" | "en"; expected: Row[] }[] = [
  { route: "", lang: "ko", expected: claims.filter((c) => c.scope === "home") },
  { route: "en/", lang: "en", expected: claims.filter((c) => c.scope === "home") },
  ...slugs.flatMap((slug) =>
    (["ko", "en"] as const).map((lang) => ({
      route: `${lang === "en" ? "en/" : ""}districts/${slug}/`,
      lang,
      expected: claims.filter((c) => c.scope === "district" && c.district_slug === slug),
    })),
  ),
];

let browser: Browser;
let site: { url: string };
beforeAll(async () => {
  site = sharedSite();
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("every district has claims", () => {
  expect(slugs).toHaveLength(25);
});

test.each(pages.map((p) => [p.route || "/", p] as const))(
  "%s shows exactly its claims",
  async (_, p) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.url + p.route);
    const seen = await page.$$eval("[data-claim]", (els) =>
      els.map((e) => ({
        id: e.getAttribute("data-claim")!,
        text: e.textContent ?? "",
        visible: (e as HTMLElement).offsetParent !== null,
      })),
    );
    expect(seen.map((s) => s.id)).toEqual(p.expected.map((c) => c.claim_id));
    for (const s of seen) {
      const claim = p.expected.find((c) => c.claim_id === s.id)!;
      expect(s.text).toBe(p.lang === "ko" ? claim.text_ko : claim.text_en);
      expect(s.visible, s.id).toBe(true);
    }
    // The prose outside claims, charts, tables, link lists and the finder's help text (its
    // example spellings include a district code) states no number.
    const stray = await page.$$eval("main p", (els) =>
      els
        .filter(
          (e) =>
            !e.closest(
              "figure, table, details, nav, .tile-map, .claim-sources, .district-finder",
            ) && !e.querySelector("ul, ol"),
        )
        .map((e) => {
          const copy = e.cloneNode(true) as HTMLElement;
          copy.querySelectorAll("[data-claim], .claim-sources").forEach((x) => x.remove());
          return copy.textContent ?? "";
        })
        .filter((t) => /\d/.test(t)),
    );
    expect(stray).toEqual([]);
    await page.close();
  },
);
