/**
 * Weight of every built page: HTML, CSS and JS bytes (raw, gzip, brotli), what
 * a visitor transfers before any download (the page and everything it loads:
 * HTML, CSS, JS, icons, images, fonts), the largest page, the JavaScript a
 * page needs to be read (checked in Chromium with JavaScript off) and the
 * JavaScript the site ships at all.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { launchChromium } from "../test/e2e/support/chromium.ts";
import { serve } from "../scripts/serve.ts";
import {
  addSizes,
  BASE,
  builtRoutes,
  compressedSizes,
  DIST,
  fileSizes,
  KB,
  log,
  routeFile,
  ZERO,
  type Sizes,
} from "./common.ts";

export const PAGE_BUDGET_BYTES = 50 * KB;
export const SITE_JS_BUDGET_BYTES = 10 * KB;
/** At most this many pages with JavaScript are opened in Chromium to see whether they need it. */
const MAX_JS_CHECKS = 150;

export interface PageWeight {
  route: string;
  html: Sizes;
  css: Sizes;
  /** External and inline scripts. */
  js: Sizes;
  /** Icons, images and fonts the page (or its CSS) loads. */
  other: Sizes;
  /** Everything above, compressed as a static host would serve it. */
  transfer: { gzip: number; brotli: number };
  jsFiles: string[];
  inlineScripts: number;
  missing: string[];
  foreign: string[];
  /** Gzip bytes of JavaScript the page cannot be read without (0 = reads fully with JS off). */
  requiredJsGzip: number | null;
}

export interface WeightResult {
  pages: number;
  perPage: PageWeight[];
  totals: { html: Sizes; css: Sizes; js: Sizes; other: Sizes };
  transferGzip: { median: number | null; max: number };
  largest: { route: string; transferGzip: number; transferBrotli: number } | null;
  overBudget: { route: string; transferGzip: number }[];
  budgetBytes: number;
  siteJs: { files: number; inlineScripts: number; sizes: Sizes; budgetBytes: number };
  pagesWithJs: number;
  requiredJs: {
    maxGzip: number | null;
    pagesNeedingJs: string[];
    checked: number;
    method: string;
  };
  notes: string[];
}

const EXECUTABLE = new Set(["", "text/javascript", "application/javascript", "module"]);

/** The file under dist/ a same-origin URL on a page points to, or undefined for another origin. */
function localFile(href: string, pageRoute: string): { file?: string; foreign?: string } {
  if (href.startsWith("data:")) return {};
  const url = new URL(href, `http://site.invalid${BASE}${pageRoute}`);
  if (url.origin !== "http://site.invalid") return { foreign: href };
  if (!url.pathname.startsWith(BASE)) return { file: join(DIST, url.pathname) };
  let rel = decodeURIComponent(url.pathname.slice(BASE.length));
  if (rel === "" || rel.endsWith("/")) rel += "index.html";
  return { file: join(DIST, rel) };
}

/** Fonts and images a stylesheet loads (url(...)), as files under dist/. */
function cssAssets(cssFile: string, cssRoute: string): string[] {
  const text = readFileSync(cssFile, "utf8");
  const found: string[] = [];
  for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    const { file } = localFile(m[2]!, cssRoute);
    if (file) found.push(file);
  }
  return found;
}

