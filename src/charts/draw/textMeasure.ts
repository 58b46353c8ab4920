/**
 * Chart text measured with the font the PNG downloads are drawn with (Noto
 * Sans KR, shipped by npm), at build time: the widths come from the font's
 * own advance widths (fontkit), one code point at a time, without kerning
 * (which only narrows Latin pairs), so a measured width is never short.
 *
 * The page asks for the same font first (CHART_FONT_STACK); a reader whose
 * system lacks it gets another sans-serif, so layout keeps SLACK in hand.
 */
import { createRequire } from "node:module";
import * as fontkit from "fontkit";

const require = createRequire(import.meta.url);

/** The two faces of the chart font: regular and bold. */
export const FONT_FILES = {
  regular: require.resolve("@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf"),
  bold: require.resolve("@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf"),
} as const;

/** The family name the font files declare (what resvg and the SVG ask for). */
export const CHART_FONT = "Noto Sans KR";

/** What chart SVGs ask for: the measured font, then the same design under its system names. */
export const CHART_FONT_STACK = `"Noto Sans KR", "Noto Sans CJK KR", "Source Han Sans KR", sans-serif`;

/** Extra width allowed for every string, for readers whose font is a little wider. */
export const SLACK = 1.08;

interface Face {
  font: fontkit.Font;
  advance: Map<number, number>;
}
const faces: { regular?: Face; bold?: Face } = {};

function face(bold: boolean): Face {
  const key = bold ? "bold" : "regular";
  const cached = faces[key];
  if (cached) return cached;
  const font = fontkit.openSync(FONT_FILES[key]) as fontkit.Font;
  const made = { font, advance: new Map<number, number>() };
  faces[key] = made;
  return made;
}

/** The advance width of a string in px at a font size, as the font draws it (no slack). */
export function measureText(text: string, size: number, bold = false): number {
  const f = face(bold);
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let w = f.advance.get(cp);
    if (w === undefined) {
      w = f.font.glyphForCodePoint(cp).advanceWidth;
      f.advance.set(cp, w);
    }
    units += w;
  }
  return (units / f.font.unitsPerEm) * size;
}

/** The width layout plans for: the measured width with SLACK. */
export function textWidth(text: string, size: number, bold = false): number {
  return measureText(text, size, bold) * SLACK;
}

/** How far the font's box reaches above and below the baseline, in em (as browsers box SVG text). */
export function fontExtent(): { ascent: number; descent: number } {
  const { font } = face(false);
  return { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm };
}
