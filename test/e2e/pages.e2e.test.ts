import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { parseHTML } from "linkedom";
import { connectBrowser, sharedSite } from "./support/session.ts";
import { builtRoutes, fileOf, templateSamples } from "./support/site.ts";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const routes = builtRoutes().filter((r) => !r.endsWith("404.html"));
// phone.e2e opens every district page at 375 px with JavaScript and checks the same there
// (status, origin, console, sideways scroll): opening them twice cost ~25 s of the run.
const DISTRICT_PAGE = /^(en\/)?districts\/[a-z-]+\/$/;

let browser: Browser;
let site: { url: string; origin: string };

beforeAll(async () => {
  site = sharedSite();
  browser = await connectBrowser();
});
afterAll(async () => {
  for (const c of contexts.values()) await (await c).close();
  await browser?.close();
});

interface Visit {
  status: number | undefined;
  consoleErrors: string[];
  foreignRequests: string[];
}

// One browser context with JavaScript and one without, made once and shared by every visit
// (a fresh page each): a new context per visit cost about as much as the visit itself on 2
// cores. The site is static, with no cookies or storage to carry from one page to the next.
const contexts = new Map<boolean, Promise<BrowserContext>>();
function contextFor(javaScriptEnabled: boolean): Promise<BrowserContext> {
  let context = contexts.get(javaScriptEnabled);
  if (!context) {
    context = browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled });
    contexts.set(javaScriptEnabled, context);
  }
  return context;
}

async function visit(route: string, javaScriptEnabled: boolean) {
  const page = await (await contextFor(javaScriptEnabled)).newPage();
  const result: Visit = { status: undefined, consoleErrors: [], foreignRequests: [] };
  page.on("console", (m) => m.type() === "error" && result.consoleErrors.push(m.text()));
  // A CSP violation is also a console error, but say it plainly.
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  page.on("pageerror", (e) => result.consoleErrors.push(String(e)));
  // Watched, not intercepted: routing turns the browser's cache off (a machine without
  // internet fails such a request anyway; the page must not make it).
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(site.origin + "/") && !url.startsWith("data:"))
      result.foreignRequests.push(url);
  });
  const response = await page.goto(site.url + route, { waitUntil: "load" });
  result.status = response?.status();
  return { page, result };
}

test("the build has pages to check", () => {
  expect(routes.length).toBeGreaterThan(0);
});

test("a missing page gets a real 404 page, in the language of its path", async () => {
  for (const [path, lang] of [
    ["no-such-page/", "ko"],
    ["en/no-such-page/", "en"],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").count()).toBe(1);
    if (lang === "ko") expect(await page.getAttribute("html", "lang")).toBe("ko");
    await context.close();
  }
});

test("pages are served under a strict Content-Security-Policy", async () => {
  const response = await fetch(site.url);
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-eval");
  // Inline styles are allowed one by one, by hash: never all of them.
  expect(csp).not.toContain("'unsafe-inline'");
  expect(csp).toMatch(/style-src 'self' 'sha256-/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
});

// Pages are visited a few at a time (each in its own browser context): on 2 cores the
// browser waits on the network and the test waits on the browser, so visits overlap well.
describe.concurrent.each(routes)("page /%s", (route) => {
  if (!DISTRICT_PAGE.test(route))
    test("loads with JavaScript, stays on its origin, fits 375 px", async () => {
      const { page, result } = await visit(route, true);
      try {
        expect(result.status, "HTTP status").toBe(200);
        expect(await page.getAttribute("html", "lang")).toMatch(/^(ko|en)$/);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, "sideways scroll at 375 px (px)").toBeLessThanOrEqual(0);
        expect(result.consoleErrors, "console errors").toEqual([]);
        expect(result.foreignRequests, "requests to another origin").toEqual([]);
      } finally {
        await page.close();
      }
    });

  // What a browser without JavaScript shows is in the HTML itself: read it from the file.
  // The browser's own JavaScript-off reading is checked below, one page per template.
  test("reads without JavaScript (its HTML has a heading and text)", () => {
    const { document } = parseHTML(readFileSync(fileOf(route), "utf8"));
    const main = document.querySelector("main");
    expect(main, "a <main> element").not.toBeNull();
    expect(main!.textContent!.replace(/\s+/g, " ").trim().length).toBeGreaterThan(20);
    expect(document.querySelectorAll("h1").length).toBe(1);
  });
});

// axe takes seconds a page on 2 cores, and pages of one template share their markup: it
// runs on every page that is one of a kind, and on the largest and the smallest page of
// each template that repeats (districts, sources, embeds), in both languages.
describe.concurrent.each(templateSamples(routes))("template page /%s", (route) => {
  test("passes axe (no serious or critical violations)", async () => {
    const { page, result } = await visit(route, true);
    try {
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return (r.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect(violations, "serious or critical axe violations").toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("reads in a browser with JavaScript off", async () => {
    const { page, result } = await visit(route, false);
    try {
      expect(result.status).toBe(200);
      const text = await page.locator("main").innerText();
      expect(text.trim().length).toBeGreaterThan(20);
      expect(await page.locator("h1").count()).toBe(1);
      expect(result.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
