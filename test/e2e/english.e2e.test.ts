import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { connectBrowser, sharedSite } from "./support/session.ts";
import { builtRoutes, DIST } from "./support/site.ts";

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
test.each(english)("/%s has no unmarked Korean text", async (route) => {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto(site.url + route);
  const unmarked = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? "";
      if (!/[\u3131-\u318E\uAC00-\uD7A3]/.test(text)) continue;
      const holder = n.parentElement?.closest("[lang]");
      if (holder?.getAttribute("lang") === "ko") continue;
      // SVG <title>/<desc> hold plain text only: there, a Korean source term must be quoted or
      // in parentheses beside its English.
      const inSvgText = n.parentElement?.closest("svg title, svg desc") !== null;
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
  });
  await context.close();
  expect(unmarked).toEqual([]);
});

test.each(["", "districts/seongbuk/", "compare/budgets/", "quality/"])(
  "/%s and its English twin link to each other (hreflang and the language switch)",
  async (route) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + route);
    expect(await page.getAttribute('link[rel="alternate"][hreflang="en"]', "href")).toMatch(
      new RegExp(`/en/${route}$`),
    );
    await page.click(".lang-switch");
    expect(new URL(page.url()).pathname).toBe(`/en/${route}`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.click(".lang-switch");
    expect(new URL(page.url()).pathname).toBe(`/${route}`);
    expect(await page.getAttribute("html", "lang")).toBe("ko");
    await context.close();
  },
);
