/**
 * Reading on a phone (issue #16), in the built site, in a real Chromium:
 *
 * - No table cell is squeezed: with every <details> opened (a reader may open
 *   any of them), a cell with text must be at least three characters wide
 *   (3 × its font size) or as wide as its text on one line, whichever is less.
 * - No page is taller than its budget (below), counted in screens of 812 px,
 *   the height of a 375 px-wide phone (iPhone X to 15 mini class), with the
 *   page as it opens (closed <details> stay closed), and no page's last chart
 *   starts further down than its budget.
 * - The tile map's labels fit their tiles at 11 px or more and no two tiles
 *   overlap, in both languages.
 *
 * Every district page is checked at 375 px in both languages; a representative
 * set of the other pages at 360, 375, 640 and 1280 px in both languages.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { connectBrowser, sharedSite } from "./support/session.ts";
import { builtRoutes } from "./support/site.ts";

const SCREEN = 812;
/**
 * Budgets, in screens at 360 and 375 px.
 *
 * District pages: what this page lays out itself — the summary, the list of its
 * charts, the programmes, the figures by source (the long fact tables live on
 * the source pages) and the districts near it — takes at most 5 screens. It
 * draws one chart per comparison the district is in and links the others
 * (src/models/district.ts), so the whole page takes at most 14 screens (12.6
 * for the English Yeongdeungpo-gu now) and its last chart starts within 9
 * (7.7 there: its first chart, every printed total of every district, is 2.5
 * screens on a phone); a list at the top links each chart.
 *
 * Home, /districts/ and the compare pages: 12 screens, charts included, the
 * last chart within 9. Reference pages (/sources/, a source page and its
 * numbered pages of tables, /quality/, /about/) are lists a reader searches
 * rather than scrolls, their long tables closed: 20 screens (15 now at most).
 * /data/ (a catalogue of every download with its description, its field
 * tables closed; its layout is not this work's) is held at 57 screens so that
 * it grows no longer; it is 42–56 screens now (the English page at 360 px took
 * 55.8 once the per-10,000 chart's file was listed: each file is ~0.9 screens).
 */
const BUDGET_DISTRICT_OWN = 5;
const BUDGET_DISTRICT = 14;
const BUDGET_LAST_CHART = 9;
const BUDGET_CHARTS = 12;
const BUDGET_REFERENCE = 20;
const BUDGET_DATA = 57;
const budgetOf = (route: string) =>
  /^(en\/)?data\//.test(route)
    ? BUDGET_DATA
    : /^(en\/)?(sources\/|quality\/|about\/)/.test(route)
      ? BUDGET_REFERENCE
      : BUDGET_CHARTS;

const WIDTHS = [360, 375, 640, 1280];
const OTHERS = [
  "",
  "districts/",
  "compare/enterprises/",
  "compare/budgets/",
  "compare/purchasing/",
  "sources/",
  "sources/seongbuk-plan-2017/",
  // A numbered page of the plan's tables: its 120-row table, opened, must not squeeze a cell.
  "sources/seongbuk-plan-2017/4/",
  "data/",
  "quality/",
  "about/",
];
const both = (routes: string[]) => [...routes, ...routes.map((r) => `en/${r}`)];
const DISTRICTS = builtRoutes().filter((r) => /^(en\/)?districts\/[a-z-]+\/$/.test(r));

let browser: Browser;
const contexts = new Map<number, Promise<BrowserContext>>();
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  for (const c of contexts.values()) await (await c).close();
  await browser?.close();
});

/**
 * Opens a route at a width (one browser context per width, made once even when
 * visits run concurrently; a fresh page per visit). Every visit also checks what
 * pages.e2e checks of every page (it leaves the district pages to this file, which
 * opens them anyway): no console error or CSP violation, no request to another
 * origin, no sideways scroll.
 */
