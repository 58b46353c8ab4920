/**
 * A chart as a file that travels alone: the chart's SVG framed with its title,
 * takeaway and source line (so a downloaded image still says where its
 * numbers come from), and the same rendered to PNG at build time with a Hangul
 * font shipped by npm (Noto Sans KR), never a system font.
 */
import { Resvg } from "@resvg/resvg-js";
import { wrapText } from "../charts/draw/fitText.ts";
import { CHART_FONT, FONT_FILES } from "../charts/draw/textMeasure.ts";

export const IMAGE_FONT = CHART_FONT;

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

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
  // Wrapped by the widths of the font the image is drawn with, so no line runs past the edge.
  const room = width;
  const titleLines = wrapText(text.title, room, 17, true);
  const takeawayLines = wrapText(text.takeaway, room, 13);
  const sourceLines = wrapText(`${text.source} · ${text.credit}`, room, 12);
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
  const inner = chartSvg.replace(/^<svg\b/, `<svg x="${pad}" y="${y}"`);
  y += height + 12;
  for (const l of sourceLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="12" fill="#555">${escapeXml(l)}</text>`);
    y += 16;
  }
  const total = Math.ceil(y + pad - 8);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * pad}" height="${total}" viewBox="0 0 ${width + 2 * pad} ${total}" ` +
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
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: IMAGE_FONT,
    },
    fitTo: { mode: "zoom", value: 2 },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
