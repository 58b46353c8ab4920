/**
 * Chart text as a reader sees it, in the built site: at 360, 375, 640 and
 * 1280 px, on every page with charts, no chart text element may lie outside
 * its SVG's box or render under 12 px. And every PNG download, in both
 * languages, must keep its text inside the image: its layout boxes lie
 * inside the picture, and its edge strips hold only background pixels.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { textsOutside } from "../../src/charts/draw/textBoxes.ts";
import { renderSvg } from "../../src/lib/chartImage.ts";
import { connectBrowser, sharedSite } from "./support/session.ts";
import { DIST } from "./support/site.ts";

const PAGES = [
  "compare/enterprises/",
  "compare/budgets/",
  "compare/purchasing/",
  "districts/seongbuk/",
];
const ROUTES = [...PAGES, ...PAGES.map((p) => `en/${p}`)];
const WIDTHS = [360, 375, 640, 1280];

let browser: Browser;
// One context per width, made once (a fresh page per visit): contexts cost as much as visits.
const contexts = new Map<number, Promise<BrowserContext>>();
const contextAt = (width: number) => {
  if (!contexts.has(width))
    contexts.set(width, browser.newContext({ viewport: { width, height: 900 } }));
  return contexts.get(width)!;
};
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  for (const c of contexts.values()) await (await c).close();
  await browser?.close();
});

describe.concurrent.each(WIDTHS)("chart text at %i px", (width) => {
  test.each(ROUTES)("/%s: inside its SVG, 12 px or more", async (route) => {
    const page = await (await contextAt(width)).newPage();
    try {
      await page.goto(sharedSite().url + route, { waitUntil: "load" });
      const found = await page.evaluate(() => {
        const bad: string[] = [];
        let seen = 0;
        for (const svg of document.querySelectorAll<SVGSVGElement>("figure.chart svg")) {
          const box = svg.getBoundingClientRect();
          if (box.width === 0) continue; // the drawing for the other width
          const scale = box.width / svg.viewBox.baseVal.width;
          for (const text of svg.querySelectorAll("text")) {
            const b = text.getBoundingClientRect();
            if (b.width === 0) continue;
            seen++;
            const label = `${svg.getAttribute("class")}: "${text.textContent?.slice(0, 50)}"`;
            const px = parseFloat(getComputedStyle(text).fontSize) * scale;
            if (px < 12 - 0.01) bad.push(`${label} at ${px.toFixed(1)} px`);
            if (
              b.left < box.left - 0.5 ||
              b.right > box.right + 0.5 ||
              b.top < box.top - 0.5 ||
              b.bottom > box.bottom + 0.5
            )
              bad.push(`${label} outside its SVG`);
          }
        }
        return { bad, seen };
      });
      expect(found.seen).toBeGreaterThan(20);
      expect(found.bad).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("PNG downloads", () => {
  const svgs = readdirSync(join(DIST, "charts")).filter((f) => f.endsWith(".svg"));

  test("exist for every chart in both languages", () => {
    expect(svgs.length).toBeGreaterThanOrEqual(14);
    for (const f of svgs) expect(svgs).toContain(f.replace(/\.(ko|en)\.svg$/, ".$1.svg"));
  });

  test.each(svgs)("%s: every text inside the image, only background at its edges", async (file) => {
    const svg = readFileSync(join(DIST, "charts", file), "utf8");
    expect(textsOutside(svg)).toEqual([]);
    const png = readFileSync(join(DIST, "charts", file.replace(/\.svg$/, ".png")));
    // The PNG is the same SVG at 2×: its IHDR size says so.
    const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    // Drawn as the build draws it (the chart font cut to the SVG's characters; the unit
    // test pngFont.test.ts shows that is the same picture as with the whole font).
    const image = await renderSvg(svg);
    expect(Buffer.from(image.asPng()).equals(png), "the PNG is this SVG drawn").toBe(true);
    expect({ width: image.width, height: image.height }).toEqual(size);
    // A strip 4 px (at 1×) wide along the left, right and bottom edges holds no ink.
    const { pixels, width, height } = image;
    const inked: string[] = [];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        if (!(x < 8 || x >= width - 8 || y >= height - 8)) continue;
        const i = (y * width + x) * 4;
        if (pixels[i]! < 240 || pixels[i + 1]! < 240 || pixels[i + 2]! < 240)
          inked.push(`${x},${y}`);
      }
    expect(inked.slice(0, 5)).toEqual([]);
  });
});