async function visit<T>(route: string, width: number, check: (page: Page) => Promise<T>) {
  let context = contexts.get(width);
  if (!context) {
    context = browser.newContext({ viewport: { width, height: SCREEN } });
    contexts.set(width, context);
  }
  const page = await (await context).newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  const { origin } = sharedSite();
  // Watched, not intercepted: routing turns the browser's cache off (a machine without
  // internet fails such a request anyway; the page must not make it).
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin + "/") && !url.startsWith("data:")) foreign.push(url);
  });
  try {
    const response = await page.goto(sharedSite().url + route, { waitUntil: "load" });
    expect(response?.status(), route).toBe(200);
    const result = await check(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${route}: sideways scroll at ${width} px (px)`).toBeLessThanOrEqual(0);
    expect(errors, `${route}: console errors`).toEqual([]);
    expect(foreign, `${route}: requests to another origin`).toEqual([]);
    return result;
  } finally {
    await page.close();
  }
}

/** The page's height, and where its last chart starts (0 without charts), in px. */
const heights = (page: Page) =>
  page.evaluate(() => {
    const last = [...document.querySelectorAll("figure.chart")].at(-1);
    return {
      height: document.documentElement.scrollHeight,
      lastChart: last ? last.getBoundingClientRect().top + scrollY : 0,
    };
  });

/** Cells narrower than min(3 em, their text on one line), with every <details> open. */
function squeezedCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true;
    const ctx = document.createElement("canvas").getContext("2d")!;
    const bad: string[] = [];
    for (const cell of document.querySelectorAll<HTMLTableCellElement>("td, th")) {
      const text = (cell.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text === "" || !cell.checkVisibility()) continue;
      const cs = getComputedStyle(cell);
      const em = parseFloat(cs.fontSize);
      const inner = cell.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      ctx.font = cs.font;
      const oneLine = ctx.measureText(text).width;
      if (inner + 0.5 < Math.min(3 * em, oneLine)) {
        const table = cell.closest("table");
        bad.push(
          `"${text.slice(0, 24)}" ${inner.toFixed(0)} px wide at ${em} px` +
            ` (table.${table?.className || "?"})`,
        );
      }
    }
    return bad;
  });
}

/** Tile-map problems: labels outside their tile or under 11 px, tiles overlapping. */
function tileProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const tiles = [...document.querySelectorAll<HTMLElement>(".tile-map .tile")];
    const boxes = tiles.map((t) => t.getBoundingClientRect());
    tiles.forEach((tile, i) => {
      const box = boxes[i]!;
      const name = tile.querySelector(".visually-hidden")?.textContent?.split(":")[0] ?? "?";
      for (const part of tile.querySelectorAll<HTMLElement>(".tile-name, .tile-value")) {
        const size = parseFloat(getComputedStyle(part).fontSize);
        if (size < 11) bad.push(`${name}: ${part.className} at ${size} px`);
        const range = document.createRange();
        range.selectNodeContents(part);
        for (const r of range.getClientRects()) {
          if (r.width === 0) continue;
          if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
            bad.push(`${name}: "${part.textContent}" runs out of its tile`);
          if (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
            bad.push(`${name}: "${part.textContent}" runs out of its tile's height`);
        }
      }
      for (let j = i + 1; j < tiles.length; j++) {
        const o = boxes[j]!;
        const overlap =
          Math.min(box.right, o.right) - Math.max(box.left, o.left) > 0.5 &&
          Math.min(box.bottom, o.bottom) - Math.max(box.top, o.top) > 0.5;
        if (overlap) bad.push(`${name} overlaps tile ${j}`);
      }
    });
    return bad;
  });
}

// Visits run a few at a time (vitest.config.ts maxConcurrency): the test waits on the browser.
describe.concurrent("district pages at 375 px", () => {
  test("there are 25 in each language", () => {
    expect(DISTRICTS.length).toBe(50);
  });
  test.each(DISTRICTS)("/%s: within its budget, no squeezed cell", async (route) => {
    await visit(route, 375, async (page) => {
      const m = await page.evaluate(() => {
        const charts = [...document.querySelectorAll("figure.chart")];
        const links = [...document.querySelectorAll<HTMLAnchorElement>(".chart-jump a")];
        return {
          height: document.documentElement.scrollHeight,
          charts: charts.reduce((n, f) => n + f.getBoundingClientRect().height, 0),
          lastChart: charts.length ? charts.at(-1)!.getBoundingClientRect().top + scrollY : 0,
          ids: charts.map((f) => f.id),
          jump: links.map((a) => a.hash.slice(1)),
        };
      });
      const own = (m.height - m.charts) / SCREEN;
      expect(
        own,
        `${route}: ${Math.round(m.height - m.charts)} px besides charts`,
      ).toBeLessThanOrEqual(BUDGET_DISTRICT_OWN);
      expect(m.height / SCREEN, `${route} is ${m.height} px tall`).toBeLessThanOrEqual(
        BUDGET_DISTRICT,
      );
      expect(m.lastChart / SCREEN, `${route}: its last chart at ${m.lastChart} px`).toBeLessThan(
        BUDGET_LAST_CHART,
      );
      if (m.ids.length > 1) expect(m.jump).toEqual(m.ids);
      expect(await squeezedCells(page)).toEqual([]);
    });
  });
});

describe.concurrent.each(WIDTHS)("at %i px", (width) => {
  test.each(both(OTHERS))("/%s: no squeezed cell, tile labels fit", async (route) => {
    await visit(route, width, async (page) => {
      if (width <= 375) {
        const { height, lastChart } = await heights(page);
        expect(height / SCREEN, `${route} is ${height} px tall`).toBeLessThanOrEqual(
          budgetOf(route),
        );
        expect(lastChart / SCREEN, `${route}: its last chart at ${lastChart} px`).toBeLessThan(
          BUDGET_LAST_CHART,
        );
      }
      if (/^(en\/)?(districts\/)?$/.test(route))
        expect(await page.locator(".tile-map .tile").count(), "tiles").toBe(25);
      expect(await tileProblems(page)).toEqual([]);
      expect(await squeezedCells(page)).toEqual([]);
    });
  });
});
