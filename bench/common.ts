/**
 * Shared helpers of the benchmark: paths, run counts, the time budget,
 * statistics, compression sizes and child processes with their peak memory.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";

/** The repository root (bench/ lives in it). */
export const ROOT = resolve(import.meta.dirname, "..");
export const DIST = join(ROOT, "dist");
/** The base path the site was built for (same variable as astro.config.mjs and serve.ts). */
export const BASE = (process.env.BASE_PATH || "/").replace(/\/?$/, "/");

/** 1 KB = 1,000 bytes throughout (targets and tables). */
export const KB = 1000;

export interface Options {
  quick: boolean;
  /** Sections to run; empty = all. */
  only: string[];
  runs: {
    build: number;
    browser: number;
    clientVsBuild: number;
    lighthouse: number;
    pipeline: number;
    site: number;
  };
  pipelineRows: number[];
  siteDistricts: number[];
  /** Wall-clock instant (ms since epoch) by which the whole run should be done. */
  deadline: number;
}

export const log = (line: string) => console.log(line);

export function secondsLeft(o: Options): number {
  return (o.deadline - Date.now()) / 1000;
}

export function median(values: readonly number[]): number | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message.split("\n").slice(0, 6).join("\n");
  return String(e);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `atlas-bench-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const sizeCache = new Map<string, Sizes>();

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a byte string, as a static host precompresses. */
export function compressedSizes(bytes: Uint8Array | string, cacheKey?: string): Sizes {
  if (cacheKey && sizeCache.has(cacheKey)) return sizeCache.get(cacheKey)!;
  const buf = typeof bytes === "string" ? Buffer.from(bytes) : Buffer.from(bytes);
  const sizes = {
    raw: buf.byteLength,
    gzip: gzipSync(buf, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buf, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buf.byteLength,
      },
    }).byteLength,
  };
  if (cacheKey) sizeCache.set(cacheKey, sizes);
  return sizes;
}

export function fileSizes(path: string): Sizes {
  return compressedSizes(readFileSync(path), path);
}

export function addSizes(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** Every built HTML page under dist/, as a route relative to the base ("", "districts/x/", "404.html"). */
export function builtRoutes(dist = DIST): string[] {
  if (!existsSync(dist)) return [];
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".html")) {
        const rel = relative(dist, path).split(sep).join("/");
        routes.push(rel.endsWith("index.html") ? rel.slice(0, -"index.html".length) : rel);
      }
    }
  };
  walk(dist);
  return routes;
}

/** The file a route is served from. */
export function routeFile(route: string, dist = DIST): string {
  return join(dist, route === "" || route.endsWith("/") ? route + "index.html" : route);
}

/**
 * The pages the browser sections visit: the home page, one district page and
 * each comparison page, by route; those not built yet are skipped with a note.
 */
export const KEY_ROUTES = [
  { route: "", label: "home" },
  { route: "districts/seongbuk/", label: "district (seongbuk)" },
  { route: "compare/enterprises/", label: "compare: enterprises" },
  { route: "compare/budgets/", label: "compare: budgets" },
  { route: "compare/purchasing/", label: "compare: purchasing" },
] as const;

export function existingKeyRoutes(): {
  present: { route: string; label: string }[];
  missing: string[];
} {
  const present = KEY_ROUTES.filter((r) => existsSync(routeFile(r.route)));
  const missing = KEY_ROUTES.filter((r) => !existsSync(routeFile(r.route))).map(
    (r) => "/" + r.route,
  );
  return { present: [...present], missing };
}

export interface ChildResult {
  ok: boolean;
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  wallMs: number;
  /** Peak resident set size of the child (largest process of its tree that was waited for). */
  peakRssBytes: number | null;
  /** How the peak was measured. */
  rssMethod: string;
  stdout: string;
  stderr: string;
  /** The whole standard output, when asked for with keepOutput. */
  output?: string;
}

const TIME = "/usr/bin/time";
export const HAS_GNU_TIME = existsSync(TIME);

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    /* already gone */
  }
}

/** Keeps only the end of a long output. */
function tail(text: string, lines = 12): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

/**
 * Runs a command and measures its wall time and peak memory: with GNU time
 * (`/usr/bin/time -v`) where present, otherwise by polling VmHWM in
 * /proc/<pid>/status. Never throws for a failing command; a timeout kills
 * the command's process group (which this function started).
 */
export function runChild(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; keepOutput?: boolean } = {},
): Promise<ChildResult> {
  const reportDir = HAS_GNU_TIME ? tempDir("time") : undefined;
  const report = reportDir ? join(reportDir, "time.txt") : undefined;
  const [cmd, argv] = report ? [TIME, ["-v", "-o", report, command, ...args]] : [command, args];
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(cmd, argv, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    const whole: string[] = [];
    child.stdout.on("data", (d: Buffer) => {
      if (options.keepOutput) whole.push(d.toString());
      stdout = (stdout + d.toString()).slice(-20000);
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-20000);
    });
    let polledPeak = 0;
    const poll = report
      ? undefined
      : setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
            const m = /VmHWM:\s+(\d+) kB/.exec(status);
            if (m) polledPeak = Math.max(polledPeak, Number(m[1]) * 1024);
          } catch {
            /* the process has ended */
          }
        }, 50);
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            // Stop the measured command first, so GNU time still reports its peak memory;
            // then, if anything is left, the whole process group this function started.
            const measured = report ? childrenOf(child.pid!) : [];
            for (const pid of measured) signal(pid, "SIGKILL");
            setTimeout(() => signal(-child.pid!, "SIGKILL"), measured.length ? 3000 : 0).unref();
          }, options.timeoutMs);
    child.on("close", (code, signal) => {
      const wallMs = performance.now() - started;
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      let peak: number | null = report ? null : polledPeak || null;
      let childCode = code;
      if (report && existsSync(report)) {
        const text = readFileSync(report, "utf8");
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
        if (m) peak = Number(m[1]) * 1024;
        const exit = /Exit status: (\d+)/.exec(text);
        if (exit) childCode = Number(exit[1]);
        const killed = /Command terminated by signal (\d+)/.exec(text);
        if (killed) childCode = 128 + Number(killed[1]);
      }
      if (reportDir) removeDir(reportDir);
      done({
        ok: !timedOut && childCode === 0 && signal === null,
        code: childCode,
        signal,
        timedOut,
        wallMs,
        peakRssBytes: peak,
        rssMethod: report ? "GNU time -v (max RSS)" : "/proc/<pid>/status VmHWM, polled",
        stdout: tail(stdout),
        stderr: tail(stderr),
        ...(options.keepOutput ? { output: whole.join("") } : {}),
      });
    });
  });
}

/** The first useful line(s) of a failed child's output, for the report. */
export function failureText(r: ChildResult): string {
  if (r.timedOut) return `timed out after ${(r.wallMs / 1000).toFixed(0)} s and was stopped`;
  const text = (r.stderr || r.stdout).trim();
  const lines = text
    .split("\n")
    .filter((l) => /error|Error|heap|memory|Invalid|RangeError|FATAL|problem/.test(l));
  const pick = (lines.length ? lines : text.split("\n")).slice(0, 4).join(" | ");
  return `exit ${r.code ?? r.signal}: ${pick.slice(0, 400)}`;
}
