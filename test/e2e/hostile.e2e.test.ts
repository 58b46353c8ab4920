/**
 * Hostile text in data/ is inert everywhere. The site is built from
 * test/fixtures/hostile/, whose every free-text field carries a payload
 * (<script>, "><img onerror>, javascript:, =cmd|…, RLO, a 10,000-character
 * cell, </svg><script>, {{7*7}}); every page is opened in Chromium with
 * JavaScript on and the strict CSP of dist/_headers, and the downloads are
 * read as a spreadsheet or a program would.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { connectBrowser } from "./support/session.ts";
import { builtRoutes } from "./support/site.ts";
import { buildFrom, type BuiltSite } from "./support/buildFrom.ts";
import { serve, type RunningServer } from "../../scripts/serve.ts";
import { InputError } from "../../scripts/validate/inputError.ts";
import { runPipeline } from "../../scripts/pipeline.ts";

const FIXTURE = "test/fixtures/hostile";
const PAYLOAD = "window.__pwned=1";

let built: BuiltSite;
let site: RunningServer;
let browser: Browser;

beforeAll(async () => {
  built = buildFrom(FIXTURE, "hostile");
  site = await serve({ root: built.out, base: "/", headersFile: true });
  browser = await connectBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (built) rmSync(built.work, { recursive: true, force: true });
});

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(ext)) out.push(relative(built.out, p).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

test("the fixture's payloads reach the output (the test is not vacuous)", () => {
  const facts = readFileSync(join(built.out, "data/facts.csv"), "utf8");
  for (const p of ["<script>", "onerror=", "=cmd|", "\u202E", "{{7*7}}", "</svg>"])
    expect(facts).toContain(p);
  expect(facts).toContain("A".repeat(9990));
});

test("a javascript: URL in sources.csv is rejected by the pipeline", () => {
  let error: unknown;
  try {
    runPipeline("test/fixtures/hostile-javascript-url");
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).problems).toEqual([
    expect.objectContaining({
      file: expect.stringMatching(/sources\.csv$/),
      line: 3,
      column: "url",
    }),
  ]);
});

describe("every page, in Chromium with JavaScript on", () => {
  test("runs no injected script and holds no injected element", async () => {
    const routes = builtRoutes(built.out);
    expect(routes.length).toBeGreaterThan(50);
    const context = await browser.newContext({ javaScriptEnabled: true });
    const findings: string[] = [];
    let payloadsShown = 0;
    try {
      const page = await context.newPage();
      page.on("dialog", (d) => {
        findings.push(`${page.url()}: a ${d.type()} dialog opened`);
        void d.dismiss();
      });
      for (const route of routes) {
        await page.goto(site.url + route, { waitUntil: "load" });
        const found = await page.evaluate((origin) => {
          const bad: string[] = [];
          if ((window as { __pwned?: unknown }).__pwned !== undefined)
            bad.push("window.__pwned set");
          for (const s of document.querySelectorAll("script")) {
            const src = s.getAttribute("src");
            if (!src || new URL(src, location.href).origin !== origin)
              bad.push(`<script${src ? ` src=${src}` : ""}>${s.textContent?.slice(0, 60)}`);
          }
          for (const el of document.querySelectorAll("*")) {
            for (const a of el.getAttributeNames())
              if (/^on/i.test(a)) bad.push(`<${el.localName} ${a}=…>`);
            for (const a of ["href", "src", "action", "formaction", "xlink:href"]) {
              const v = el.getAttribute(a);
              if (v && /^\s*javascript:/i.test(v)) bad.push(`<${el.localName} ${a}="${v}">`);
            }
          }
          for (const el of document.querySelectorAll('img[src="x"], iframe, object, embed'))
            bad.push(`<${el.localName}> injected`);
          return { bad, shown: document.body.textContent?.includes("window.__pwned=1") ?? false };
        }, site.origin);
        findings.push(...found.bad.map((b) => `${route}: ${b}`));
        if (found.shown) payloadsShown++;
      }
    } finally {
      await context.close();
    }
    expect(findings).toEqual([]);
    // The payloads are on the pages, as text.
    expect(payloadsShown).toBeGreaterThan(10);
  }, 120_000);
});

describe("downloads", () => {
  test("chart SVGs hold no script and no event handler", () => {
    const svgs = filesUnder(join(built.out, "charts"), ".svg");
    expect(svgs.length).toBeGreaterThan(0);
    for (const f of svgs) {
      const text = readFileSync(join(built.out, f), "utf8");
      expect(text, f).not.toMatch(/<script/i);
      expect(text, f).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(text, f).not.toMatch(/<foreignObject/i);
    }
  });

  test("Excel CSVs start with a BOM and no text cell can be read as a formula", () => {
    const files = filesUnder(join(built.out, "data/excel"), ".csv");
    expect(files.length).toBeGreaterThan(5);
    let neutralised = 0;
    for (const f of files) {
      const text = readFileSync(join(built.out, f), "utf8");
      expect(text.charCodeAt(0), f).toBe(0xfeff);
      const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
      for (const cell of rows.flat()) {
        if (cell.startsWith("'")) neutralised++;
        // A leading - is fine for a number ("-21634"); anything else must not start a formula.
        if (/^[=+\-@\t\r]/.test(cell) && !Number.isFinite(Number(cell)))
          throw new Error(`${f}: the cell "${cell.slice(0, 60)}" would be read as a formula`);
      }
    }
    expect(neutralised).toBeGreaterThan(0);
  });

  test("datapackage.json parses and holds the payloads only as JSON strings", () => {
    const text = readFileSync(join(built.out, "data/datapackage.json"), "utf8");
    const pkg = JSON.parse(text) as unknown;
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object")
        Object.entries(v).forEach(([k, x]) => (strings.push(k), walk(x)));
    };
    walk(pkg);
    expect(strings.some((s) => s.includes(PAYLOAD))).toBe(true);
    // Every payload in the file is inside a string: re-serialising gives the same text.
    expect(JSON.stringify(pkg, null, 2) + "\n").toBe(text);
  });
});
