/**
 * Every built page is light enough for a low-end phone (issue #19): at most
 * 150 KB of raw HTML (what the phone parses and lays out, and what a host that
 * does not compress sends) and 50 KB gzipped. 1 KB = 1,000 bytes, as in
 * `npm run bench`, which measures the whole transfer; this holds the HTML to it
 * on every build. A long source's tables go onto numbered pages
 * (src/models/sourcePages.ts) and a district page draws one chart per
 * comparison (src/models/district.ts) to stay within it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { builtRoutes, DIST } from "./support/site.ts";

const KB = 1000;
const RAW_BUDGET = 150 * KB;
const GZIP_BUDGET = 50 * KB;

const pages = builtRoutes().map((route) => {
  const html = readFileSync(join(DIST, route.endsWith(".html") ? route : `${route}index.html`));
  return { route: `/${route}`, raw: html.length, gzip: gzipSync(html).length };
});

test("the site has its pages, the long source's numbered pages among them", () => {
  expect(pages.length).toBeGreaterThan(100);
  expect(pages.some((p) => /^\/sources\/seongbuk-plan-2017\/\d+\/$/.test(p.route))).toBe(true);
});

test(`every page is at most ${RAW_BUDGET / KB} KB of HTML and ${GZIP_BUDGET / KB} KB gzipped`, () => {
  const over = pages
    .filter((p) => p.raw > RAW_BUDGET || p.gzip > GZIP_BUDGET)
    .map((p) => `${p.route}: ${(p.raw / KB).toFixed(0)} KB, ${(p.gzip / KB).toFixed(0)} KB gzip`);
  expect(over).toEqual([]);
});
