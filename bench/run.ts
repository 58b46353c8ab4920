/**
 * npm run bench [-- --quick] [-- --only=build,weight,browser,client,lighthouse,scaling]
 *
 * How fast and light the site is, measured: build, weight per page, timings
 * in a throttled Chromium, build-time SVG against a client-rendered chart,
 * Lighthouse, and scaling of the pipeline and the build. Prints the tables
 * and the targets (PASS / MISS) and writes bench/results.json. A section that
 * fails is reported and the others still run; a missed target is a finding,
 * so the exit code is 0 unless the benchmark itself breaks.
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { chromiumPath } from "../test/e2e/support/chromium.ts";
import { benchBuild } from "./build.ts";
import { benchBrowser } from "./browser.ts";
import { benchClientVsBuild } from "./clientVsBuild.ts";
import { errorMessage, HAS_GNU_TIME, log, type Options } from "./common.ts";
import { benchLighthouse } from "./lighthouse.ts";
import {
  printReport,
  RESULTS_FILE,
  targets,
  writeResults,
  type Section,
  type Sections,
} from "./report.ts";
import { benchScaling } from "./scaling.ts";
import { benchWeight } from "./weight.ts";

/** The whole default run must end within 10 minutes; the scaling runs use what is left. */
const BUDGET_S = 540;
const QUICK_BUDGET_S = 300;

const SECTIONS = ["build", "weight", "browser", "clientVsBuild", "lighthouse", "scaling"] as const;
type SectionName = (typeof SECTIONS)[number];
const ALIASES: Record<string, SectionName> = {
  client: "clientVsBuild",
  clientvsbuild: "clientVsBuild",
};

const started = Date.now();
const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string", default: "" },
  },
  strict: true,
});
const only = values.only
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean)
  .map((s) => ALIASES[s.toLowerCase()] ?? s);
const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
if (unknown.length) {
  console.error(`bench: unknown section(s) ${unknown.join(", ")}; expected ${SECTIONS.join(", ")}`);
  process.exit(2);
}

const quick = values.quick;
const options: Options = {
  quick,
  only,
  runs: quick
    ? { build: 1, browser: 1, clientVsBuild: 1, lighthouse: 1, pipeline: 1, site: 1 }
    : { build: 3, browser: 3, clientVsBuild: 3, lighthouse: 1, pipeline: 1, site: 1 },
  pipelineRows: quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000],
  siteDistricts: quick ? [25, 250] : [25, 250, 2500],
  deadline: started + (quick ? QUICK_BUDGET_S : BUDGET_S) * 1000,
};

function chromiumVersion(): string {
  try {
    const r = spawnSync(chromiumPath(), ["--version"], { encoding: "utf8", timeout: 20_000 });
    return r.stdout.trim() || "unknown";
  } catch (e) {
    return `not found: ${errorMessage(e)}`;
  }
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? "unknown",
  totalMemoryBytes: totalmem(),
  platform: `${platform()} ${release()}`,
  node: process.version,
  chromium: chromiumVersion(),
  peakMemoryTool: HAS_GNU_TIME ? "/usr/bin/time -v" : "/proc/<pid>/status VmHWM",
  /** Other work on the machine skews timings: load averages (1, 5, 15 min) at the start and end. */
  loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  loadAverageAtEnd: [] as number[],
};

log(
  `Seoul Social Economy Atlas benchmark${quick ? " (--quick)" : ""} — ${new Date(started).toISOString()}`,
);
log(
  `machine: ${machine.cpus} × ${machine.cpuModel}, ${(machine.totalMemoryBytes / 1024 ** 3).toFixed(1)} GiB, ${machine.platform}, Node ${machine.node}, ${machine.chromium}; load average ${machine.loadAverageAtStart.join(" ")}`,
);
log(
  `runs (median of): build ${options.runs.build}, browser ${options.runs.browser} per page, client-vs-build ${options.runs.clientVsBuild} per variant, Lighthouse ${options.runs.lighthouse} per page (a run takes ~20 s here; simulated throttling varies little), scaling 1 per size; pipeline sizes ${options.pipelineRows.map((n) => n.toLocaleString("en-US")).join(" / ")} rows, site sizes ${options.siteDistricts.join(" / ")} districts; time budget ${quick ? QUICK_BUDGET_S : BUDGET_S} s (the scaling runs get what is left)`,
);

const sections: Sections = {};

async function section<T>(
  name: SectionName,
  title: string,
  run: () => Promise<T>,
): Promise<Section<T> | undefined> {
  if (only.length && !only.includes(name)) return undefined;
  log(`\n▶ ${title}`);
  const t0 = performance.now();
  try {
    const result = await run();
    const seconds = (performance.now() - t0) / 1000;
    log(`  done in ${seconds.toFixed(1)} s`);
    return { ok: true, seconds, result };
  } catch (e) {
    const seconds = (performance.now() - t0) / 1000;
    log(`  ERROR after ${seconds.toFixed(1)} s: ${errorMessage(e)}`);
    return { ok: false, seconds, error: errorMessage(e) };
  }
}

sections.build = await section("build", "build: npm run build", () => benchBuild(options));
sections.weight = await section("weight", "weight of every built page", () => benchWeight());
sections.browser = await section("browser", "Chromium: FCP and first chart, throttled", () =>
  benchBrowser(options),
);
sections.clientVsBuild = await section(
  "clientVsBuild",
  "build-time SVG vs client-rendered chart",
  () => benchClientVsBuild(options),
);
sections.lighthouse = await section("lighthouse", "Lighthouse", () => benchLighthouse(options));
sections.scaling = await section("scaling", "scaling: pipeline and site build", () =>
  benchScaling(options),
);

const list = targets(sections);
machine.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
const totalSeconds = (Date.now() - started) / 1000;
log(printReport(sections, list));
writeResults({
  benchmark: "Seoul Social Economy Atlas",
  date: new Date(started).toISOString(),
  durationSeconds: Math.round(totalSeconds * 10) / 10,
  machine,
  options: {
    quick,
    only,
    runs: options.runs,
    pipelineRows: options.pipelineRows,
    siteDistricts: options.siteDistricts,
    timeBudgetSeconds: quick ? QUICK_BUDGET_S : BUDGET_S,
    kilobyte: 1000,
  },
  targets: list,
  sections,
});
log(
  `\n${list.filter((t) => t.status === "PASS").length} target(s) met, ${list.filter((t) => t.status === "MISS").length} missed, ${list.filter((t) => t.status === "NOT MEASURED").length} not measured. Whole run: ${totalSeconds.toFixed(0)} s (load average at the end ${machine.loadAverageAtEnd.join(" ")}). Results: ${RESULTS_FILE.replace(process.cwd() + "/", "")}`,
);
