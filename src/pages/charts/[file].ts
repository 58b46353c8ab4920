/**
 * Every chart as a standalone SVG and PNG, in both languages, at stable URLs:
 * /charts/<id>.ko.svg, /charts/<id>.en.png … Built once, at build time.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { buildChart, CHART_IDS } from "../../lib/buildChart.ts";
import { pngFromSvg, standaloneSvg } from "../../lib/chartImage.ts";
import { sourceLine } from "../../lib/chartSources.ts";
import { t, LANGS, type Lang } from "../../i18n/index.ts";
import type { ChartId } from "../../lib/buildChart.ts";

export const getStaticPaths = (() =>
  CHART_IDS.flatMap((id) =>
    LANGS.flatMap((lang) =>
      (["svg", "png"] as const).map((ext) => ({
        params: { file: `${id}.${lang}.${ext}` },
        props: { id, lang, ext },
      })),
    ),
  )) satisfies GetStaticPaths;

interface Props {
  id: ChartId;
  lang: Lang;
  ext: "svg" | "png";
}

// The SVG and the PNG of a chart are made from one build of it: the chart is built once per
// language, not once per file (at 250 districts a build of the largest chart takes seconds).
const standalone = new Map<string, string>();
function standaloneOf(id: ChartId, lang: Lang): string {
  const key = `${id}.${lang}`;
  let svg = standalone.get(key);
  if (svg === undefined) {
    const built = buildChart(id, lang);
    svg = standaloneSvg(built.output.svg, {
      title: built.title,
      takeaway: built.output.takeaway,
      source: sourceLine(id, lang),
      credit: t(lang, "siteName"),
    });
    standalone.set(key, svg);
  }
  return svg;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { id, lang, ext } = props;
  const svg = standaloneOf(id, lang);
  if (ext === "svg") return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
  return new Response(Buffer.from(await pngFromSvg(svg)), {
    headers: { "Content-Type": "image/png" },
  });
};
