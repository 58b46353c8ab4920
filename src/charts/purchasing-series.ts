/**
 * Public purchasing by year: one panel per district (and Seoul as a whole),
 * each on its own scale, since Seoul's figures are ten times a district's.
 * Results are green, targets blue; the kind of source is in the shape and the
 * label, not in colour alone: a filled mark for an official document, a hollow
 * square for a press release, a hollow circle for a news report, and every
 * point that is not from an official document says so in its label. Lines
 * join consecutive years of one source only, so no line runs between two
 * documents or across a gap.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { t } from "../i18n/index.ts";
import { cellNumber, cellText, type ProductRow } from "../data/products.ts";
import { formatKrw, formatKrwShort, formatNumber, formatPeriod } from "../lib/format.ts";
import { isOfficialKind, kindLabel, kindShort } from "../lib/sourceKind.ts";
import type { ChartBuilder } from "./types.ts";
import {
  DEFAULT_WIDTH,
  FONT_SIZE,
  NONE,
  OKABE_ITO,
  accessibleSvg,
  firstSeen,
  koColumn,
  listJoin,
  markKorean,
  niceTicks,
  textWidth,
  tr,
} from "./render.ts";

const RESULT = OKABE_ITO.green;
const TARGET = OKABE_ITO.blue;
const SMALL = 11;
const HEADING = 24;
const PANEL = 130;
const AXIS = 22;
const GAP = 14;
const LEGEND_LINE = 20;

type Lang = "ko" | "en";

/** A short money label for a mark: "67.8억" / "6.78bn". */
function shortWon(won: number, lang: Lang): string {
  if (lang === "ko") return formatKrwShort(won, lang).replace(/ 원$/, "");
  return won >= 1e9
    ? `${formatNumber(won / 1e9, "en", 2)}bn`
    : `${formatNumber(won / 1e6, "en", 0)}m`;
}

function symbolOf(kind: string): string {
  return kind === "press-release" ? "square" : "circle";
}

