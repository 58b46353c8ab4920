/**
 * In Chromium (Debian's, through playwright-core), on a 375 px phone viewport
 * with the network and CPU throttled to Lighthouse's "slow 4G" profile: time
 * to first contentful paint and to the first chart fully drawn, for the home
 * page, a district page and each comparison page.
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/e2e/support/chromium.ts";
import { existingKeyRoutes, log, median, type Options } from "./common.ts";
import { compressedMirror } from "./mirror.ts";

/**
 * Lighthouse's mobile "slow 4G" (150 ms RTT, 1.6 Mbps down, 750 kbps up, CPU
 * 4× slower) in the form DevTools applies it per request: latency × 3.75 and
 * throughput × 0.9 (@paulirish/trace_engine lantern/simulation/Constants.js),
 * so that request-level throttling comes close to the packet-level profile.
 */
export const SLOW_4G = {
  name: "Lighthouse mobile slow 4G, DevTools-adjusted",
  rttMs: 150,
  requestLatencyMs: 150 * 3.75,
  downloadKbps: 1.6 * 1024 * 0.9,
  uploadKbps: 750 * 0.9,
  cpuSlowdown: 4,
};
export const VIEWPORT = { width: 375, height: 812, deviceScaleFactor: 2 };

/** What counts as a chart: an SVG inside a <figure>. */
export const CHART_SELECTOR = "figure svg";

/**
 * Runs before any page script. Once the document is parsed (so a static SVG
 * is complete) and an SVG chart is in it, waits for the next frame to be
 * painted (requestAnimationFrame, then a task) and records the time. The
 * chart's time is then taken as no earlier than first contentful paint.
 */
const chartTimer = (selector: string) => `(() => {
  const bench = (window.__bench = { chart: null });
  const painted = () =>
    requestAnimationFrame(() => setTimeout(() => {
      if (bench.chart === null) bench.chart = performance.now();
    }, 0));
  const look = () => (document.querySelector(${JSON.stringify(selector)}) ? (painted(), true) : false);
  const start = () => {
    if (look()) return;
    const observer = new MutationObserver(() => { if (look()) observer.disconnect(); });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();`;

export interface LoadTiming {
  /** HTTP status of the page (dist/ rebuilt by someone else mid-run can make it 404). */
  status: number | null;
  fcpMs: number | null;
  chartMs: number | null;
  loadMs: number | null;
  /** Bytes over the wire (compressed as served), all requests. */
  bytes: number;
  requests: number;
}

/** One cold load of a URL, throttled; times are from navigation start. */
export async function measureLoad(
  browser: Browser,
  url: string,
  selector = CHART_SELECTOR,
  /** How long to wait for a chart that is not in the page when it has loaded (drawn by script). */
  lateChartMs = 1000,
): Promise<LoadTiming> {
  const context = await browser.newContext({
    viewport: { width: VIEWPORT.width, height: VIEWPORT.height },
    deviceScaleFactor: VIEWPORT.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(chartTimer(selector));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: SLOW_4G.requestLatencyMs,
      downloadThroughput: (SLOW_4G.downloadKbps * 1024) / 8,
      uploadThroughput: (SLOW_4G.uploadKbps * 1024) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_4G.cpuSlowdown });
    let bytes = 0;
    let requests = 0;
    cdp.on("Network.loadingFinished", (e) => {
      bytes += e.encodedDataLength;
      requests++;
    });
    const response = await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    const inPage = await page.evaluate((sel) => document.querySelector(sel) !== null, selector);
    const hasChart = await page
      .waitForFunction(
        () => (window as unknown as { __bench: { chart: number | null } }).__bench.chart !== null,
        undefined,
        { timeout: inPage ? 20_000 : lateChartMs },
      )
      .then(() => true)
      .catch(() => false);
    // Let the paint entries arrive.
    await page
      .waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, {
        timeout: 10_000,
      })
      .catch(() => {});
    const t = await page.evaluate(() => {
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      const nav = performance.getEntriesByType("navigation")[0] as
        PerformanceNavigationTiming | undefined;
      return {
        fcp: fcp ? fcp.startTime : null,
        chart: (window as unknown as { __bench: { chart: number | null } }).__bench.chart,
        load: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : null,
      };
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    // A chart is on screen no sooner than the first contentful paint.
    const chart = hasChart && t.chart !== null ? Math.max(t.chart, t.fcp ?? 0) : null;
    return {
      status: response?.status() ?? null,
      fcpMs: t.fcp,
      chartMs: chart,
      loadMs: t.load,
      bytes,
      requests,
    };
  } finally {
    await context.close();
  }
}

export interface PageTiming {
  route: string;
  label: string;
  runs: LoadTiming[];
  fcpMs: number | null;
  chartMs: number | null;
  loadMs: number | null;
  bytes: number | null;
  requests: number | null;
  hasChart: boolean;
  /** Loads that did not answer 200 (left out of the medians). */
  failedLoads: number;
}

export interface BrowserResult {
  profile: typeof SLOW_4G;
  viewport: typeof VIEWPORT;
  runsPerPage: number;
  chartSelector: string;
  serving: string;
  pages: PageTiming[];
  missing: string[];
}

/** Medians over the loads that answered 200. */
export function summarise(all: LoadTiming[]) {
  const runs = all.filter((r) => r.status === 200);
  return {
    failedLoads: all.length - runs.length,
    fcpMs: median(runs.map((r) => r.fcpMs ?? NaN)),
    chartMs: median(runs.map((r) => r.chartMs ?? NaN)),
    loadMs: median(runs.map((r) => r.loadMs ?? NaN)),
    bytes: median(runs.map((r) => r.bytes)),
    requests: median(runs.map((r) => r.requests)),
  };
}

export async function benchBrowser(o: Options): Promise<BrowserResult> {
  const { present, missing } = existingKeyRoutes();
  for (const m of missing) log(`  note: ${m} is not built yet; skipped`);
  if (present.length === 0) throw new Error("none of the pages to time is built yet");
  const mirror = await compressedMirror();
  try {
    const browser = await launchChromium();
    try {
      const server = await mirror.start();
      const runs = new Map<string, LoadTiming[]>(present.map((p) => [p.route, []]));
      // Interleaved (every page once, then again), so a slow moment does not hit one page only.
      for (let i = 0; i < o.runs.browser; i++) {
        for (const p of present)
          runs.get(p.route)!.push(await measureLoad(browser, server.url + p.route));
      }
      const pages = present.map((p) => {
        const r = runs.get(p.route)!;
        const s = summarise(r);
        return { ...p, runs: r, ...s, hasChart: r.some((x) => x.chartMs !== null) };
      });
      return {
        profile: SLOW_4G,
        viewport: VIEWPORT,
        runsPerPage: o.runs.browser,
        chartSelector: CHART_SELECTOR,
        serving:
          "dist/ brotli-compressed (as a static host serves it) by scripts/serve.ts on loopback, cold cache",
        pages,
        missing,
      };
    } finally {
      await browser.close();
    }
  } finally {
    await mirror.dispose();
  }
}
