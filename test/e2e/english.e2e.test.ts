import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { connectBrowser, sharedSite } from "./support/session.ts";
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { builtRoutes, fileOf, templateSamples } from "./support/site.ts";

const english = builtRoutes().filter((r) => r.startsWith("en/"));
let browser: Browser;
let site: { url: string; origin: string };

beforeAll(async () => {
  site = sharedSite();
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("there are English pages", () => {
  expect(english.length).toBeGreaterThan(30);
});

// Korean may appear on an English page only as marked Korean: proper names, the
// Korean term beside its translation, values as printed. Everything else is English.
// Self-contained (it also runs inside the browser, passed as source text).
function unmarkedKorean(document: Document): string[] {
  const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, which Node has no global for
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? "";
    if (!/[\u3131-\u318E\uAC00-\uD7A3]/.test(text)) continue;
    const holder = n.parentElement?.closest("[lang]");
    if (holder?.getAttribute("lang") === "ko") continue;
    // SVG <title>/<desc> hold plain text only: there, a Korean source term must be quoted or
    // in parentheses beside its English.
    const inSvgText = (n.parentElement?.closest("svg title, svg desc") ?? null) !== null;
    const bare = text.replace(/“[^”]*”|\([^)]*\)/g, "");
    if (inSvgText && !/[\uAC00-\uD7A3]/.test(bare)) continue;
    found.push(text.trim().slice(0, 60));
  }
  for (const el of document.querySelectorAll("[aria-label], [title], [alt]")) {
    for (const attr of ["aria-label", "title", "alt"]) {
      const v = el.getAttribute(attr) ?? "";
      if (/[\uAC00-\uD7A3]/.test(v) && el.closest("[lang]")?.getAttribute("lang") !== "ko")
        found.push(`${attr}="${v.slice(0, 60)}"`);
    }
  }
  return found;
}

// Every English page as built (what a reader without JavaScript gets), read from its file.
test.each(english)("/%s has no unmarked Korean text in its HTML", (route) => {
  const { document } = parseHTML(readFileSync(fileOf(route), "utf8"));
  expect(unmarkedKorean(document as unknown as Document)).toEqual([]);
});

// What the scripts add (buttons, labels, copied texts) exists only in a browser: one page of
// each template, with JavaScript on.
test.each(templateSamples(english))(
  "/%s has no unmarked Korean text with JavaScript on",
  async (route) => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(site.url + route);
    const unmarked = await page.evaluate(`(${unmarkedKorean.toString()})(document)`);
    await context.close();
    expect(unmarked).toEqual([]);
  },
);

test.each(["", "districts/seongbuk/", "compare/budgets/", "quality/"])(
  "/%s and its English twin link to each other (the language switch; hreflang only with SITE_URL)",
  async (route) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + route);
    const alternates = page.locator('link[rel="alternate"][hreflang="en"]');
    // Relative hreflang URLs are invalid; the default build (no SITE_URL) leaves them out.
    if (process.env.SITE_URL)
      expect(await alternates.getAttribute("href")).toMatch(
        new RegExp(`^https?://.*/en/${route}$`),
      );
    else expect(await alternates.count()).toBe(0);
    expect(await page.getAttribute(".lang-switch", "hreflang")).toBe("en");
    await page.click(".lang-switch");
    expect(new URL(page.url()).pathname).toBe(`/en/${route}`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.click(".lang-switch");
    expect(new URL(page.url()).pathname).toBe(`/${route}`);
    expect(await page.getAttribute("html", "lang")).toBe("ko");
    await context.close();
  },
);
