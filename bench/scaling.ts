/**
 * Scaling: the data pipeline on synthetic input of growing size (fact rows),
 * and the site build with synthetic data for a growing number of districts;
 * wall time and peak memory of each, and the growth rate between sizes.
 *
 * The site builds run in a temporary copy of the project (node_modules linked,
 * not copied), so neither public/data/ nor dist/ of the working tree is ever
 * in a synthetic state, even if the run is interrupted.
 */
import { cpSync, existsSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import {
  builtRoutes,
  failureText,
  log,
  removeDir,
  ROOT,
  runChild,
  secondsLeft,
  tempDir,
  type ChildResult,
  type Options,
} from "./common.ts";
import { MAX_DISTRICTS, pipelineInput, siteInput } from "./synthetic.ts";

export const PIPELINE_TARGET = { rows: 1_000_000, seconds: 30, bytes: 2 * 1024 ** 3 };
/** Seconds kept free for the report after the last scaling run. */
const RESERVE_S = 15;

export interface PipelineSize {
  rows: number;
  ok: boolean;
  wallMs: number | null;
  peakRssBytes: number | null;
  inputBytes?: number;
  /** Time limit: the budget left, and for the 1M target size twice its 30 s target. */
  limitMs?: number;
  stoppedAtLimit?: boolean;
  error?: string;
  skipped?: string;
}

export interface SiteSize {
  requested: number;
  districts: number;
  ok: boolean;
  dataMs: number | null;
  buildMs: number | null;
  /** HTML pages written (a stopped build writes none). */
  pages: number | null;
  /** Routes Astro reported as generated (also counts a stopped build's progress). */
  routesGenerated: number | null;
  /** Mean time Astro reports per district page (/districts/<slug>/, /en/districts/<slug>/). */
  districtPageMs: number | null;
  districtPagesTimed: number;
  slowestRoutes: { route: string; ms: number }[];
  peakRssBytes: number | null;
  /** Time limit the build was given: 1.5 × the linear projection from the previous size + 20 s. */
  limitMs: number | null;
  /** The build was stopped at its time limit (so it is superlinear). */
  stoppedAtLimit: boolean;
  error?: string;
  skipped?: string;
}

export interface Growth {
  from: number;
  to: number;
  /** log(t2/t1) / log(n2/n1): 1 = linear, 2 = quadratic. */
  exponent: number;
  /** The larger size was stopped at its time limit: the exponent is at least this. */
  lowerBound: boolean;
}

export interface ScalingResult {
  pipeline: { sizes: PipelineSize[]; growth: Growth[] };
  site: {
    sizes: SiteSize[];
    growth: Growth[];
    /**
     * Growth of the district pages' total render time, estimated as
     * (pages × mean time per page): 1 + log(per-page₂/per-page₁) / log(n₂/n₁).
     * Known even for a build stopped at its limit.
     */
    districtPageGrowth: Growth[];
    maxDistricts: number;
    notes: string[];
  };
  rssMethod: string;
}

function growth(points: { n: number; t: number | null; stoppedAt?: number | null }[]): Growth[] {
  const out: Growth[] = [];
  let prev: { n: number; t: number } | undefined;
  for (const p of points) {
    if (p.t !== null && p.t > 0) {
      if (prev && p.n > prev.n)
        out.push({
          from: prev.n,
          to: p.n,
          exponent: Math.log(p.t / prev.t) / Math.log(p.n / prev.n),
          lowerBound: false,
        });
      prev = { n: p.n, t: p.t };
    } else if (prev && p.stoppedAt && p.n > prev.n) {
      out.push({
        from: prev.n,
        to: p.n,
        exponent: Math.log(p.stoppedAt / prev.t) / Math.log(p.n / prev.n),
        lowerBound: true,
      });
      break;
    }
  }
  return out;
}

function pageGrowth(sizes: SiteSize[]): Growth[] {
  const timed = sizes.filter((s) => s.districtPageMs !== null && s.districtPagesTimed >= 5);
  const out: Growth[] = [];
  for (let i = 1; i < timed.length; i++) {
    const a = timed[i - 1]!;
    const b = timed[i]!;
    if (b.districts <= a.districts) continue;
    out.push({
      from: a.districts,
      to: b.districts,
      exponent:
        1 + Math.log(b.districtPageMs! / a.districtPageMs!) / Math.log(b.districts / a.districts),
      lowerBound: false,
    });
  }
  return out;
}

/** Linear projection from the last finished size, in ms. */
function projectMs(done: { n: number; ms: number | null }[], n: number): number | null {
  const last = done.filter((d) => d.ms !== null).at(-1);
  return last ? (last.ms as number) * (n / last.n) : null;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

async function pipelineSize(rows: number, timeoutMs: number): Promise<PipelineSize> {
  const data = tempDir(`pipeline-${rows}`);
  const out = tempDir(`pipeline-${rows}-out`);
  try {
    const actual = pipelineInput(data, rows, join(ROOT, "data"));
    const inputBytes = dirBytes(data);
    const r = await runChild(
      process.execPath,
      [
        "scripts/data.ts",
        "--data",
        data,
        "--out",
        join(out, "data"),
        "--site",
        join(out, "site-data.json"),
        "--quiet",
      ],
      { timeoutMs },
    );
    return {
      rows: actual,
      ok: r.ok,
      wallMs: r.wallMs,
      peakRssBytes: r.peakRssBytes,
      inputBytes,
      limitMs: timeoutMs,
      stoppedAtLimit: r.timedOut,
      ...(r.ok
        ? {}
        : {
            error: r.timedOut
              ? `still running at its time limit of ${(timeoutMs / 1000).toFixed(0)} s; stopped`
              : failureText(r),
          }),
    };
  } finally {
    removeDir(data);
    removeDir(out);
  }
}

/** A copy of the project without its build outputs; node_modules is linked. */
function projectCopy(): string {
  const dir = tempDir("site");
  const skip = new Set(["node_modules", ".git", ".astro", "dist", "test-results", "bench"]);
  const publicData = join(ROOT, "public", "data");
  for (const name of readdirSync(ROOT)) {
    if (skip.has(name) || name.startsWith("dist.") || name.endsWith(".log")) continue;
    cpSync(join(ROOT, name), join(dir, name), {
      recursive: true,
      filter: (src) => src !== publicData && !src.startsWith(publicData + "/"),
    });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** Astro's per-route lines: "├─ /districts/x/index.html (+640ms)". */
function routeTimes(output: string): { route: string; ms: number }[] {
  const times: { route: string; ms: number }[] = [];
  // eslint-disable-next-line no-control-regex
  const clean = output.replace(/\x1b\[[0-9;]*m/g, "");
  for (const m of clean.matchAll(/[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/g)) {
    times.push({ route: m[1]!, ms: Number(m[2]) * (m[3] === "s" ? 1000 : 1) });
  }
  return times;
}

async function siteSize(
  project: string,
  requested: number,
  limitMs: number | null,
  budgetMs: number,
): Promise<SiteSize> {
  const data = tempDir(`site-data-${requested}`);
  const result: SiteSize = {
    requested,
    districts: 0,
    ok: false,
    dataMs: null,
    buildMs: null,
    pages: null,
    routesGenerated: null,
    districtPageMs: null,
    districtPagesTimed: 0,
    slowestRoutes: [],
    peakRssBytes: null,
    limitMs,
    stoppedAtLimit: false,
  };
  try {
    result.districts = siteInput(data, requested, join(ROOT, "data")).districts;
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
    const pipeline: ChildResult = await runChild(
      process.execPath,
      ["scripts/data.ts", "--data", data, "--out", "public/data", "--quiet"],
      { cwd: project, env, timeoutMs: budgetMs },
    );
    result.dataMs = pipeline.wallMs;
    if (!pipeline.ok) {
      result.error = `data pipeline: ${failureText(pipeline)}`;
      return result;
    }
    removeDir(join(project, "dist"));
    const build = await runChild(
      process.execPath,
      [join(project, "node_modules", "astro", "bin", "astro.mjs"), "build"],
      {
        cwd: project,
        env,
        timeoutMs: Math.max(10_000, Math.min(limitMs ?? Infinity, budgetMs - pipeline.wallMs)),
        keepOutput: true,
      },
    );
    result.buildMs = build.wallMs;
    result.peakRssBytes = build.peakRssBytes;
    result.pages = builtRoutes(join(project, "dist")).length;
    const times = routeTimes(build.output ?? "");
    result.routesGenerated = times.length;
    const districtPages = times.filter((t) => /^\/(?:en\/)?districts\/[^/]+\//.test(t.route));
    result.districtPagesTimed = districtPages.length;
    result.districtPageMs = districtPages.length
      ? districtPages.reduce((s, t) => s + t.ms, 0) / districtPages.length
      : null;
    result.slowestRoutes = [...times].sort((a, b) => b.ms - a.ms).slice(0, 5);
    result.ok = build.ok;
    result.stoppedAtLimit = build.timedOut;
    if (!build.ok) {
      result.error = build.timedOut
        ? `astro build stopped at its time limit of ${(build.wallMs / 1000).toFixed(0)} s, after ${times.length} routes`
        : `astro build: ${failureText(build)}`;
    }
    return result;
  } finally {
    removeDir(data);
    removeDir(join(project, "dist"));
  }
}

export async function benchScaling(o: Options): Promise<ScalingResult> {
  const pipeline: PipelineSize[] = [];
  const site: SiteSize[] = [];
  const notes: string[] = [];
  const budgetMs = () => Math.max(0, (secondsLeft(o) - RESERVE_S) * 1000);

  const runPipeline = async (rows: number) => {
    const left = budgetMs();
    // At the target size, twice the target time settles the target either way.
    const limit =
      rows >= PIPELINE_TARGET.rows ? Math.min(left, 2 * PIPELINE_TARGET.seconds * 1000) : left;
    if (left < 30_000) {
      const skipped = `not run: only ${(left / 1000).toFixed(0)} s of the time budget left`;
      pipeline.push({ rows, ok: false, wallMs: null, peakRssBytes: null, skipped });
      log(`  pipeline ${rows.toLocaleString("en-US")} rows: ${skipped}`);
      return;
    }
    const r = await pipelineSize(rows, limit);
    pipeline.push(r);
    log(
      `  pipeline ${rows.toLocaleString("en-US")} rows: ${r.ok ? "ok" : "FAILED"} in ${((r.wallMs ?? 0) / 1000).toFixed(1)} s, peak ${((r.peakRssBytes ?? 0) / 1024 ** 2).toFixed(0)} MiB${r.error ? ` — ${r.error}` : ""}`,
    );
  };

  const runSite = async (project: string, requested: number) => {
    const n = Math.min(requested, MAX_DISTRICTS);
    const projected = projectMs(
      site.map((s) => ({ n: s.districts, ms: s.ok ? s.buildMs : null })),
      n,
    );
    // Enough time for a linear build, with room to spare; a build that needs more is superlinear.
    const limitMs = projected === null ? null : 1.5 * projected + 20_000;
    const left = budgetMs();
    // A build that cannot finish even at linear growth in the time left would say nothing.
    if (left < 30_000 || (projected !== null && left < projected)) {
      const skipped = `not run: only ${(left / 1000).toFixed(0)} s of the time budget left${projected ? ` (a linear build would take ~${(projected / 1000).toFixed(0)} s)` : ""}`;
      site.push({
        requested,
        districts: n,
        ok: false,
        dataMs: null,
        buildMs: null,
        pages: null,
        routesGenerated: null,
        districtPageMs: null,
        districtPagesTimed: 0,
        slowestRoutes: [],
        peakRssBytes: null,
        limitMs,
        stoppedAtLimit: false,
        skipped,
      });
      log(`  site ${requested} districts: ${skipped}`);
      return;
    }
    const r = await siteSize(project, requested, limitMs, left);
    site.push(r);
    log(
      `  site ${requested} districts${r.districts !== requested ? ` (built with ${r.districts})` : ""}: ${r.ok ? "ok" : "FAILED"}, data ${((r.dataMs ?? 0) / 1000).toFixed(1)} s + astro build ${((r.buildMs ?? 0) / 1000).toFixed(1)} s, ${r.pages ?? 0} pages, ${r.districtPageMs?.toFixed(0) ?? "–"} ms per district page, peak ${((r.peakRssBytes ?? 0) / 1024 ** 2).toFixed(0)} MiB${r.error ? ` — ${r.error}` : ""}`,
    );
  };

  // The target size (1M rows) cannot finish here (100k rows already take ~20 s and ~2.4 GB),
  // so it runs after the first two site sizes, whose growth nothing else can stand in for.
  const rows = [...o.pipelineRows].sort((a, b) => a - b);
  const large = rows.filter((n) => n >= PIPELINE_TARGET.rows);
  for (const n of rows.filter((r) => r < PIPELINE_TARGET.rows)) await runPipeline(n);

  if (o.siteDistricts.some((n) => n > MAX_DISTRICTS)) {
    notes.push(
      `The input contract allows at most ${MAX_DISTRICTS} districts besides Seoul (codes must match /^11\\d{3}$/ and 11000 is Seoul as a whole), so ${o.siteDistricts
        .filter((n) => n > MAX_DISTRICTS)
        .map((n) => n.toLocaleString("en-US"))
        .join(", ")} districts cannot be built; the largest size is run with ${MAX_DISTRICTS}.`,
    );
  }
  if (!existsSync(join(ROOT, "data", "districts.csv")))
    throw new Error("data/districts.csv is missing");
  const project = projectCopy();
  const [first, second, ...rest] = o.siteDistricts;
  try {
    if (first !== undefined) await runSite(project, first);
    if (second !== undefined) await runSite(project, second);
    for (const n of large) await runPipeline(n);
    for (const n of rest) await runSite(project, n);
  } finally {
    removeDir(project);
  }

  const stopped = (s: SiteSize) => (s.stoppedAtLimit ? s.buildMs : null);
  return {
    pipeline: {
      sizes: pipeline,
      growth: growth(pipeline.map((p) => ({ n: p.rows, t: p.ok ? p.wallMs : null }))),
    },
    site: {
      sizes: site,
      growth: growth(
        site.map((s) => ({ n: s.districts, t: s.ok ? s.buildMs : null, stoppedAt: stopped(s) })),
      ),
      districtPageGrowth: pageGrowth(site),
      maxDistricts: MAX_DISTRICTS,
      notes,
    },
    rssMethod: "GNU time -v (maximum resident set size) where present, else /proc VmHWM",
  };
}
