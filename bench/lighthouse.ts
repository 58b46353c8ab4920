/**
 * Lighthouse (the npm package) on the home page, a district page and a
 * comparison page, mobile, against Debian's Chromium: the four category
 * scores (median of the runs), the main metrics and the audits that cost
 * points. Chromium is started here with a DevTools port, since the
 * playwright-driven browser does not expose one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import lighthouse from "lighthouse";
import { chromiumPath, CHROMIUM_ARGS } from "../test/e2e/support/chromium.ts";
import { existingKeyRoutes, log, median, removeDir, tempDir, type Options } from "./common.ts";
import { compressedMirror } from "./mirror.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "speed-index",
] as const;

export interface LighthousePage {
  route: string;
  label: string;
  scores: Record<string, number | null>;
  runs: Record<string, number | null>[];
  metrics: Record<string, number | null>;
  /** Audits that cost points (score below 1), by category. */
  losses: Record<string, string[]>;
  error?: string;
}

export interface LighthouseResult {
  version: string;
  runsPerPage: number;
  settings: string;
  pages: LighthousePage[];
  missing: string[];
}

/** Starts Chromium with a DevTools port; resolves with the port once it listens. */
function startChromium(profile: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_ARGS,
      "--headless=new",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  return new Promise((ok, fail) => {
    let seen = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`Chromium did not open a DevTools port within 30 s: ${seen.slice(-500)}`));
    }, 30_000);
    child.stderr!.on("data", (d: Buffer) => {
      seen += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (m) {
        clearTimeout(timer);
        ok({ child, port: Number(m[1]) });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      fail(
        new Error(`Chromium exited (${code}) before opening a DevTools port: ${seen.slice(-500)}`),
      );
    });
  });
}

function stopChromium(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.once("exit", () => ok());
    child.kill("SIGTERM");
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }, 5000).unref();
  });
}

/** The home page, the district page and every comparison page that is built (the issue's list). */
function lighthouseRoutes() {
  const { present, missing } = existingKeyRoutes();
  return { chosen: present, missing };
}

export async function benchLighthouse(o: Options): Promise<LighthouseResult> {
  const { chosen, missing } = lighthouseRoutes();
  if (chosen.length === 0) throw new Error("none of the pages to audit is built yet");
  const mirror = await compressedMirror();
  const profile = tempDir("lighthouse-profile");
  let chromium: ChildProcess | undefined;
  let version = "";
  try {
    const started = await startChromium(profile);
    chromium = started.child;
    const port = started.port;
    const server = await mirror.start();
    const pages: LighthousePage[] = [];
    for (const p of chosen) {
      const page: LighthousePage = {
        ...p,
        scores: {},
        runs: [],
        metrics: {},
        losses: {},
      };
      const metricRuns: Record<string, number | null>[] = [];
      for (let i = 0; i < o.runs.lighthouse; i++) {
        try {
          const result = await lighthouse(server.url + p.route, {
            port,
            output: "json",
            logLevel: "error",
            onlyCategories: [...CATEGORIES],
            formFactor: "mobile",
            screenEmulation: {
              mobile: true,
              width: 412,
              height: 823,
              deviceScaleFactor: 1.75,
              disabled: false,
            },
            throttlingMethod: "simulate",
          });
          if (!result) throw new Error("Lighthouse returned no result");
          const lhr = result.lhr;
          version = lhr.lighthouseVersion;
          if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
          const scores: Record<string, number | null> = {};
          for (const c of CATEGORIES) {
            const cat = lhr.categories[c];
            scores[c] = cat && cat.score !== null ? Math.round(cat.score * 100) : null;
            const lost = (cat?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0)
              .map((ref) => lhr.audits[ref.id])
              .filter((a) => a && a.score !== null && a.score < 1)
              .map((a) => `${a!.id} (${Math.round((a!.score ?? 0) * 100)})`);
            if (lost.length) page.losses[c] = lost;
          }
          page.runs.push(scores);
          metricRuns.push(
            Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? null])),
          );
        } catch (e) {
          page.error = e instanceof Error ? e.message : String(e);
          break;
        }
      }
      for (const c of CATEGORIES) page.scores[c] = median(page.runs.map((r) => r[c] ?? NaN));
      for (const m of METRICS) page.metrics[m] = median(metricRuns.map((r) => r[m] ?? NaN));
      log(
        `  /${p.route}: ${CATEGORIES.map((c) => `${c} ${page.scores[c] ?? "–"}`).join(", ")}${page.error ? ` (error: ${page.error})` : ""}`,
      );
      pages.push(page);
    }
    return {
      version,
      runsPerPage: o.runs.lighthouse,
      settings:
        "mobile form factor, 412×823 screen at DPR 1.75, simulated slow 4G (150 ms RTT, 1.6 Mbps) and 4× CPU slowdown; site served brotli-compressed on loopback",
      pages,
      missing,
    };
  } finally {
    if (chromium) await stopChromium(chromium);
    await mirror.dispose();
    removeDir(profile);
  }
}
