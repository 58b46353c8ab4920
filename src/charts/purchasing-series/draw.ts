/**
 * Public purchasing by year: one panel per place, each on its own scale,
 * since Seoul's figures are ten times a district's. Results are green,
 * targets blue; the kind of source is in the shape and the label, not in
 * colour alone: a filled mark for an official document, a hollow square for
 * a press release, a hollow circle for a news report, and every point not
 * from an official document says so in its label. Lines join consecutive
 * years of one source only. Labels are measured and moved off each other
 * (../draw/labelLayout.ts).
 */
import * as Plot from "@observablehq/plot";
import type { Lang } from "../../i18n/index.ts";
import { isOfficialKind, kindLabel, kindShort } from "../../lib/sourceKind.ts";
import { placeLabels, type PointLabel } from "../draw/labelLayout.ts";
import { layoutLegend, legendMarks } from "../draw/legend.ts";
import { OKABE_ITO } from "../draw/palette.ts";
import { plotSvg } from "../draw/plotSvg.ts";
import { DEFAULT_WIDTH, NOTE_SIZE } from "../draw/sizes.ts";
import { textMark, type PlacedText } from "../draw/textMark.ts";
import { textWidth } from "../draw/textMeasure.ts";
import { niceTicks } from "../draw/ticks.ts";
import { chartTitle } from "../words/title.ts";
import type { SeriesModel, SeriesPoint } from "./model.ts";
import { WORDS } from "./words.ts";
import { withQualifier } from "../../lib/format.ts";

const RESULT = OKABE_ITO.green;
const TARGET = OKABE_ITO.blue;
const HEADING = 26;
const PANEL = 140;
const AXIS = 24;
const GAP = 14;

const symbolOf = (kind: string) => (kind === "press-release" ? "square" : "circle");

