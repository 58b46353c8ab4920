/**
 * Side by side, in the same run and under the same throttling: a comparison
 * chart as this site ships it (SVG rendered at build time) against the same
 * chart drawn the way most data sites do it (d3 and Observable Plot loaded in
 * the browser, the CSV fetched and drawn there). Bytes shipped and time to
 * chart, and their ratios.
 *
 * The client-rendered variant is the built /compare/enterprises/ page itself
 * with its first chart's SVG taken out and replaced by the scripts that draw
 * a chart of /data/charts/enterprises-northeast-2017.csv; everything else on
 * the page is the same. If that page (or a chart on it) is not built yet, both
 * variants are made here from one minimal page and the same Plot spec, one
 * rendered in Node (as the site's build does), one in the browser.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as Plot from "@observablehq/plot";
import Papa from "papaparse";
import { parseHTML } from "linkedom";
import { launchChromium } from "../test/e2e/support/chromium.ts";
import { BASE, compressedSizes, log, ROOT, type Sizes } from "./common.ts";
import { compressedMirror } from "./mirror.ts";
import { CHART_SELECTOR, measureLoad, summarise, type LoadTiming } from "./browser.ts";

/** A file of an installed package (its UMD bundles are not in the packages' exports). */
function packageFile(name: string, file: string): string {
  const path = join(ROOT, "node_modules", name, file);
  if (!existsSync(path)) throw new Error(`${name}/${file} is not installed (npm ci)`);
  return path;
}
const CSV = "data/charts/enterprises-northeast-2017.csv";
const PAGE = "compare/enterprises/";
const CLIENT_PAGE = "compare/enterprises-client-rendered/";

/** One Plot spec for both variants: counts by district, stacked by enterprise type. */
const DRAW = `function draw(Plot, rows, document) {
  const districts = new Set(rows.map((r) => r.district_ko)).size;
  return Plot.plot({
    document,
    width: 343,
    height: 70 + 30 * districts,
    marginLeft: 72,
    style: { fontSize: "12px" },
    color: { legend: true },
    x: { label: "기업 수 (개) →", grid: true },
    y: { label: null },
    marks: [
      Plot.barX(rows, { x: "count", y: "district_ko", fill: "type_ko", sort: { y: "-x" } }),
      Plot.ruleX([0]),
    ],
  });
}`;

type Draw = (plot: typeof Plot, rows: object[], document: Document) => Element;

const clientScripts = (csvUrl: string) => `
<script src="${BASE}__bench/d3.min.js"></script>
<script src="${BASE}__bench/plot.umd.min.js"></script>
<script>
(async () => {
  const draw = ${DRAW};
  const text = await (await fetch(${JSON.stringify(csvUrl)})).text();
  const rows = d3.csvParse(text, d3.autoType);
  document.getElementById("bench-chart").append(draw(Plot, rows, document));
})();
</script>`;