function weighPage(
  route: string,
): PageWeight & { jsKeys: string[]; inline: { key: string; sizes: Sizes }[] } {
  const file = routeFile(route);
  const htmlBytes = readFileSync(file);
  const { document } = parseHTML(htmlBytes.toString("utf8"));
  const missing: string[] = [];
  const foreign: string[] = [];
  const seen = new Set<string>();
  let css = ZERO;
  let js = ZERO;
  let other = ZERO;
  const jsFiles: string[] = [];
  const jsKeys: string[] = [];
  const inline: { key: string; sizes: Sizes }[] = [];

  const add = (href: string | null, kind: "css" | "js" | "other") => {
    if (!href) return;
    const { file: f, foreign: away } = localFile(href, route);
    if (away) foreign.push(away);
    if (!f || seen.has(f)) return;
    seen.add(f);
    if (!existsSync(f) || !statSync(f).isFile()) {
      missing.push(href);
      return;
    }
    const sizes = fileSizes(f);
    if (kind === "css") {
      css = addSizes(css, sizes);
      const cssRoute = f
        .slice(DIST.length + 1)
        .split("\\")
        .join("/");
      for (const asset of cssAssets(f, cssRoute)) {
        if (seen.has(asset) || !existsSync(asset)) continue;
        seen.add(asset);
        other = addSizes(other, fileSizes(asset));
      }
    } else if (kind === "js") {
      js = addSizes(js, sizes);
      jsFiles.push(href);
      jsKeys.push(f);
    } else other = addSizes(other, sizes);
  };

  for (const el of document.querySelectorAll('link[rel~="stylesheet"][href]'))
    add(el.getAttribute("href"), "css");
  for (const el of document.querySelectorAll('link[rel="modulepreload"][href], script[src]'))
    add(el.getAttribute("href") ?? el.getAttribute("src"), "js");
  for (const el of document.querySelectorAll(
    'link[rel~="icon"][href], link[rel="preload"][href], img[src], image[href], source[srcset], video[poster]',
  )) {
    const src =
      el.getAttribute("href") ??
      el.getAttribute("src") ??
      el.getAttribute("poster") ??
      el.getAttribute("srcset")?.split(/\s+/)[0] ??
      null;
    add(src, "other");
  }
  let inlineScripts = 0;
  for (const el of document.querySelectorAll("script:not([src])")) {
    const type = (el.getAttribute("type") ?? "").trim().toLowerCase();
    if (!EXECUTABLE.has(type)) continue;
    const text = el.textContent ?? "";
    if (text.trim() === "") continue;
    inlineScripts++;
    const key = "inline:" + createHash("sha1").update(text).digest("hex");
    const sizes = compressedSizes(text, key);
    inline.push({ key, sizes });
    // Inline code travels inside the HTML; it is counted as JS here and not again in the transfer.
    js = addSizes(js, sizes);
  }
  const html = compressedSizes(htmlBytes, file);
  const externalJs = jsKeys.reduce((s, k) => addSizes(s, fileSizes(k)), ZERO);
  return {
    route,
    html,
    css,
    js,
    other,
    transfer: {
      gzip: html.gzip + css.gzip + externalJs.gzip + other.gzip,
      brotli: html.brotli + css.brotli + externalJs.brotli + other.brotli,
    },
    jsFiles,
    inlineScripts,
    missing,
    foreign,
    requiredJsGzip: jsKeys.length + inlineScripts === 0 ? 0 : null,
    jsKeys,
    inline,
  };
}

/** What a page shows: text of <main> (or body), charts, tables and images. */
async function pageContent(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  javaScriptEnabled: boolean,
) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    javaScriptEnabled,
  });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load", timeout: 30_000 });
    if (javaScriptEnabled) await page.waitForTimeout(300);
    return await page.evaluate(() => {
      const root = document.querySelector("main") ?? document.body;
      return {
        text: root.innerText.replace(/\s+/g, " ").trim().length,
        svg: root.querySelectorAll("svg").length,
        tables: root.querySelectorAll("table").length,
        images: root.querySelectorAll("img").length,
      };
    });
  } finally {
    await context.close();
  }
}

