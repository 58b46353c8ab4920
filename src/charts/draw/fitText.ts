/**
 * Text made to fit a width, on purpose: wrapped into lines at spaces (a word
 * longer than a line is broken between characters, as Korean allows), or
 * shortened with "…" when only one line is possible. Widths are measured
 * with the chart font (./textMeasure.ts).
 */
import { textWidth } from "./textMeasure.ts";

export const ELLIPSIS = "…";

/** Splits text into lines no wider than maxWidth. */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (s: string) => textWidth(s, size, bold) <= maxWidth;
  for (const word of text.split(" ")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line !== "") lines.push(line);
    line = "";
    // A word wider than the line: break it between characters.
    let rest = word;
    while (!fits(rest)) {
      let cut = 1;
      const chars = [...rest];
      while (cut < chars.length && fits(chars.slice(0, cut + 1).join(""))) cut++;
      lines.push(chars.slice(0, cut).join(""));
      rest = chars.slice(cut).join("");
    }
    line = rest;
  }
  if (line !== "") lines.push(line);
  return lines.length === 0 ? [""] : lines;
}

/** The text, or as much of it as fits followed by "…"; `full` is set when it was shortened. */
export function abbreviate(
  text: string,
  maxWidth: number,
  size: number,
  bold = false,
): { text: string; full?: string } {
  if (textWidth(text, size, bold) <= maxWidth) return { text };
  const chars = [...text];
  let n = chars.length;
  while (n > 1 && textWidth(chars.slice(0, n).join("").trimEnd() + ELLIPSIS, size, bold) > maxWidth)
    n--;
  return { text: chars.slice(0, n).join("").trimEnd() + ELLIPSIS, full: text };
}
