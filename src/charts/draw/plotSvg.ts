/**
 * Runs Observable Plot on a linkedom document at build time and returns the
 * finished SVG string: the site's chart style (the measured font, inherited
 * colour, transparent ground), Korean fragments tagged in English charts,
 * and the accessible name and description.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Lang } from "../../i18n/index.ts";
import { accessibleSvg } from "./accessibleSvg.ts";
import { markKorean } from "./koreanSpans.ts";
import { FONT_SIZE } from "./sizes.ts";
import { CHART_FONT_STACK } from "./textMeasure.ts";

export interface PlotSvgSpec {
  /** Chart id: gives the SVG its stable class name. */
  id: string;
  lang: Lang;
  width: number;
  height: number;
  /** Accessible name and description (the alt text). */
  title: string;
  description: string;
  /** Plot options other than the ones every chart shares. */
  options: Plot.PlotOptions;
}

export function plotSvg(spec: PlotSvgSpec): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const doc = document as unknown as Document;
  const node = Plot.plot({
    ...spec.options,
    document: doc,
    className: `sea-chart-${spec.id}`,
    width: spec.width,
    height: spec.height,
    style: {
      fontSize: `${FONT_SIZE}px`,
      background: "transparent",
      color: "currentColor",
      fontFamily: CHART_FONT_STACK,
    },
    color: { type: "identity" },
  }) as unknown as Element;
  // Plot's own default family would only be a second, unmeasured choice.
  node.removeAttribute("font-family");
  if (spec.lang === "en") markKorean(node, doc);
  return accessibleSvg(node, spec.title, spec.description, doc);
}
