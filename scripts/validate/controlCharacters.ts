/**
 * Control characters (NUL, BEL, ESC, DEL, the C1 range …) have no place in a
 * transcribed cell: they pass unseen through CSV and spreadsheet and end up
 * in pages and downloads. Line breaks inside a quoted cell are allowed.
 */
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** What is wrong with the cell, or undefined when it has no control character. */
export function controlCharacterProblem(cell: string): string | undefined {
  const m = CONTROL.exec(cell);
  if (!m) return undefined;
  const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return `control character U+${code} at character ${m.index + 1}; expected printable text (remove it, or use a line break inside quotes)`;
}
