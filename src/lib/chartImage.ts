/**
 * A chart as a file that travels alone: the chart's SVG framed with its title,
 * takeaway and source line (so a downloaded image still says where its
 * numbers come from), and the same rendered to PNG at build time with a Hangul
 * font shipped by npm (Noto Sans KR), never a system font.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import subsetFont from "subset-font";
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

const unknownReference = (ref: string): never => {
  throw new Error(`chart SVG: &${ref}; is not one of XML's five named references`);
};

/** The characters the SVG writes as references (&apos; &#x2019; …), which its text shows. */
function characterReferences(svg: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return [...svg.matchAll(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi)]
    .map(([, ref]) =>
      ref!.startsWith("#x") || ref!.startsWith("#X")
        ? String.fromCodePoint(parseInt(ref!.slice(2), 16))
        : ref!.startsWith("#")
          ? String.fromCodePoint(Number(ref!.slice(1)))
          : (named[ref!] ?? unknownReference(ref!)),
    )
    .join("");
}

const fontBytes = new Map<string, Buffer>();
const bytesOf = (file: string): Buffer => {
  let b = fontBytes.get(file);
  if (!b) fontBytes.set(file, (b = readFileSync(file)));
  return b;
};

/**
 * The PNG of a standalone chart SVG, drawn with the chart font. resvg lays out text
 * against the whole font it is given, and with the 6 MB Noto Sans KR faces that took
 * ~20 ms per text element (4.8 s for the totals chart). The faces are first cut down
 * (harfbuzz's hb-subset, via subset-font) to the characters of this SVG: the same
 * outlines, advances and kerning for those characters, so the picture is byte for byte
 * the same, in a tenth of the time. resvg reads fonts from files only, hence the
 * temporary folder.
 */
export async function pngFromSvg(svg: string): Promise<Uint8Array> {
  return (await renderSvg(svg)).asPng();
}

/** The standalone SVG drawn at 2× (what the PNG holds), for reading its pixels. */
export async function renderSvg(svg: string): Promise<ReturnType<Resvg["render"]>> {
  const text = svg + characterReferences(svg);
  const dir = mkdtempSync(join(tmpdir(), "atlas-chart-font-"));
  try {
    const files = await Promise.all(
      [FONT_FILES.regular, FONT_FILES.bold].map(async (file, i) => {
        const path = join(dir, `${i}.ttf`);
        writeFileSync(path, await subsetFont(bytesOf(file), text, { targetFormat: "truetype" }));
        return path;
      }),
    );
    const resvg = new Resvg(svg, {
      font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT },
      fitTo: { mode: "zoom", value: 2 },
      background: "#ffffff",
    });
    return resvg.render();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
