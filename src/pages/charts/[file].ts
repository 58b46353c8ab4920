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

export const GET: APIRoute<Props> = ({ props }) => {
  const { id, lang, ext } = props;
  const built = buildChart(id, lang);
  const svg = standaloneSvg(built.output.svg, {
    title: built.title,
    takeaway: built.output.takeaway,
    source: sourceLine(id, lang),
    credit: t(lang, "siteName"),
  });
  if (ext === "svg") return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
  return new Response(Buffer.from(pngFromSvg(svg)), { headers: { "Content-Type": "image/png" } });
};