export function draw(
  model: SeriesModel,
  lang: Lang,
  highlight: string | undefined,
  width: number | undefined,
  alt: string,
): string {
  const W = width ?? DEFAULT_WIDTH;
  const w = WORDS[lang];
  const { firstYear: y0, lastYear: y1 } = model;
  const legend = layoutLegend(
    [
      { label: w.legend.result, fill: RESULT, symbol: "circle" },
      { label: w.legend.target, fill: TARGET, symbol: "circle" },
      { label: kindLabel("official-document", lang), fill: "currentColor", symbol: "circle" },
      {
        label: kindLabel("press-release", lang),
        fill: "currentColor",
        symbol: "square",
        style: "hollow",
      },
      {
        label: kindLabel("news-report", lang),
        fill: "currentColor",
        symbol: "circle",
        style: "hollow",
      },
    ],
    W,
  );
  const top = 4 + legend.height + 4;
  const tickWidth = Math.max(
    ...model.points.map((p) =>
      textWidth(withQualifier(w.shortWon(p.value ?? 0), p.qualifier, lang), NOTE_SIZE),
    ),
    30,
  );
  const left = Math.ceil(tickWidth + 14);
  const right = 12;
  const step = (W - left - right) / (y1 - y0 + 1);
  const xOf = (y: number) => left + (y - y0 + 0.5) * step;
  // Years as "’11" when a full year would crowd its neighbours.
  const yearText = (y: number) =>
    textWidth(String(y), NOTE_SIZE) + 6 <= step ? String(y) : `’${String(y).slice(2)}`;

  const dots: { x: number; y: number; fill: string; stroke: string; symbol: string }[] = [];
  const wanted: PointLabel[] = [];
  const texts: PlacedText[] = [];
  const grid: { x1: number; x2: number; y: number }[] = [];
  const links: {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
    stroke: string;
    dashed: boolean;
  }[] = [];

  let cursor = top;
  for (const g of model.places) {
    const own = model.points.filter((p) => p.code === g);
    const emphasis = highlight !== undefined && own[0]!.slug === highlight;
    texts.push({ x: 2, y: cursor + HEADING / 2, text: own[0]!.name[lang], bold: true });
    cursor += HEADING;
    const max = Math.max(0, ...own.map((p) => p.value ?? 0));
    const ticks = niceTicks(max > 0 ? max : 1, 3);
    const domainMax = Math.max(ticks.at(-1)!, max);
    const panelTop = cursor + 18; // room for labels above the highest point
    const panelBottom = cursor + PANEL;
    const yOf = (v: number) => panelBottom - (v / (domainMax || 1)) * (panelBottom - panelTop);
    for (const tv of ticks) {
      grid.push({ x1: left, x2: W - right, y: yOf(tv) });
      const text = tv === 0 ? "0" : w.shortWon(tv);
      texts.push({ x: left - 6, y: yOf(tv), text, size: NOTE_SIZE, anchor: "end" });
    }
    for (let y = y0; y <= y1; y++)
      texts.push({
        x: xOf(y),
        y: panelBottom + 14,
        text: yearText(y),
        size: NOTE_SIZE,
        anchor: "middle",
      });

    for (const p of own) {
      if (p.value === null) continue;
      const colour = p.isResult ? RESULT : TARGET;
      const official = isOfficialKind(p.kind);
      const x = xOf(p.year);
      const y = yOf(p.value);
      dots.push({
        x,
        y,
        fill: official ? colour : "none",
        stroke: colour,
        symbol: symbolOf(p.kind),
      });
      // Every result is labelled above; a target below, when it is not from an official document
      // (official targets are read from the dashed line and the table).
      const kindText = official ? "" : ` · ${kindShort(p.kind, lang)}`;
      if (p.isResult)
        wanted.push({
          x,
          y: y - 12,
          text: `${withQualifier(w.shortWon(p.value), p.qualifier, lang)}${kindText}`,
          bold: emphasis,
          dir: -1,
          px: x,
          py: y,
        });
      else if (!official)
        wanted.push({
          x,
          y: y + 14,
          text: `${w.targetLabel(withQualifier(w.shortWon(p.value), p.qualifier, lang))}${kindText}`,
          bold: emphasis,
          dir: 1,
          px: x,
          py: y,
        });
    }
    // Lines: consecutive years of one status from one source.
    const bySeries = new Map<string, SeriesPoint[]>();
    for (const p of own.filter((p) => p.value !== null)) {
      const k = `${p.status}|${p.sourceId}`;
      bySeries.set(k, [...(bySeries.get(k) ?? []), p]);
    }
    for (const list of bySeries.values())
      for (let i = 1; i < list.length; i++) {
        const a = list[i - 1]!;
        const b = list[i]!;
        if (b.year - a.year !== 1) continue;
        links.push({
          x1: xOf(a.year),
          y1: yOf(a.value!),
          x2: xOf(b.year),
          y2: yOf(b.value!),
          stroke: a.isResult ? RESULT : TARGET,
          dashed: !a.isResult,
        });
      }
    cursor = panelBottom + AXIS + GAP;
  }
  const height = cursor + 4;
  const placed = placeLabels(wanted, dots, W, NOTE_SIZE);
  wanted.forEach((l, i) =>
    texts.push({ ...placed[i]!, text: l.text, bold: l.bold, size: NOTE_SIZE, anchor: "middle" }),
  );

  const marks: Plot.Markish[] = [
    Plot.link(grid, {
      x1: "x1",
      x2: "x2",
      y1: "y",
      y2: "y",
      stroke: "currentColor",
      strokeOpacity: 0.15,
    }),
    ...[false, true].map((dashed) =>
      Plot.link(
        links.filter((s) => s.dashed === dashed),
        {
          x1: "x1",
          y1: "y1",
          x2: "x2",
          y2: "y2",
          stroke: "stroke",
          strokeWidth: 1.5,
          ...(dashed ? { strokeDasharray: "4,3" } : {}),
        },
      ),
    ),
    ...["circle", "square"].map((symbol) =>
      Plot.dot(
        dots.filter((d) => d.symbol === symbol),
        { x: "x", y: "y", r: 4.5, symbol, fill: "fill", stroke: "stroke", strokeWidth: 1.8 },
      ),
    ),
    textMark(texts),
    ...legendMarks(legend, 4),
  ];
  return plotSvg({
    id: "purchasing-series",
    lang,
    width: W,
    height,
    title: chartTitle("purchasing-series", lang),
    description: alt,
    options: {
      margin: 0,
      x: { type: "identity", axis: null },
      y: { type: "identity", axis: null },
      marks,
    },
  });
}
