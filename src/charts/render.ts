/**
 * Shared drawing for the chart builders: one horizontal "row chart" layout
 * (headings, labelled bars, notes, a legend) rendered with Observable Plot on
 * a linkedom document at build time, returned as an SVG string.
 *
 * Every chart on the site is a list of rows top to bottom, so they all read
 * the same way on a phone: a label on the left, a bar, its value in words at
 * the bar's end. Nothing here is random: the same spec gives the same string.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Lang } from "../i18n/index.ts";

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = {
  blue: "#0072B2",
  orange: "#E69F00",
  green: "#009E73",
  pink: "#CC79A7",
  sky: "#56B4E9",
  vermillion: "#D55E00",
  yellow: "#F0E442",
  black: "#000000",
} as const;

export const DEFAULT_WIDTH = 640;
/** Base text size at the default width; smaller text never goes below 11px. */
export const FONT_SIZE = 13;
const NOTE_SIZE = 12;
/** Height of one row (band) in px. */
const STEP = 22;
const BAR_INSET = 4;
const GAP = 6;

const SVG_NS = "http://www.w3.org/2000/svg";

/** A run of one bar: from x1 to x2 in data units. */
export interface Segment {
  x1: number;
  x2: number;
  fill: string;
  /** Drawn as an outline with a light tint (e.g. a target), not a solid bar. */
  outline?: boolean;
  /** Text inside the segment, shown only where it fits. */
  text?: string;
  /** Colour of that text: pick one that contrasts with the fill. */
  textFill?: string;
}

/** One row of the chart, top to bottom. */
export interface Row {
  /** Unique within the chart. */
  key: string;
  /** Text in the left column, right-aligned against the bars. */
  label?: string;
  /** A heading across the whole width, from the left edge (wrapped if long). */
  heading?: string;
  /** A line of text starting where the bars start (wrapped if long). */
  note?: string;
  /** Set the note in bold (e.g. a printed figure that doesn't add up). */
  strong?: boolean;
  /** Bars of this row, left to right. */
  segments?: Segment[];
  /** Text after the end of the row's bars (or from zero when there are none). */
  value?: string;
  /** The highlighted district: bold label and value, outlined bars. */
  emphasis?: boolean;
}

export interface LegendItem {
  label: string;
  fill: string;
  outline?: boolean;
}

export interface RowChartSpec {
  /** Chart id: gives the SVG its stable class name. */
  id: string;
  lang: Lang;
  width?: number | undefined;
  /** Accessible name of the SVG. */
  title: string;
  /** Accessible description of the SVG (the alt text). */
  description: string;
  rows: Row[];
  /** Label of the x axis, in the page language. */
  xLabel: string;
  tickFormat: (value: number) => string;
  legend?: LegendItem[];
}

