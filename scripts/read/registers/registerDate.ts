/**
 * Dates as registers print them: 2017-03-01, 2017.03.01 (a trailing dot and
 * spaces after the dots are fine: "2017. 3. 1."), 2017/03/01 and 20170301.
 * Returns the ISO date, or undefined when the text is not a real date.
 */
export function parseRegisterDate(text: string): string | undefined {
  const t = text.trim();
  const m =
    /^(\d{4})(\d{2})(\d{2})$/.exec(t) ??
    /^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?$/.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export const DATE_FORMATS = '"2017-03-01", "2017.03.01" or "20170301"';
