/**
 * Build: `npm run build` (the data pipeline on the real data, then Astro) run
 * several times; wall time, pages built and pages per second, as medians.
 */
import { builtRoutes, failureText, log, median, runChild, type Options } from "./common.ts";

export interface BuildRun {
  ok: boolean;
  wallMs: number;
  pages: number;
  peakRssBytes: number | null;
  error?: string;
}

export interface BuildResult {
  command: string;
  runs: BuildRun[];
  ok: boolean;
  medianMs: number | null;
  pages: number;
  pagesPerSecond: number | null;
  peakRssBytes: number | null;
  error?: string;
}

export async function benchBuild(o: Options): Promise<BuildResult> {
  const runs: BuildRun[] = [];
  for (let i = 0; i < o.runs.build; i++) {
    const r = await runChild("npm", ["run", "build"], { timeoutMs: 300_000 });
    const pages = builtRoutes().length;
    const run: BuildRun = { ok: r.ok, wallMs: r.wallMs, pages, peakRssBytes: r.peakRssBytes };
    if (!r.ok) run.error = failureText(r);
    runs.push(run);
    log(
      `  build run ${i + 1}/${o.runs.build}: ${r.ok ? "ok" : "FAILED"} in ${(r.wallMs / 1000).toFixed(1)} s, ${pages} pages`,
    );
    // A broken build is a finding; building it again would not change it.
    if (!r.ok) break;
  }
  const good = runs.filter((r) => r.ok);
  const medianMs = median(good.map((r) => r.wallMs));
  const pages = good.at(-1)?.pages ?? 0;
  const failed = runs.find((r) => !r.ok);
  return {
    command: "npm run build",
    runs,
    ok: failed === undefined,
    medianMs,
    pages,
    pagesPerSecond: medianMs ? pages / (medianMs / 1000) : null,
    peakRssBytes: median(good.map((r) => r.peakRssBytes ?? NaN)),
    ...(failed ? { error: failed.error } : {}),
  };
}