const HANGUL_OR_CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** A generous estimate of the drawn width of a string in system-ui (no layout engine at build time). */
export function textWidth(text: string, fontSize = FONT_SIZE, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (HANGUL_OR_CJK.test(ch)) em += 0.98;
    else if (/[0-9]/.test(ch)) em += 0.58;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else if (/[a-z]/.test(ch)) em += 0.53;
    else if (ch === " ") em += 0.28;
    else if (/[.,:;·'’()\-–|]/.test(ch)) em += 0.32;
    else em += 0.7;
  }
  return em * fontSize * (bold ? 1.06 : 1);
}

/** Splits text into lines no wider than maxWidth, at spaces. */
export function wrap(text: string, maxWidth: number, fontSize = FONT_SIZE, bold = false): string[] {
  const words = text.split(" ");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Korean subject particle after a word: 이 after a final consonant, 가 after a vowel. */
export function subjectParticle(word: string): "이" | "가" {
  const last = word.codePointAt(word.length - 1) ?? 0;
  if (last < 0xac00 || last > 0xd7a3) return "가";
  return (last - 0xac00) % 28 === 0 ? "가" : "이";
}

/** Korean particle of direction after a word: 로 after a vowel or ㄹ, 으로 after another final consonant. */
export function directionParticle(word: string): "로" | "으로" {
  const last = word.codePointAt(word.length - 1) ?? 0;
  if (last < 0xac00 || last > 0xd7a3) return "로";
  const final = (last - 0xac00) % 28;
  return final === 0 || final === 8 ? "로" : "으로";
}

/** Bars end at `end`; the value text after them must fit inside the frame. */
function fitDomain(rows: { end: number; labelWidth: number }[], innerWidth: number): number {
  let d = Math.max(0, ...rows.map((r) => r.end));
  for (const r of rows) {
    const room = innerWidth - GAP - r.labelWidth;
    if (r.end > 0 && room > innerWidth * 0.2) d = Math.max(d, (r.end * innerWidth) / room);
  }
  return d > 0 ? d : 1;
}

/** Round ticks from 0 to max, about `count` of them (d3's 1-2-5 steps). */
export function niceTicks(max: number, count: number): number[] {
  const raw = max / count;
  let step = 10 ** Math.floor(Math.log10(raw));
  const err = raw / step;
  if (err >= Math.sqrt(50)) step *= 10;
  else if (err >= Math.sqrt(10)) step *= 5;
  else if (err >= Math.sqrt(2)) step *= 2;
  const ticks: number[] = [];
  for (let k = 0; k * step <= max * (1 + 1e-9); k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

interface Band {
  key: string;
  kind: "bar" | "heading" | "note";
  text: string;
  row?: Row;
}

/** Draws the rows as an SVG string with role="img", <title> and <desc>. */
export function rowChart(spec: RowChartSpec): string {
  const width = spec.width ?? DEFAULT_WIDTH;
  const labelWidths = spec.rows
    .filter((r) => r.label)
    .map((r) => textWidth(r.label!, FONT_SIZE, true));
  const marginLeft = Math.ceil(Math.max(8, ...labelWidths.map((w) => w + 12)));
  const marginRight = 12;
  const innerWidth = width - marginLeft - marginRight;

  // Headings and notes longer than the width become several bands.
  const bands: Band[] = [];
  for (const row of spec.rows) {
    if (row.heading !== undefined) {
      wrap(row.heading, width - 4, FONT_SIZE, true).forEach((text, i) =>
        bands.push({ key: i === 0 ? row.key : `${row.key}~${i}`, kind: "heading", text, row }),
      );
    } else if (row.note !== undefined) {
      (row.note === "" ? [""] : wrap(row.note, innerWidth, NOTE_SIZE, row.strong)).forEach(
        (text, i) =>
          bands.push({ key: i === 0 ? row.key : `${row.key}~${i}`, kind: "note", text, row }),
      );
    } else bands.push({ key: row.key, kind: "bar", text: "", row });
  }
  const keys = bands.map((b) => b.key);
  if (new Set(keys).size !== keys.length) throw new Error(`chart ${spec.id}: duplicate row keys`);

  const barRows = bands.filter((b) => b.kind === "bar").map((b) => b.row!);
  const end = (r: Row) => Math.max(0, ...(r.segments ?? []).map((s) => Math.max(s.x1, s.x2)));
  const domainMax = fitDomain(
    barRows.map((r) => ({
      end: end(r),
      labelWidth: r.value ? textWidth(r.value, FONT_SIZE, true) : 0,
    })),
    innerWidth,
  );
  const px = (v: number) => (v / domainMax) * innerWidth;

  const segments = barRows.flatMap((r) =>
    (r.segments ?? []).map((s) => ({ ...s, key: r.key, emphasis: r.emphasis === true })),
  );
  const solid = segments.filter((s) => !s.outline);
  const outlined = segments.filter((s) => s.outline);
  const inside = segments.filter(
    (s) =>
      s.text !== undefined && Math.abs(px(s.x2) - px(s.x1)) >= textWidth(s.text, NOTE_SIZE) + 8,
  );
  const values = barRows
    .filter((r) => r.value !== undefined)
    .map((r) => ({ key: r.key, x: end(r), text: r.value!, emphasis: r.emphasis === true }));
  const labels = barRows
    .filter((r) => r.label)
    .map((r) => ({ key: r.key, text: r.label!, emphasis: r.emphasis === true }));
  const headings = bands.filter((b) => b.kind === "heading");
  const notes = bands.filter((b) => b.kind === "note");
  const emphasised = barRows
    .filter((r) => r.emphasis && (r.segments ?? []).length > 0)
    .map((r) => ({
      key: r.key,
      x1: Math.min(...r.segments!.map((s) => Math.min(s.x1, s.x2))),
      x2: end(r),
    }));

  // Grid lines only behind bar rows, so headings and notes read on a clean ground.
  // Ticks whose centred label would run off the right edge are left out.
  const ticks = niceTicks(domainMax, Math.max(2, Math.floor(innerWidth / 110))).filter(
    (v) => px(v) + textWidth(spec.tickFormat(v), NOTE_SIZE) / 2 <= innerWidth + marginRight - 2,
  );
  const grid = bands
    .filter((b) => b.kind === "bar")
    .flatMap((b) => ticks.filter((x) => x > 0).map((x) => ({ key: b.key, x })));

  const y = { y: "key", frameAnchor: "left" as const };
  const marks: Plot.Markish[] = [
    Plot.ruleX(grid, { x: "x", y1: "key", y2: "key", stroke: "currentColor", strokeOpacity: 0.15 }),
    Plot.axisX({
      tickFormat: spec.tickFormat,
      ticks,
      label: spec.xLabel,
      labelAnchor: "right",
      labelArrow: "right",
      fontSize: NOTE_SIZE,
    }),
    Plot.ruleX([0], { strokeOpacity: 0.6 }),
    Plot.barX(solid, {
      y: "key",
      x1: "x1",
      x2: "x2",
      fill: "fill",
      insetTop: BAR_INSET,
      insetBottom: BAR_INSET,
    }),
    Plot.barX(outlined, {
      y: "key",
      x1: "x1",
      x2: "x2",
      fill: "fill",
      fillOpacity: 0.18,
      stroke: "fill",
      strokeWidth: 1.5,
      insetTop: BAR_INSET,
      insetBottom: BAR_INSET,
    }),
    Plot.barX(emphasised, {
      y: "key",
      x1: "x1",
      x2: "x2",
      fill: "none",
      stroke: "currentColor",
      strokeWidth: 2,
      insetTop: BAR_INSET - 2,
      insetBottom: BAR_INSET - 2,
    }),
    Plot.text(inside, {
      y: "key",
      x: (s: (typeof inside)[number]) => (s.x1 + s.x2) / 2,
      text: "text",
      fill: (s: (typeof inside)[number]) => s.textFill ?? OKABE_ITO.black,
      fontSize: NOTE_SIZE,
    }),
    ...[false, true].map((bold) =>
      Plot.text(
        values.filter((v) => v.emphasis === bold),
        {
          y: "key",
          x: "x",
          text: "text",
          textAnchor: "start",
          dx: GAP,
          fontWeight: bold ? "bold" : "normal",
        },
      ),
    ),
    ...[false, true].map((bold) =>
      Plot.text(
        labels.filter((l) => l.emphasis === bold),
        { ...y, text: "text", textAnchor: "end", dx: -8, fontWeight: bold ? "bold" : "normal" },
      ),
    ),
    Plot.text(headings, {
      ...y,
      text: "text",
      textAnchor: "start",
      dx: 2 - marginLeft,
      fontWeight: "bold",
    }),
    ...[false, true].map((bold) =>
      Plot.text(
        notes.filter((n) => (n.row?.strong === true) === bold),
        {
          ...y,
          text: "text",
          textAnchor: "start",
          fontSize: NOTE_SIZE,
          fontWeight: bold ? "bold" : "normal",
        },
      ),
    ),
    ...legendMarks(spec.legend ?? [], marginLeft, width),
  ];
  const marginTop = 8 + LEGEND_HEIGHT * legendLines(spec.legend ?? [], width);

  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const node = Plot.plot({
    document: document as unknown as Document,
    className: `sea-chart-${spec.id}`,
    width,
    height: marginTop + bands.length * STEP + 44,
    marginTop,
    marginBottom: 44,
    marginLeft,
    marginRight,
    style: {
      fontSize: `${FONT_SIZE}px`,
      background: "transparent",
      color: "currentColor",
      fontFamily: "inherit",
    },
    x: { domain: [0, domainMax], axis: null },
    y: { type: "band", domain: keys, padding: 0, axis: null },
    color: { type: "identity" },
    marks,
  });
  if (spec.lang === "en") markKorean(node as unknown as Element, document);
  return accessibleSvg(node as unknown as Element, spec.title, spec.description, document);
}

const LEGEND_HEIGHT = 24;

/** Where each legend item goes: left to right, wrapping to a new line when the width runs out. */
function legendLayout(
  items: LegendItem[],
  width: number,
): { item: LegendItem; x: number; line: number }[] {
  const placed: { item: LegendItem; x: number; line: number }[] = [];
  let x = 2;
  let line = 0;
  for (const item of items) {
    const w = 14 + 6 + textWidth(item.label) + 16;
    if (x + w > width && x > 2) {
      line++;
      x = 2;
    }
    placed.push({ item, x, line });
    x += w;
  }
  return placed;
}

function legendLines(items: LegendItem[], width: number): number {
  return items.length === 0 ? 0 : Math.max(...legendLayout(items, width).map((p) => p.line)) + 1;
}

/** Swatches and labels above the rows, from the left edge (wrapping to more lines if needed). */
function legendMarks(items: LegendItem[], marginLeft: number, width: number): Plot.Markish[] {
  const marks: Plot.Markish[] = [];
  const lines = legendLines(items, width);
  for (const { item, x, line } of legendLayout(items, width)) {
    const at = { frameAnchor: "top-left" as const, dy: 8 - LEGEND_HEIGHT * (lines - line) };
    marks.push(
      Plot.dot([item], {
        ...at,
        dx: x - marginLeft + 7,
        r: 6,
        symbol: "square",
        fill: item.fill,
        fillOpacity: item.outline ? 0.18 : 1,
        stroke: item.fill,
        strokeWidth: item.outline ? 1.5 : 0,
      }),
      Plot.text([item], {
        ...at,
        dx: x - marginLeft + 18,
        text: () => item.label,
        textAnchor: "start",
      }),
    );
  }
  return marks;
}

/** role="img", an accessible name, and <title>/<desc> as the first children. */
const HANGUL_RUN =
  /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+(?:[\s·()\d.,]*[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+)*/g;

/**
 * In an English chart, Korean fragments (printed captions, programme names)
 * go into <tspan lang="ko"> so screen readers and the English-page check know
 * what they are.
 */
export function markKorean(svg: Element, document: globalThis.Document | object): void {
  const doc = document as unknown as globalThis.Document;
  for (const text of [...svg.querySelectorAll("text, tspan")]) {
    for (const node of [...text.childNodes]) {
      if (node.nodeType !== 3 || !HANGUL_OR_CJK.test(node.textContent ?? "")) continue;
      const value = node.textContent ?? "";
      const parts: Node[] = [];
      let last = 0;
      for (const m of value.matchAll(HANGUL_RUN)) {
        if (m.index > last) parts.push(doc.createTextNode(value.slice(last, m.index)));
        const span = doc.createElementNS(SVG_NS, "tspan");
        span.setAttribute("lang", "ko");
        span.textContent = m[0];
        parts.push(span);
        last = m.index + m[0].length;
      }
      if (last < value.length) parts.push(doc.createTextNode(value.slice(last)));
      for (const p of parts) text.insertBefore(p, node);
      text.removeChild(node);
    }
  }
}

export function accessibleSvg(
  node: Element,
  title: string,
  description: string,
  document: globalThis.Document | object,
): string {
  if (node.tagName.toLowerCase() !== "svg")
    throw new Error(`expected Plot to return an <svg>, got <${node.tagName}>`);
  const doc = document as unknown as globalThis.Document;
  // Standalone-valid too (downloads, image viewers); harmless inline in HTML.
  node.setAttribute("xmlns", SVG_NS);
  node.setAttribute("role", "img");
  // Children of role="img" are presentational: Plot's per-mark labels would only add noise.
  for (const el of node.querySelectorAll("[aria-label]")) el.removeAttribute("aria-label");
  node.setAttribute("aria-label", title);
  const t = doc.createElementNS(SVG_NS, "title");
  t.textContent = title;
  const d = doc.createElementNS(SVG_NS, "desc");
  d.textContent = description;
  node.insertBefore(d, node.firstChild);
  node.insertBefore(t, node.firstChild);
  return node.outerHTML;
}

/** Picks the Korean or English string. */
export function tr(lang: Lang, ko: string, en: string): string {
  return lang === "ko" ? ko : en;
}

/** "A, B and C" / "A, B, C". */
export function listJoin(items: string[], lang: Lang): string {
  if (lang === "ko" || items.length < 2) return items.join(", ");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** lang="ko" for a column of the English table whose cells contain Korean. */
export function koColumn(lang: Lang, cells: string[]): { lang?: Lang } {
  return lang === "en" && cells.some((c) => HANGUL_OR_CJK.test(c)) ? { lang: "ko" } : {};
}

/** How a missing value ("-" printed, or nothing printed) is shown: never as 0. */
export const NONE = "–";

/** A printed table caption without its bullet and unit note: "○ 연도별 추진계획 (단위 : 업체)" → "연도별 추진계획". */
export function cleanCaption(caption: string): string {
  return caption
    .replace(/\(\s*단위\s*[:：][^)]*\)/g, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .trim();
}

/** The first part of a printed page reference: "p. 4 (II-① …)" → "p. 4". */
export function shortPage(page: string): string {
  return page.split(" (")[0]!.trim();
}

/** First-seen order of a key over the rows (the printed order; never a ranking). */
export function firstSeen<T>(items: readonly T[], key: (item: T) => string): string[] {
  return [...new Set(items.map(key))];
}
