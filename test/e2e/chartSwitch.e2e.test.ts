/**
 * The comparison's switch between totals and per 10,000 residents, in a real
 * browser under the real CSP, on a phone and on a laptop: a click shows the
 * per-resident figure and hides the totals one, and the buttons say which is
 * pressed; with JavaScript off both figures are on the page and the link
 * beside the totals lands on the per-resident figure, and back.
 */
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { connectBrowser, sharedSite } from "./support/session.ts";
import { DIST } from "./support/site.ts";

const TOTALS = "enterprises-totals";
const PER10K = "enterprises-totals-per-10k";
const WIDTHS = [375, 1280] as const;
const PAGES = [
  {
    route: "compare/enterprises/",
    totals: "총수",
    per10k: "주민 1만 명당",
    see: "주민 1만 명당으로 보기",
  },
  {
    route: "en/compare/enterprises/",
    totals: "Totals",
    per10k: "Per 10,000 residents",
    see: "See per 10,000 residents",
  },
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

async function open(route: string, width: number, javaScriptEnabled = true) {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    javaScriptEnabled,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(site.url + route);
  return { page, errors, close: () => context.close() };
}

/** The figure's drawing that shows at this width (wide or narrow SVG), visible or not. */
const svgVisible = (page: Page, id: string) =>
  page.locator(`#chart-${id} .chart-svg svg`).evaluateAll((svgs) =>
    svgs.some((s) => {
      const r = s.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(s).visibility !== "hidden";
    }),
  );
const pressed = (page: Page, id: string) =>
  page.getAttribute(`button[data-show="${id}"]`, "aria-pressed");

describe.each(PAGES)("$route", (p) => {
  describe.each(WIDTHS)("at %i px", (width) => {
    test("a click switches the totals to per 10,000 residents, and back", async () => {
      const { page, errors, close } = await open(p.route, width);
      const totalsButton = page.getByRole("button", { name: p.totals, exact: true });
      const per10kButton = page.getByRole("button", { name: p.per10k, exact: true });
      expect(await totalsButton.isVisible()).toBe(true);
      expect(await pressed(page, TOTALS)).toBe("true");
      expect(await pressed(page, PER10K)).toBe("false");
      expect(await svgVisible(page, TOTALS)).toBe(true);
      expect(await svgVisible(page, PER10K)).toBe(false);
      // With the buttons there, the no-JS links between the figures are gone.
      expect(await page.getByRole("link", { name: p.see }).isVisible()).toBe(false);

      await per10kButton.click();
      expect(await pressed(page, PER10K)).toBe("true");
      expect(await pressed(page, TOTALS)).toBe("false");
      expect(await svgVisible(page, PER10K)).toBe(true);
      expect(await svgVisible(page, TOTALS)).toBe(false);
      expect(await page.isVisible(`[data-claim="chart-${PER10K}-takeaway"]`)).toBe(true);
      expect(await page.isVisible(`[data-claim="chart-${TOTALS}-takeaway"]`)).toBe(false);
      // The sentence naming what the per-resident figure leaves out is shown with it.
      expect(await page.isVisible('[data-claim="compare-enterprises-per-10k-dropped"]')).toBe(true);

      await totalsButton.click();
      expect(await pressed(page, TOTALS)).toBe("true");
      expect(await svgVisible(page, TOTALS)).toBe(true);
      expect(await svgVisible(page, PER10K)).toBe(false);
      expect(errors).toEqual([]);
      await close();
    });
  });

  test("a link to the per-resident figure's anchor shows it", async () => {
    const { page, errors, close } = await open(`${p.route}#chart-${PER10K}`, 1280);
    expect(await pressed(page, PER10K)).toBe("true");
    expect(await svgVisible(page, PER10K)).toBe(true);
    expect(await svgVisible(page, TOTALS)).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  test.each(WIDTHS)(
    "with JavaScript off at %i px, the link lands on the per-resident figure and back",
    async (width) => {
      const { page, close } = await open(p.route, width, false);
      expect(await page.isVisible("[data-switch-buttons]")).toBe(false);
      expect(await svgVisible(page, TOTALS)).toBe(true);
      expect(await svgVisible(page, PER10K)).toBe(true);
      await page.getByRole("link", { name: p.see, exact: true }).click();
      await page.waitForURL(new RegExp(`#chart-${PER10K}$`));
      const top = await page
        .locator(`#chart-${PER10K}`)
        .evaluate((e) => e.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThan(2);
      await page.locator(`#chart-${PER10K} ~ .switch-link [href="#chart-${TOTALS}"]`).click();
      await page.waitForURL(new RegExp(`#chart-${TOTALS}$`));
      const back = await page
        .locator(`#chart-${TOTALS}`)
        .evaluate((e) => e.getBoundingClientRect().top);
      expect(Math.abs(back)).toBeLessThan(2);
      await close();
    },
  );
});

test("the compare page's scripts are under 10 KB compressed all together", () => {
  const html = readFileSync(join(DIST, "compare/enterprises/index.html"), "utf8");
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  expect(srcs.some((s) => s.endsWith("/scripts/chart-switch.js"))).toBe(true);
  const total = [...new Set(srcs)]
    .map((s) => gzipSync(readFileSync(join(DIST, s.replace(/^.*\/scripts\//, "scripts/")))).length)
    .reduce((a, b) => a + b, 0);
  expect(total).toBeLessThan(10 * 1024);
});