function minimalPage(title: string, figure: string, extra = ""): string {
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;margin:0 16px;line-height:1.5}figure{margin:0}svg{max-width:100%;height:auto}</style>
</head><body><main><h1>${title}</h1>
<p>동북4구와 서울의 유형별 사회적경제기업 수 (2017년 3월 1일)</p>
${figure}
</main>${extra}</body></html>`;
}

export interface VariantResult {
  url: string;
  runs: LoadTiming[];
  fcpMs: number | null;
  chartMs: number | null;
  bytes: number | null;
  requests: number | null;
  failedLoads: number;
}

export interface ClientVsBuildResult {
  mode: "built page" | "bench-made pages";
  note: string;
  csv: string;
  runsPerVariant: number;
  build: VariantResult;
  client: VariantResult;
  /** client ÷ build */
  chartTimeRatio: number | null;
  bytesRatio: number | null;
  files: {
    staticChartSvg: Sizes | null;
    d3: Sizes;
    plot: Sizes;
    csv: Sizes;
  };
}

export async function benchClientVsBuild(o: { runs: { clientVsBuild: number } }) {
  const d3File = packageFile("d3", "dist/d3.min.js");
  const plotFile = packageFile("@observablehq/plot", "dist/plot.umd.min.js");
  // One snapshot of dist/ for both variants (others may rebuild dist/ meanwhile).
  const mirror = await compressedMirror();
  try {
    const publicCsv = join(ROOT, "public", CSV);
    const csvText =
      mirror.read(CSV)?.toString("utf8") ??
      (existsSync(publicCsv) ? readFileSync(publicCsv, "utf8") : undefined);
    if (csvText === undefined)
      throw new Error(`no ${CSV} in dist/ or public/: run \`npm run build\``);
    mirror.add("__bench/d3.min.js", readFileSync(d3File));
    mirror.add("__bench/plot.umd.min.js", readFileSync(plotFile));
    mirror.add(CSV, csvText);

    let mode: ClientVsBuildResult["mode"];
    let note: string;
    let staticPath: string;
    let staticSelector = CHART_SELECTOR;
    let staticChartSvg: Sizes | null = null;
    const built = mirror.read(PAGE + "index.html")?.toString("utf8");
    const { document } = parseHTML(built ?? "<!doctype html><html><body></body></html>");
    const svg = built ? document.querySelector(CHART_SELECTOR) : null;
    if (built && svg) {
      mode = "built page";
      note = `/${PAGE} as built, against the same page with its first chart's SVG replaced by d3 + Plot drawing ${CSV} in the browser`;
      staticPath = PAGE;
      staticChartSvg = compressedSizes(svg.outerHTML);
      const holder = document.createElement("div");
      holder.setAttribute("id", "bench-chart");
      svg.replaceWith(holder);
      document.body.insertAdjacentHTML("beforeend", clientScripts(BASE + CSV));
      mirror.add(CLIENT_PAGE + "index.html", document.toString());
    } else {
      mode = "bench-made pages";
      note = built
        ? `/${PAGE} has no chart (${CHART_SELECTOR}) yet: both variants were made here from one minimal page`
        : `/${PAGE} is not built yet: both variants were made here from one minimal page`;
      const draw = new Function(`return ${DRAW}`)() as Draw;
      const rows = Papa.parse<object>(csvText, {
        header: true,
        dynamicTyping: true,
        skipEmptyLines: true,
      }).data;
      const rendered = draw(Plot, rows, document as unknown as Document).outerHTML;
      staticChartSvg = compressedSizes(rendered);
      staticPath = "__bench/build-time-svg/";
      staticSelector = "#bench-chart svg";
      mirror.add(
        staticPath + "index.html",
        minimalPage("기업 수 (build-time SVG)", `<figure id="bench-chart">${rendered}</figure>`),
      );
      mirror.add(
        CLIENT_PAGE + "index.html",
        minimalPage(
          "기업 수 (client-rendered)",
          `<figure><div id="bench-chart"></div></figure>`,
          clientScripts(BASE + CSV),
        ),
      );
    }
    log(`  ${note}`);

    const browser = await launchChromium();
    try {
      const server = await mirror.start();
      const buildRuns: LoadTiming[] = [];
      const clientRuns: LoadTiming[] = [];
      for (let i = 0; i < o.runs.clientVsBuild; i++) {
        buildRuns.push(await measureLoad(browser, server.url + staticPath, staticSelector));
        clientRuns.push(
          await measureLoad(browser, server.url + CLIENT_PAGE, "#bench-chart svg", 30_000),
        );
      }
      const variant = (path: string, runs: LoadTiming[]): VariantResult => {
        const s = summarise(runs);
        return {
          url: BASE + path,
          runs,
          fcpMs: s.fcpMs,
          chartMs: s.chartMs,
          bytes: s.bytes,
          requests: s.requests,
          failedLoads: s.failedLoads,
        };
      };
      const b = variant(staticPath, buildRuns);
      const c = variant(CLIENT_PAGE, clientRuns);
      return {
        mode,
        note,
        csv: BASE + CSV,
        runsPerVariant: o.runs.clientVsBuild,
        build: b,
        client: c,
        chartTimeRatio: b.chartMs && c.chartMs ? c.chartMs / b.chartMs : null,
        bytesRatio: b.bytes && c.bytes ? c.bytes / b.bytes : null,
        files: {
          staticChartSvg,
          d3: compressedSizes(readFileSync(d3File), d3File),
          plot: compressedSizes(readFileSync(plotFile), plotFile),
          csv: compressedSizes(csvText),
        },
      } satisfies ClientVsBuildResult;
    } finally {
      await browser.close();
    }
  } finally {
    await mirror.dispose();
  }
}
