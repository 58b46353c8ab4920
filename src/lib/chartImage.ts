/**
 * A chart as a file that travels alone: the chart's SVG framed with its title,
 * takeaway and source line (so a downloaded image still says where its
 * numbers come from), and the same rendered to PNG at build time with a Hangul
 * font shipped by npm (Noto Sans KR), never a system font.
 */
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve("@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf"),
];
export const IMAGE_FONT = "Noto Sans KR";

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

/** Greedy wrap by character count: good enough for one takeaway line and the source line. */
function wrap(text: string, max: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if ((line + " " + w).trim().length > max && line) {
      lines.push(line);
      line = w;
    } else line = (line + " " + w).trim();
  }
  if (line) lines.push(line);
  return lines;
}

export interface ImageText {
  title: string;
  takeaway: string;
  source: string;
  credit: string;
}

/** Reads width and height of the chart's own <svg>. */
function sizeOf(svg: string): { width: number; height: number } {
  const w = /\bwidth="([\d.]+)"/.exec(svg);
  const h = /\bheight="([\d.]+)"/.exec(svg);
  const vb = /viewBox="[\d.\s-]+?\s([\d.]+)\s([\d.]+)"/.exec(svg);
  const width = Number(w?.[1] ?? vb?.[1] ?? 640);
  const height = Number(h?.[1] ?? vb?.[2] ?? 400);
  return { width, height };
}

export function standaloneSvg(chartSvg: string, text: ImageText): string {
  const { width, height } = sizeOf(chartSvg);
  const pad = 16;
  const perLine = Math.floor((width - 2 * pad) / 7.5);
  const titleLines = wrap(text.title, Math.floor(perLine * 0.75));
  const takeawayLines = wrap(text.takeaway, perLine);
  const sourceLines = wrap(`${text.source} · ${text.credit}`, Math.floor(perLine * 1.1));
  let y = pad + 18;
  const parts: string[] = [];
  for (const l of titleLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="17" font-weight="700">${escapeXml(l)}</text>`);
    y += 22;
  }
  for (const l of takeawayLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="13">${escapeXml(l)}</text>`);
    y += 18;
  }
  y += 6;
  // The chart itself, nested as is (its own viewBox and styles).
  const inner = chartSvg.replace(/^<svg\b/, `<svg x="0" y="${y}"`);
  y += height + 12;
  for (const l of sourceLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="11" fill="#555">${escapeXml(l)}</text>`);
    y += 15;
  }
  const total = Math.ceil(y + pad - 8);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" ` +
    `font-family="${IMAGE_FONT}, sans-serif" color="#1b1f24" fill="#1b1f24">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.slice(0, titleLines.length + takeawayLines.length).join("") +
    inner +
    parts.slice(titleLines.length + takeawayLines.length).join("") +
    `</svg>`
  );
}

export function pngFromSvg(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT },
    fitTo: { mode: "zoom", value: 2 },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