export const purchasingSeries: ChartBuilder = (rows, { lang, highlight, width }) => {
  const W = width ?? DEFAULT_WIDTH;
  const name = (r: ProductRow) => cellText(r, lang === "ko" ? "district_ko" : "district_en");
  const code = (r: ProductRow) => cellText(r, "district_code");
  const year = (r: ProductRow) => Number(cellText(r, "period"));
  const status = (r: ProductRow) => cellText(r, "status");
  const kind = (r: ProductRow) => cellText(r, "source_kind");
  const value = (r: ProductRow) => cellNumber(r, "value");
  const isResult = (r: ProductRow) => status(r) === "actual";
  const statusText = (r: ProductRow) =>
    isResult(r) ? tr(lang, "실적", "result") : tr(lang, "목표", "target");

  const groups = firstSeen(rows, code);
  const sorted = [...rows].sort(
    (a, b) =>
      groups.indexOf(code(a)) - groups.indexOf(code(b)) ||
      year(a) - year(b) ||
      status(a).localeCompare(status(b)) ||
      cellText(a, "fact_id").localeCompare(cellText(b, "fact_id")),
  );
  const years = sorted.map(year).filter((y) => Number.isFinite(y));
  const y0 = years.length ? Math.min(...years) : 2011;
  const y1 = years.length ? Math.max(...years) : 2011;
  const n = y1 - y0 + 1;

  // Legend: what colour, shape and fill mean.
  const legend = [
    { label: tr(lang, "실적", "Result"), symbol: "circle", fill: RESULT, stroke: RESULT },
    {
      label: tr(lang, "목표 (점선)", "Target (dashed)"),
      symbol: "circle",
      fill: TARGET,
      stroke: TARGET,
    },
    {
      label: kindLabel("official-document", lang),
      symbol: "circle",
      fill: "currentColor",
      stroke: "currentColor",
    },
    {
      label: kindLabel("press-release", lang),
      symbol: "square",
      fill: "none",
      stroke: "currentColor",
    },
    {
      label: kindLabel("news-report", lang),
      symbol: "circle",
      fill: "none",
      stroke: "currentColor",
    },
  ];
  const placed: {
    label: string;
    symbol: string;
    fill: string;
    stroke: string;
    x: number;
    y: number;
  }[] = [];
  let lx = 8;
  let line = 0;
  for (const item of legend) {
    const w = 14 + textWidth(item.label) + 18;
    if (lx + w > W && lx > 8) {
      line++;
      lx = 8;
    }
    placed.push({ ...item, x: lx, y: 12 + line * LEGEND_LINE });
    lx += w;
  }
  const top = 12 + (line + 1) * LEGEND_LINE;

  const tickLabelWidth = Math.max(
    ...sorted.map((r) => textWidth(shortWon(value(r) ?? 0, lang), SMALL)),
    30,
  );
  const left = Math.ceil(tickLabelWidth + 14);
  const right = 16;
  const inner = W - left - right;
  const step = inner / n;
  const xOf = (y: number) => left + (y - y0 + 0.5) * step;

  const dots: { x: number; y: number; fill: string; stroke: string; symbol: string }[] = [];
  const labels: { x: number; y: number; text: string; bold: boolean; dir: -1 | 1 }[] = [];
  const headings: { x: number; y: number; text: string; bold: boolean }[] = [];
  const gridLines: { x1: number; x2: number; y: number }[] = [];
  const tickTexts: { x: number; y: number; text: string }[] = [];
  const yearTexts: { x: number; y: number; text: string }[] = [];
  const segments: {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
    stroke: string;
    dashed: boolean;
  }[] = [];

  let cursor = top;
  for (const g of groups) {
    const own = sorted.filter((r) => code(r) === g);
    const emphasis = highlight !== undefined && cellText(own[0]!, "district_slug") === highlight;
    headings.push({ x: 4, y: cursor + 16, text: name(own[0]!), bold: true });
    cursor += HEADING;
    const max = Math.max(0, ...own.map((r) => value(r) ?? 0));
    const ticks = niceTicks(max > 0 ? max : 1, 3);
    const domainMax = ticks[ticks.length - 1]! >= max ? ticks[ticks.length - 1]! : max;
    const panelTop = cursor + 16; // room for labels above the highest point
    const panelBottom = cursor + PANEL;
    const yOf = (v: number) => panelBottom - (v / (domainMax || 1)) * (panelBottom - panelTop);
    for (const tv of ticks) {
      gridLines.push({ x1: left, x2: W - right, y: yOf(tv) });
      tickTexts.push({ x: left - 6, y: yOf(tv), text: tv === 0 ? "0" : shortWon(tv, lang) });
    }
    for (let y = y0; y <= y1; y++)
      yearTexts.push({
        x: xOf(y),
        y: panelBottom + 14,
        text: lang === "ko" ? `’${String(y).slice(2)}` : String(y),
      });

    for (const r of own) {
      const v = value(r);
      if (v === null) continue;
      const colour = isResult(r) ? RESULT : TARGET;
      const official = isOfficialKind(kind(r));
      const x = xOf(year(r));
      const y = yOf(v);
      dots.push({
        x,
        y,
        fill: official ? colour : "none",
        stroke: colour,
        symbol: symbolOf(kind(r)),
      });
      // Every result is labelled above; a target below, when it is not from an official document
      // (official targets are read from the dashed line and the table, so labels don't collide).
      const kindText = official ? "" : ` · ${kindShort(kind(r), lang)}`;
      if (isResult(r))
        labels.push({
          x,
          y: y - 10,
          text: `${shortWon(v, lang)}${kindText}`,
          bold: emphasis,
          dir: -1,
        });
      else if (!official)
        labels.push({
          x,
          y: y + 14,
          text: `${tr(lang, "목표", "target")} ${shortWon(v, lang)}${kindText}`,
          bold: emphasis,
          dir: 1,
        });
    }
    // Lines: consecutive years of one status from one source.
    const bySeries = new Map<string, ProductRow[]>();
    for (const r of own.filter((r) => value(r) !== null)) {
      const k = `${status(r)}|${cellText(r, "source_id")}`;
      bySeries.set(k, [...(bySeries.get(k) ?? []), r]);
    }
    for (const list of bySeries.values()) {
      for (let i = 1; i < list.length; i++) {
        const a = list[i - 1]!;
        const b = list[i]!;
        if (year(b) - year(a) !== 1) continue;
        segments.push({
          x1: xOf(year(a)),
          y1: yOf(value(a)!),
          x2: xOf(year(b)),
          y2: yOf(value(b)!),
          stroke: isResult(a) ? RESULT : TARGET,
          dashed: !isResult(a),
        });
      }
    }
    cursor = panelBottom + AXIS + GAP;
  }
  const height = cursor + 4;

  // Labels that would overlap one already placed move away from their point (results up, targets
  // down), a line at a time, so every figure stays readable.
  const boxes: { x1: number; x2: number; y1: number; y2: number }[] = dots.map((d) => ({
    x1: d.x - 5,
    x2: d.x + 5,
    y1: d.y - 5,
    y2: d.y + 5,
  }));
  const overlaps = (b: (typeof boxes)[number]) =>
    boxes.some((o) => b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2);
  for (const l of labels) {
    const half = textWidth(l.text, SMALL, l.bold) / 2 + 2;
    const clamp = (x: number) => Math.min(Math.max(x, half + 2), W - half - 2);
    const box = (x: number, y: number) => ({ x1: x - half, x2: x + half, y1: y - 10, y2: y + 3 });
    // The point itself is 10 (results) or 14 (targets) px from the label's first place.
    const py = l.y - (l.dir === -1 ? -10 : 14);
    const candidates: [number, number][] = [
      [l.x, l.y],
      [l.x + half + 8, py + 4],
      [l.x - half - 8, py + 4],
      [l.x, py - l.dir * (l.dir === -1 ? 14 : 10)],
      ...[1, 2, 3, 4].map((k): [number, number] => [l.x, l.y + l.dir * 13 * k]),
    ];
    const free = candidates
      .map(([x, y]): [number, number] => [clamp(x), y])
      .find(([x, y]) => !overlaps(box(x, y)));
    const [x, y] = free ?? [clamp(l.x), l.y];
    l.x = x;
    l.y = y;
    boxes.push(box(x, y));
  }

  const marks: Plot.Markish[] = [
    Plot.link(gridLines, {
      x1: "x1",
      x2: "x2",
      y1: "y",
      y2: "y",
      stroke: "currentColor",
      strokeOpacity: 0.15,
    }),
    Plot.text(tickTexts, { x: "x", y: "y", text: "text", textAnchor: "end", fontSize: SMALL }),
    Plot.text(yearTexts, { x: "x", y: "y", text: "text", fontSize: SMALL }),
    ...[false, true].map((dashed) =>
      Plot.link(
        segments.filter((s) => s.dashed === dashed),
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
    ...[false, true].map((bold) =>
      Plot.text(
        labels.filter((l) => l.bold === bold),
        { x: "x", y: "y", text: "text", fontSize: SMALL, fontWeight: bold ? "bold" : "normal" },
      ),
    ),
    Plot.text(headings, { x: "x", y: "y", text: "text", textAnchor: "start", fontWeight: "bold" }),
    ...placed.map((p) =>
      Plot.dot([p], {
        x: () => p.x + 6,
        y: () => p.y,
        r: 5,
        symbol: p.symbol,
        fill: p.fill,
        stroke: p.stroke,
        strokeWidth: 1.8,
      }),
    ),
    Plot.text(placed, {
      x: (p: (typeof placed)[number]) => p.x + 16,
      y: "y",
      text: "label",
      textAnchor: "start",
    }),
  ];

  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const node = Plot.plot({
    document: document as unknown as Document,
    className: "sea-chart-purchasing-series",
    width: W,
    height,
    margin: 0,
    style: {
      fontSize: `${FONT_SIZE}px`,
      background: "transparent",
      color: "currentColor",
      fontFamily: "inherit",
    },
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    color: { type: "identity" },
    marks,
  });

  const pointText = (r: ProductRow) =>
    `${formatPeriod(cellText(r, "period"), lang)} ${statusText(r)} ${value(r) === null ? NONE : formatKrwShort(value(r)!, lang)} (${kindLabel(kind(r), lang)})`;
  const described = groups.map((g) => {
    const own = sorted.filter((r) => code(r) === g);
    return `${name(own[0]!)}: ${listJoin(own.map(pointText), lang)}`;
  });
  const alt = tr(
    lang,
    `점 그래프: 자치구(와 서울 전체)마다 따로 눈금을 둔 연도별 공공구매 실적(녹색)과 목표(파란색, 점선). 공식 문서는 채운 점, 보도자료는 빈 네모, 언론 보도는 빈 원. ${described.join("; ")}.`,
    `Dot chart: public-purchasing results (green) and targets (blue, dashed) by year, one panel per district (and Seoul as a whole), each on its own scale. Filled marks are official documents, hollow squares press releases, hollow circles news reports. ${described.join(". ")}.`,
  );

  // Takeaway: the latest result, and how many points are not from official documents.
  const results = sorted.filter((r) => isResult(r) && value(r) !== null);
  const latest = [...results].sort(
    (a, b) => year(b) - year(a) || code(a).localeCompare(code(b)),
  )[0];
  const others = sorted.filter((r) => !isOfficialKind(kind(r))).length;
  const takeaway = latest
    ? tr(
        lang,
        `가장 최근 실적은 ${name(latest)}의 ${formatPeriod(cellText(latest, "period"), lang)} ${formatKrwShort(value(latest)!, lang)}(${kindLabel(kind(latest), lang)})이며, ${sorted.length}개 점 가운데 ${others}개는 공식 문서가 아닌 보도자료·언론 보도에서 왔으니 범위와 시점을 확인하세요.`,
        `The latest result is ${name(latest)}'s ${formatKrwShort(value(latest)!, lang)} in ${formatPeriod(cellText(latest, "period"), lang)} (${kindLabel(kind(latest), lang)}); ${others} of the ${sorted.length} points come from press releases or news reports, not official documents, so check their scope and date.`,
      )
    : tr(lang, "연도별 공공구매 목표와 실적입니다.", "Purchasing targets and results by year.");

  const unit = tr(lang, "원 (자치구마다 눈금이 다름)", "KRW (each panel has its own scale)");

  const printedCells = sorted.map((r) => cellText(r, "value_printed"));
  const pageCells = sorted.map((r) => cellText(r, "page"));
  const table = {
    columns: [
      { label: t(lang, "tableDistrict") },
      { label: t(lang, "tablePeriod") },
      { label: tr(lang, "구분", "Status") },
      { label: tr(lang, "금액", "Amount"), numeric: true },
      {
        label: tr(lang, "인쇄된 값", "As printed"),
        numeric: true,
        ...koColumn(lang, printedCells),
      },
      { label: tr(lang, "출처 종류", "Kind of source") },
      { label: t(lang, "tableSource") },
      { label: t(lang, "tablePage"), ...koColumn(lang, pageCells) },
      { label: t(lang, "tableFact") },
    ],
    rows: sorted.map((r) => [
      name(r),
      formatPeriod(cellText(r, "period"), lang),
      statusText(r),
      value(r) === null ? NONE : formatKrw(value(r)!, lang),
      cellText(r, "value_printed") || NONE,
      kindLabel(kind(r), lang),
      cellText(r, "source_id"),
      cellText(r, "page"),
      cellText(r, "fact_id"),
    ]),
  };

  const title = tr(
    lang,
    "연도별 공공구매 목표와 실적 (출처 종류 표시)",
    "Public purchasing by year, marked by kind of source",
  );
  if (lang === "en") markKorean(node as unknown as Element, document);
  const svg = accessibleSvg(node as unknown as Element, title, alt, document);
  return { svg, alt, takeaway, unit, table };
};