export async function benchWeight(): Promise<WeightResult> {
  const notes: string[] = [];
  const routes = builtRoutes();
  if (routes.length === 0) throw new Error("dist/ holds no built pages: run `npm run build`.");
  const weighed = routes.map(weighPage);

  // JavaScript needed to read: pages that ship any are opened with JavaScript on and off.
  const withJs = weighed.filter((p) => p.requiredJsGzip === null);
  const toCheck =
    withJs.length <= MAX_JS_CHECKS
      ? withJs
      : withJs.filter((_, i) => i % Math.ceil(withJs.length / MAX_JS_CHECKS) === 0);
  if (toCheck.length < withJs.length)
    notes.push(
      `${withJs.length} pages ship JavaScript; ${toCheck.length} of them (evenly spaced) were opened with it off.`,
    );
  const needing: string[] = [];
  if (toCheck.length > 0) {
    const server = await serve({ root: DIST, base: BASE });
    const browser = await launchChromium();
    try {
      for (const p of toCheck) {
        const url = server.url + p.route;
        const on = await pageContent(browser, url, true);
        const off = await pageContent(browser, url, false);
        const reads =
          off.text >= 0.9 * on.text &&
          off.svg >= on.svg &&
          off.tables >= on.tables &&
          off.images >= on.images;
        p.requiredJsGzip = reads ? 0 : p.js.gzip;
        if (!reads) needing.push("/" + p.route);
      }
    } finally {
      await browser.close();
      await server.close();
    }
    log(`  opened ${toCheck.length} page(s) that ship JavaScript with it on and off`);
  }

  const perPage: PageWeight[] = weighed.map(({ jsKeys: _j, inline: _i, ...p }) => p);
  const totals = perPage.reduce(
    (t, p) => ({
      html: addSizes(t.html, p.html),
      css: addSizes(t.css, p.css),
      js: addSizes(t.js, p.js),
      other: addSizes(t.other, p.other),
    }),
    { html: ZERO, css: ZERO, js: ZERO, other: ZERO },
  );
  const transfers = perPage.map((p) => p.transfer.gzip).sort((a, b) => a - b);
  const largest = perPage.reduce<PageWeight | undefined>(
    (m, p) => (!m || p.transfer.gzip > m.transfer.gzip ? p : m),
    undefined,
  );

  const jsFiles = new Set(weighed.flatMap((p) => p.jsKeys));
  const inline = new Map<string, Sizes>();
  for (const p of weighed) for (const s of p.inline) inline.set(s.key, s.sizes);
  const siteJsSizes = [...[...jsFiles].map((f) => fileSizes(f)), ...inline.values()].reduce(
    addSizes,
    ZERO,
  );
  const missing = [...new Set(perPage.flatMap((p) => p.missing))];
  if (missing.length) notes.push(`referenced but not in dist/: ${missing.slice(0, 5).join(", ")}`);
  const foreign = [...new Set(perPage.flatMap((p) => p.foreign))];
  if (foreign.length)
    notes.push(`resources from another origin (not weighed): ${foreign.slice(0, 5).join(", ")}`);

  const required = perPage.map((p) => p.requiredJsGzip).filter((v): v is number => v !== null);
  return {
    pages: perPage.length,
    perPage,
    totals,
    transferGzip: {
      median: transfers.length ? transfers[Math.floor((transfers.length - 1) / 2)]! : null,
      max: transfers.at(-1) ?? 0,
    },
    largest: largest
      ? {
          route: "/" + largest.route,
          transferGzip: largest.transfer.gzip,
          transferBrotli: largest.transfer.brotli,
        }
      : null,
    overBudget: perPage
      .filter((p) => p.transfer.gzip >= PAGE_BUDGET_BYTES)
      .map((p) => ({ route: "/" + p.route, transferGzip: p.transfer.gzip }))
      .sort((a, b) => b.transferGzip - a.transferGzip),
    budgetBytes: PAGE_BUDGET_BYTES,
    siteJs: {
      files: jsFiles.size,
      inlineScripts: inline.size,
      sizes: siteJsSizes,
      budgetBytes: SITE_JS_BUDGET_BYTES,
    },
    pagesWithJs: withJs.length,
    requiredJs: {
      maxGzip: required.length ? Math.max(...required) : null,
      pagesNeedingJs: needing,
      checked: toCheck.length,
      method:
        "a page that ships no script needs none; a page that ships scripts is opened in Chromium with JavaScript on and off, and needs its JS if, with it off, <main> loses over 10% of its text or any chart (svg), table or image",
    },
    notes,
  };
}
