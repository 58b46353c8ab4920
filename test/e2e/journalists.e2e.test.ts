/**
 * The journalists' enhancements in a real browser, under the real CSP: tables
 * sort (numbers as numbers, Korean in 가나다 order) and filter, the district
 * finder finds a district in one step by any spelling, an old /sources/#fact-
 * link lands on the fact, a district's JSON is fetched and valid, and the
 * scripts stay small.
 */
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { apiDistrictFile, apiIndex } from "../../contract/api.ts";
import { connectBrowser, sharedSite } from "./support/session.ts";
import { DIST } from "./support/site.ts";

let browser: Browser;
let site: { url: string; origin: string };

beforeAll(async () => {
  site = sharedSite();
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(route: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(site.url + route);
  return page;
}
const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;

/** The text of one column of the first table matching selector, visible rows only. */
const column = (page: Page, selector: string, index: number) =>
  page.$$eval(
    `${selector} tbody tr:not([hidden])`,
    (rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i]!.textContent!.trim()),
    index,
  );

describe("tables", () => {
  test("the sources list sorts by fact count as numbers, both ways", async () => {
    const page = await open("sources/");
    await page.click(".sources-table thead th:nth-child(6) button");
    const cell = (t: string) => Number(t.replace(/,/g, ""));
    const up = (await column(page, ".sources-table", 5)).map(cell);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(up.at(-1)).toBeGreaterThan(100); // 407 after 47: numbers, not text
    expect(await page.getAttribute(".sources-table thead th:nth-child(6)", "aria-sort")).toBe(
      "ascending",
    );
    await page.click(".sources-table thead th:nth-child(6) button");
    const down = (await column(page, ".sources-table", 5)).map(cell);
    expect(down).toEqual([...up].reverse());
    expect(errorsOf(page)).toEqual([]);
  });

  test("Korean text sorts in 가나다 order", async () => {
    const page = await open("sources/");
    await page.click(".sources-table thead th:nth-child(4) button");
    const names = await column(page, ".sources-table", 3);
    const collator = new Intl.Collator("ko", { numeric: true, sensitivity: "base" });
    expect(names).toEqual([...names].sort(collator.compare));
    expect(names.findIndex((n) => n.startsWith("강북구"))).toBeLessThan(
      names.findIndex((n) => n.startsWith("서울특별시")),
    );
  });

  test("a fact table sorts its canonical values as numbers", async () => {
    // The plan's tables are on numbered pages of their own; the first holds its first tables.
    const page = await open("sources/seongbuk-plan-2017/1/");
    // The first open table with at least three numbers to sort.
    const index = await page.$$eval(".fact-table", (tables) =>
      tables.findIndex(
        (t) =>
          (t.closest("details") as HTMLDetailsElement | null)?.open &&
          t.querySelectorAll('tbody td[data-sort]:not([data-sort=""])').length >= 3,
      ),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const first = page.locator(".fact-table").nth(index);
    await first.locator("thead th:nth-child(4) button").click();
    const values = await first
      .locator("tbody tr td:nth-child(4)")
      .evaluateAll((cells) => cells.map((c) => c.getAttribute("data-sort") ?? ""));
    const numbers = values.filter((v) => v !== "").map(Number);
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  test("filtering keeps only the matching rows and says how many", async () => {
    const page = await open("sources/");
    const all = (await column(page, ".sources-table", 0)).length;
    await page.fill(".table-filter input", "연합뉴스");
    const shown = await column(page, ".sources-table", 3);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    for (const p of shown) expect(p).toContain("연합뉴스");
    expect(await page.textContent(".table-filter [aria-live]")).toContain(String(shown.length));
    await page.fill(".table-filter input", "");
    expect((await column(page, ".sources-table", 0)).length).toBe(all);
  });
});

describe("district finder", () => {
  test.each([
    ["", "성북"],
    ["", "Seongbuk-gu"],
    ["", "11290"],
    ["en/", "성북구"],
    ["en/", "seongbuk"],
    ["districts/", "성북"],
  ])("on /%s, %s + Enter goes to Seongbuk-gu", async (route, query) => {
    const page = await open(route);
    await page.fill(".district-finder input", query);
    await Promise.all([
      page.waitForURL(/districts\/seongbuk\/$/),
      page.press(".district-finder input", "Enter"),
    ]);
    expect(new URL(page.url()).pathname).toMatch(/\/districts\/seongbuk\/$/);
    expect(errorsOf(page)).toEqual([]);
  });

  test("with JavaScript off it is a list of links to the 25 districts", async () => {
    const page = await open("districts/", false);
    expect(await page.isVisible(".district-finder form")).toBe(false);
    const links = await page.$$eval(".finder-list a", (as) =>
      as.map((a) => a.getAttribute("href")),
    );
    expect(links).toHaveLength(25);
    expect(links.some((l) => l?.endsWith("/districts/seongbuk/"))).toBe(true);
  });
});

describe("old #fact- anchors", () => {
  test("/sources/#fact-<id> lands on the fact on its source's page", async () => {
    // The plan's tables are on numbered pages of its own (src/models/sourcePages.ts).
    const page = await open("sources/#fact-seongbuk-plan-2017-001");
    await page.waitForURL(/sources\/seongbuk-plan-2017\/1\/#fact-seongbuk-plan-2017-001$/);
    const row = page.locator("#fact-seongbuk-plan-2017-001");
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.locator("th").textContent()).toContain("seongbuk-plan-2017-001");
    expect(errorsOf(page)).toEqual([]);
  });

  test("in English too, and with JavaScript off the anchor lands on a link to the fact", async () => {
    // A fact whose id does not start with its source's id.
    const page = await open("en/sources/#fact-news-budgets-001");
    await page.waitForURL(/en\/sources\/herald-2014-12-11\/#fact-news-budgets-001$/);
    const off = await open("sources/#fact-news-budgets-001", false);
    const href = await off.$eval("#fact-news-budgets-001", (a) => (a as HTMLAnchorElement).href);
    expect(href).toMatch(/\/sources\/herald-2014-12-11\/#fact-news-budgets-001$/);
  });

  test("a link to a long source's page from before its tables moved lands on the fact", async () => {
    // Fact 400 sits in a long table that opens closed: the browser opens it to show the row.
    const id = "fact-seongbuk-plan-2017-400";
    for (const route of [
      `sources/seongbuk-plan-2017/#${id}`,
      `sources/seongbuk-plan-2017/1/#${id}`,
    ]) {
      const page = await open(route);
      await page.waitForURL(new RegExp(`sources/seongbuk-plan-2017/[2-9]/#${id}$`));
      await expect.poll(() => page.locator(`#${id}`).isVisible()).toBe(true);
      expect(errorsOf(page)).toEqual([]);
    }
    const off = await open(`sources/seongbuk-plan-2017/#${id}`, false);
    const href = await off.$eval(`#${id}`, (a) => (a as HTMLAnchorElement).href);
    expect(href).toMatch(new RegExp(`/sources/seongbuk-plan-2017/[2-9]/#${id}$`));
  });
});

describe("JSON API", () => {
  test("a district's JSON is fetched from the page's origin and matches the schema", async () => {
    const page = await open("data/");
    const [index, seongbuk] = await page.evaluate(async () => {
      const base = new URL("../api/v1/", location.href);
      const get = (p: string) => fetch(new URL(p, base)).then((r) => r.json());
      return [await get("index.json"), await get("districts/seongbuk.json")];
    });
    const parsedIndex = apiIndex.parse(index);
    const file = apiDistrictFile.parse(seongbuk);
    expect(file.version).toBe(parsedIndex.version);
    expect(file.district.code).toBe("11290");
    expect(file.facts.length).toBe(parsedIndex.districts.find((d) => d.slug === "seongbuk")!.facts);
    expect(await page.textContent("#api + p")).toBeTruthy();
  });
});

test("the scripts are under 10 KB compressed all together", () => {
  const dir = join(DIST, "scripts");
  const total = ["tables.js", "fact-redirect.js", "district-finder.js"]
    .map((f) => gzipSync(readFileSync(join(dir, f))).length)
    .reduce((a, b) => a + b, 0);
  expect(total).toBeLessThan(10 * 1024);
});
