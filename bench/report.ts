/**
 * The printed tables, the targets with PASS / MISS, and bench/results.json.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { KB, ROOT, type Sizes } from "./common.ts";
import type { BuildResult } from "./build.ts";
import type { WeightResult } from "./weight.ts";
import type { BrowserResult } from "./browser.ts";
import type { ClientVsBuildResult } from "./clientVsBuild.ts";
import { CATEGORIES, type LighthouseResult } from "./lighthouse.ts";
import { PIPELINE_TARGET, type ScalingResult } from "./scaling.ts";

export const RESULTS_FILE = join(ROOT, "bench", "results.json");

export interface Section<T> {
  ok: boolean;
  seconds: number;
  result?: T;
  error?: string;
  skipped?: string;
}

export interface Sections {
  build?: Section<BuildResult>;
  weight?: Section<WeightResult>;
  browser?: Section<BrowserResult>;
  clientVsBuild?: Section<ClientVsBuildResult>;
  lighthouse?: Section<LighthouseResult>;
  scaling?: Section<ScalingResult>;
}

export type Status = "PASS" | "MISS" | "NOT MEASURED";

export interface Target {
  target: string;
  value: string;
  status: Status;
}

// ---------------------------------------------------------------- formatting

export const kb = (bytes: number | null | undefined, digits = 1) =>
  bytes === null || bytes === undefined ? "–" : `${(bytes / KB).toFixed(digits)} KB`;
const mib = (bytes: number | null | undefined) =>
  bytes === null || bytes === undefined ? "–" : `${Math.round(bytes / 1024 ** 2)} MiB`;
const sec = (ms: number | null | undefined, digits = 1) =>
  ms === null || ms === undefined ? "–" : `${(ms / 1000).toFixed(digits)} s`;
const msf = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? "–" : `${Math.round(ms)} ms`;
const triple = (s: Sizes) =>
  `${(s.raw / KB).toFixed(1)}/${(s.gzip / KB).toFixed(1)}/${(s.brotli / KB).toFixed(1)}`;

function table(head: string[], rows: (string | number)[][], alignLeft = 1): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i < alignLeft ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [fmt(head), widths.map((w) => "─".repeat(w)).join("  "), ...cells.slice(1).map(fmt)].join(
    "\n",
  );
}

const heading = (title: string) => `\n== ${title} ${"=".repeat(Math.max(0, 74 - title.length))}`;

function sectionHeader<T>(title: string, s: Section<T> | undefined): string[] {
  const out = [heading(title)];
  if (!s) out.push("(not run: excluded by --only)");
  else if (s.skipped) out.push(`(skipped: ${s.skipped})`);
  else if (!s.ok) out.push(`ERROR: ${s.error}`);
  return out;
}

// ---------------------------------------------------------------- sections

function printBuild(s: Section<BuildResult> | undefined): string[] {
  const out = sectionHeader("Build: npm run build (real data)", s);
  const r = s?.result;
  if (!r) return out;
  out.push(
    table(
      ["run", "result", "wall time", "pages", "peak RSS"],
      r.runs.map((x, i) => [
        i + 1,
        x.ok ? "ok" : `FAILED: ${x.error}`,
        sec(x.wallMs, 2),
        x.pages,
        mib(x.peakRssBytes),
      ]),
      2,
    ),
  );
  out.push(
    `median ${sec(r.medianMs, 2)} for ${r.pages} pages → ${r.pagesPerSecond?.toFixed(1) ?? "–"} pages/s (median of ${r.runs.length} run(s); peak RSS ${mib(r.peakRssBytes)})`,
  );
  return out;
}

function printWeight(s: Section<WeightResult> | undefined): string[] {
  const out = sectionHeader("Weight per page (KB raw/gzip/brotli)", s);
  const r = s?.result;
  if (!r) return out;
  out.push(
    table(
      ["page", "HTML", "CSS", "JS", "icons/fonts", "transfer gz", "transfer br"],
      r.perPage.map((p) => [
        "/" + p.route,
        triple(p.html),
        triple(p.css),
        triple(p.js),
        triple(p.other),
        kb(p.transfer.gzip),
        kb(p.transfer.brotli),
      ]),
    ),
  );
  out.push(
    `${r.pages} pages; all pages together: HTML ${triple(r.totals.html)}, CSS ${triple(r.totals.css)}, JS ${triple(r.totals.js)} KB (CSS and JS counted once per page that loads them)`,
    `transferred before any download (page + its CSS, JS, icons, fonts; gzip): median ${kb(r.transferGzip.median)}, largest ${r.largest ? `${r.largest.route} ${kb(r.largest.transferGzip)} (brotli ${kb(r.largest.transferBrotli)})` : "–"}`,
    `pages at or over ${kb(r.budgetBytes, 0)}: ${r.overBudget.length}${
      r.overBudget.length
        ? ` (${r.overBudget
            .slice(0, 5)
            .map((p) => `${p.route} ${kb(p.transferGzip)}`)
            .join(", ")}${r.overBudget.length > 5 ? ", …" : ""})`
        : ""
    }`,
    `JavaScript shipped at all: ${r.siteJs.files} file(s) + ${r.siteJs.inlineScripts} distinct inline script(s) = ${triple(r.siteJs.sizes)} KB raw/gzip/brotli, on ${r.pagesWithJs} page(s)`,
    `JavaScript required to read a page: max ${kb(r.requiredJs.maxGzip)} gzip${r.requiredJs.pagesNeedingJs.length ? ` — needed by ${r.requiredJs.pagesNeedingJs.join(", ")}` : ""} (${r.requiredJs.checked} page(s) opened with JS on and off)`,
  );
  for (const n of r.notes) out.push(`note: ${n}`);
  return out;
}

function printBrowser(s: Section<BrowserResult> | undefined): string[] {
  const out = sectionHeader("In Chromium: 375 px, slow 4G, CPU 4× (medians)", s);
  const r = s?.result;
  if (!r) return out;
  out.push(
    table(
      ["page", "FCP", "first chart drawn", "load", "bytes (wire)", "requests"],
      r.pages.map((p) => [
        `/${p.route} (${p.label})`,
        msf(p.fcpMs),
        p.hasChart ? msf(p.chartMs) : "no chart",
        msf(p.loadMs),
        kb(p.bytes),
        p.requests ?? "–",
      ]),
    ),
  );
  out.push(
    `${r.runsPerPage} cold load(s) per page; ${r.profile.name}: ${r.profile.requestLatencyMs} ms latency, ${r.profile.downloadKbps.toFixed(0)} kbps down, ${r.profile.uploadKbps.toFixed(0)} kbps up, CPU ${r.profile.cpuSlowdown}× slower; chart = first "${r.chartSelector}" painted; ${r.serving}`,
  );
  for (const p of r.pages)
    if (p.failedLoads)
      out.push(
        `note: /${p.route} did not answer 200 in ${p.failedLoads} load(s) (dist/ changed during the run?); left out of the medians`,
      );
  for (const m of r.missing) out.push(`note: ${m} is not built yet; skipped`);
  return out;
}

function printClient(s: Section<ClientVsBuildResult> | undefined): string[] {
  const out = sectionHeader("Build-time SVG vs client-rendered (d3 + Observable Plot)", s);
  const r = s?.result;
  if (!r) return out;
  out.push(
    table(
      ["variant", "FCP", "chart drawn", "bytes (wire)", "requests"],
      [
        [
          "build-time SVG (" + r.build.url + ")",
          msf(r.build.fcpMs),
          msf(r.build.chartMs),
          kb(r.build.bytes),
          r.build.requests ?? "–",
        ],
        [
          "client-rendered (" + r.client.url + ")",
          msf(r.client.fcpMs),
          msf(r.client.chartMs),
          kb(r.client.bytes),
          r.client.requests ?? "–",
        ],
      ],
    ),
  );
  out.push(
    `client ÷ build: time to chart ${r.chartTimeRatio?.toFixed(2) ?? "–"}×, bytes ${r.bytesRatio?.toFixed(2) ?? "–"}× (median of ${r.runsPerVariant} run(s) each, same throttling)`,
    `the client variant loads d3 ${triple(r.files.d3)} KB + Plot ${triple(r.files.plot)} KB + CSV ${triple(r.files.csv)} KB; the build-time chart's SVG is ${r.files.staticChartSvg ? triple(r.files.staticChartSvg) : "–"} KB (raw/gzip/brotli)`,
    `mode: ${r.mode} — ${r.note}`,
  );
  for (const [name, v] of [
    ["build-time", r.build],
    ["client-rendered", r.client],
  ] as const)
    if (v.failedLoads)
      out.push(`note: the ${name} variant did not answer 200 in ${v.failedLoads} load(s)`);
  return out;
}

function printLighthouse(s: Section<LighthouseResult> | undefined): string[] {
  const out = sectionHeader("Lighthouse (mobile)", s);
  const r = s?.result;
  if (!r) return out;
  out.push(
    table(
      ["page", ...CATEGORIES, "FCP", "LCP", "TBT", "CLS"],
      r.pages.map((p) => [
        `/${p.route}`,
        ...CATEGORIES.map((c) => p.scores[c] ?? "–"),
        msf(p.metrics["first-contentful-paint"]),
        msf(p.metrics["largest-contentful-paint"]),
        msf(p.metrics["total-blocking-time"]),
        p.metrics["cumulative-layout-shift"]?.toFixed(3) ?? "–",
      ]),
    ),
  );
  out.push(`Lighthouse ${r.version}, ${r.runsPerPage} run(s) per page (median); ${r.settings}`);
  for (const p of r.pages) {
    if (p.error) out.push(`/${p.route}: error: ${p.error}`);
    for (const [c, audits] of Object.entries(p.losses))
      out.push(`/${p.route} ${c} loses points on: ${audits.join(", ")}`);
  }
  for (const m of r.missing) out.push(`note: ${m} is not built yet`);
  return out;
}

function printScaling(s: Section<ScalingResult> | undefined): string[] {
  const out = sectionHeader("Scaling (one run per size)", s);
  const r = s?.result;
  if (!r) return out;
  const exp = (g: { to: number; exponent: number; lowerBound: boolean }[], n: number) => {
    const e = g.find((x) => x.to === n);
    return e ? `${e.lowerBound ? "≥ " : ""}${e.exponent.toFixed(2)}` : "";
  };
  out.push(
    "Data pipeline (node scripts/data.ts) on synthetic facts over the 25 districts:",
    table(
      ["fact rows", "input", "result", "wall time", "peak RSS", "growth exponent"],
      r.pipeline.sizes.map((p) => [
        p.rows.toLocaleString("en-US"),
        p.inputBytes ? `${(p.inputBytes / 1e6).toFixed(1)} MB` : "–",
        p.skipped ? p.skipped : p.ok ? "ok" : `FAILED: ${p.error}`,
        sec(p.wallMs),
        mib(p.peakRssBytes),
        exp(r.pipeline.growth, p.rows),
      ]),
      1,
    ),
    "",
    "Site build (data pipeline, then astro build) with the real data plus synthetic districts:",
    table(
      [
        "districts",
        "result",
        "pages",
        "data",
        "astro build",
        "per district page",
        "peak RSS (build)",
        "growth exponent",
      ],
      r.site.sizes.map((x) => [
        x.districts === x.requested ? String(x.requested) : `${x.requested} → ${x.districts}`,
        x.skipped ? x.skipped : x.ok ? "ok" : `FAILED: ${x.error}`,
        x.pages ?? "–",
        sec(x.dataMs),
        sec(x.buildMs),
        msf(x.districtPageMs),
        mib(x.peakRssBytes),
        exp(r.site.growth, x.districts),
      ]),
      2,
    ),
    "growth exponent = log(t₂/t₁) / log(n₂/n₁) of astro build time from the previous size: 1 = linear, 2 = quadratic (a fixed start-up cost pulls it below 1; ≥ = the build was stopped at 1.5× its linear projection + 20 s)",
  );
  for (const g of r.site.districtPageGrowth)
    out.push(
      `district pages: ${msf(r.site.sizes.find((x) => x.districts === g.from)?.districtPageMs)} each at ${g.from} districts, ${msf(r.site.sizes.find((x) => x.districts === g.to)?.districtPageMs)} at ${g.to} → their total render time grows with exponent ≈ ${g.exponent.toFixed(2)} (pages × time per page, from Astro's per-route times)`,
    );
  for (const x of r.site.sizes)
    if (x.slowestRoutes.length)
      out.push(
        `slowest routes at ${x.districts} districts: ${x.slowestRoutes.map((t) => `${t.route} ${msf(t.ms)}`).join(", ")}`,
      );
  for (const n of r.site.notes) out.push(`note: ${n}`);
  return out;
}

// ---------------------------------------------------------------- targets

export function targets(s: Sections): Target[] {
  const t: Target[] = [];
  const missing = (target: string, why = "section not run or failed"): Target => ({
    target,
    value: why,
    status: "NOT MEASURED",
  });

  const lh = s.lighthouse?.result;
  {
    const target = "Lighthouse 100 in all four categories (mobile)";
    const scored = lh?.pages.filter((p) => CATEGORIES.every((c) => p.scores[c] !== null)) ?? [];
    if (!lh || scored.length === 0) t.push(missing(target));
    else {
      const min = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.min(...scored.map((p) => p.scores[c] as number))]),
      );
      t.push({
        target,
        value: `lowest over ${scored.length} page(s): ${CATEGORIES.map((c) => `${c} ${min[c]}`).join(", ")}`,
        status: CATEGORIES.every((c) => min[c] === 100) ? "PASS" : "MISS",
      });
    }
  }

  const w = s.weight?.result;
  {
    const target = "every page under 50 KB transferred before any download (gzip)";
    if (!w) t.push(missing(target));
    else
      t.push({
        target,
        value: `largest ${w.largest?.route} ${kb(w.largest?.transferGzip)}; ${w.overBudget.length} of ${w.pages} page(s) at or over`,
        status: w.overBudget.length === 0 ? "PASS" : "MISS",
      });
    const req = "0 KB of JavaScript required to read any page";
    if (!w || w.requiredJs.maxGzip === null) t.push(missing(req));
    else
      t.push({
        target: req,
        value: `max ${kb(w.requiredJs.maxGzip)}${w.requiredJs.pagesNeedingJs.length ? ` (${w.requiredJs.pagesNeedingJs.length} page(s))` : ""}`,
        status: w.requiredJs.maxGzip === 0 ? "PASS" : "MISS",
      });
    const shipped = "JavaScript shipped at all ≤ 10 KB compressed (gzip)";
    if (!w) t.push(missing(shipped));
    else
      t.push({
        target: shipped,
        value: `${kb(w.siteJs.sizes.gzip)} gzip (${kb(w.siteJs.sizes.brotli)} brotli)`,
        status: w.siteJs.sizes.gzip <= w.siteJs.budgetBytes ? "PASS" : "MISS",
      });
  }

  const c = s.clientVsBuild?.result;
  {
    const target = "first chart drawn ≥ 3× sooner than the client-rendered variant";
    if (!c || c.chartTimeRatio === null) t.push(missing(target));
    else
      t.push({
        target,
        value: `${c.chartTimeRatio.toFixed(2)}× (${msf(c.build.chartMs)} vs ${msf(c.client.chartMs)}; ${c.mode})`,
        status: c.chartTimeRatio >= 3 ? "PASS" : "MISS",
      });
  }

  const b = s.build?.result;
  {
    const target = "real build (npm run build) under 20 s";
    if (!b || b.medianMs === null) t.push(missing(target, b?.error ?? "section not run or failed"));
    else
      t.push({
        target,
        value: `${sec(b.medianMs, 2)} median${b.ok ? "" : " (a later run failed)"}`,
        status: b.medianMs < 20_000 ? "PASS" : "MISS",
      });
  }

  const sc = s.scaling?.result;
  {
    const target = "pipeline at 1M fact rows under 30 s and 2 GB";
    const big = sc?.pipeline.sizes.find((p) => p.rows >= PIPELINE_TARGET.rows);
    // Time and memory only grow with the input: a smaller size over the target settles it.
    const over = sc?.pipeline.sizes.find(
      (p) =>
        p.ok &&
        ((p.wallMs ?? 0) >= PIPELINE_TARGET.seconds * 1000 ||
          (p.peakRssBytes ?? 0) >= PIPELINE_TARGET.bytes),
    );
    const inferred = over
      ? `; ${over.rows.toLocaleString("en-US")} rows already took ${sec(over.wallMs)} and ${mib(over.peakRssBytes)}`
      : "";
    if (!big || big.skipped) {
      const why = big?.skipped ?? "1M rows not in this run (--quick runs 10k and 100k)";
      t.push(
        over ? { target, value: `1M: ${why}${inferred}`, status: "MISS" } : missing(target, why),
      );
    } else if (!big.ok)
      t.push({
        target,
        value: `did not finish: ${big.error} after ${sec(big.wallMs, 0)}, peak ${mib(big.peakRssBytes)}`,
        status: "MISS",
      });
    else
      t.push({
        target,
        value: `${sec(big.wallMs)}, peak ${mib(big.peakRssBytes)}`,
        status:
          (big.wallMs ?? Infinity) < PIPELINE_TARGET.seconds * 1000 &&
          (big.peakRssBytes ?? Infinity) < PIPELINE_TARGET.bytes
            ? "PASS"
            : "MISS",
      });
  }
  {
    const target = "site build time grows no worse than linearly with districts (exponent ≤ 1.1)";
    const g = sc?.site.growth.at(-1);
    const pages = sc?.site.districtPageGrowth.at(-1);
    const pagesText = pages
      ? `; district pages' render time: exponent ≈ ${pages.exponent.toFixed(2)} from ${pages.from} to ${pages.to}`
      : "";
    if (g && !g.lowerBound)
      t.push({
        target,
        value: `exponent ${g.exponent.toFixed(2)} from ${g.from} to ${g.to} districts${pagesText}`,
        status: g.exponent <= 1.1 ? "PASS" : "MISS",
      });
    else if (g && g.exponent > 1.1)
      t.push({
        target,
        value: `exponent ≥ ${g.exponent.toFixed(2)} from ${g.from} to ${g.to} districts (stopped at its time limit)${pagesText}`,
        status: "MISS",
      });
    else if (pages)
      t.push({
        target,
        value: `whole build not finished in the time budget${g ? ` (exponent ≥ ${g.exponent.toFixed(2)})` : ""}${pagesText} (estimated)`,
        status: pages.exponent <= 1.1 ? "PASS" : "MISS",
      });
    else t.push(missing(target, "fewer than two site sizes built"));
  }
  return t;
}

function printTargets(list: Target[]): string[] {
  return [
    heading("Targets (a miss is a finding, not a failure)"),
    table(
      ["target", "measured", "status"],
      list.map((x) => [x.target, x.value, x.status]),
      2,
    ),
  ];
}

export function printReport(s: Sections, list: Target[]): string {
  return [
    ...printBuild(s.build),
    ...printWeight(s.weight),
    ...printBrowser(s.browser),
    ...printClient(s.clientVsBuild),
    ...printLighthouse(s.lighthouse),
    ...printScaling(s.scaling),
    ...printTargets(list),
  ].join("\n");
}

export function writeResults(results: object): void {
  writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + "\n");
}
