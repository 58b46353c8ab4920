/**
 * Parsers for single CSV cells, shared by the table schemas. Each says, on
 * failure, what a person should have written.
 */
import { z } from "zod";
import { QUALIFIERS, type Qualifier } from "../../contract/enums.ts";

export const requiredText = z
  .string()
  .trim()
  .min(1, { error: "expected a value; the cell is empty" });
export const optionalText = z.string().trim();

/** A printed page number or range ("240", "239-243"), or empty where the document prints none. */
export const page = z
  .string()
  .trim()
  .regex(/^(?:\d+(?:-\d+)?)?$/, {
    error:
      'expected a printed page number or range such as "240" or "239-243", or an empty cell; a section heading goes in section',
  });

export const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, {
    error: 'expected a lower-case ASCII slug such as "seongbuk-plan-2017" or "social_enterprise"',
  });

export const boolean = z
  .string()
  .trim()
  .pipe(z.enum(["true", "false"], { error: 'expected "true" or "false"' }))
  .transform((v) => v === "true");

export const optionalInteger = z
  .string()
  .trim()
  .regex(/^(?:\d+)?$/, { error: "expected a whole number or an empty cell" })
  .transform((v) => (v === "" ? null : Number(v)));

export const districtCode = z
  .string()
  .trim()
  .regex(/^11\d{3}$/, { error: 'expected a five-digit Seoul administrative code such as "11290"' });

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface Period {
  /** As written in the input, e.g. "2017-03-01" or "2017/2020". */
  text: string;
  /** First and last day covered, ISO dates; "" for an open end. */
  start: string;
  end: string;
}

function pointRange(text: string): { start: string; end: string } | undefined {
  const m = POINT.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? undefined : Number(m[2]);
  const d = m[3] === undefined ? undefined : Number(m[3]);
  if (mo !== undefined && (mo < 1 || mo > 12)) return undefined;
  if (mo !== undefined && d !== undefined && !validDate(y, mo, d)) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (mo === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d === undefined) return { start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${pad(last)}` };
  return { start: `${y}-${pad(mo)}-${pad(d)}`, end: `${y}-${pad(mo)}-${pad(d)}` };
}

export const period = z
  .string()
  .trim()
  .transform((text, ctx): Period => {
    // ISO 8601 intervals: "2017/2020"; ".." is an open end ("2023/..", "../2017"; "../.." for
    // a grand total over every period a table prints).
    const [from, to, extra] = text.split("/");
    const open = { start: "", end: "" };
    const a =
      from === ".." && to !== undefined ? open : from === undefined ? undefined : pointRange(from);
    const b = to === undefined ? a : to === ".." ? open : pointRange(to);
    if (!a || !b || extra !== undefined || (a.start !== "" && b.end !== "" && b.end < a.start)) {
      ctx.addIssue({
        code: "custom",
        message: `expected a period such as "2016", "2018-06", "2017-03-01", a span "2017/2020" or an open span "2023/.."; found "${text}"`,
      });
      return z.NEVER;
    }
    return { text, start: a.start, end: b.end };
  });

export const date = z
  .string()
  .trim()
  .refine((v) => pointRange(v) !== undefined, {
    error: 'expected a date such as "2016-03-25", "2019-02" or "2017"',
  });

export const idList = z
  .string()
  .trim()
  .transform((v) => (v === "" ? [] : v.split("|").map((s) => s.trim())));

export interface Computation {
  op: "ratio" | "diff";
  a: string;
  b: string;
}

export const computedAs = z
  .string()
  .trim()
  .transform((v, ctx): Computation | null => {
    if (v === "") return null;
    const m = /^(ratio|diff)\(\s*([^,()\s]+)\s*,\s*([^,()\s]+)\s*\)$/.exec(v);
    if (!m) {
      ctx.addIssue({
        code: "custom",
        message: `expected "ratio(NUM_ID,DEN_ID)", "diff(A_ID,B_ID)" or an empty cell; found "${v}"`,
      });
      return z.NEVER;
    }
    return { op: m[1] as "ratio" | "diff", a: m[2]!, b: m[3]! };
  });

/** How the print implies a number other than the one it prints (see data/README.md, implied_as). */
export interface Implication {
  op: "add" | "times";
  /** In the printed unit for add; a plain factor for times. */
  n: number;
}

export const impliedAs = z
  .string()
  .trim()
  .transform((v, ctx): Implication | null => {
    if (v === "") return null;
    const m = /^(add|times)\(\s*(\d+(?:\.\d+)?)\s*\)$/.exec(v);
    if (!m || Number(m[2]) === 0) {
      ctx.addIssue({
        code: "custom",
        message: `expected "add(N)" (the print names N more than its number, as in "A 외 9개") or "times(N)", N a positive number, or an empty cell; found "${v}"`,
      });
      return z.NEVER;
    }
    return { op: m[1] as "add" | "times", n: Number(m[2]) };
  });

export const qualifier = z
  .string()
  .trim()
  .refine((v): v is Qualifier => (QUALIFIERS as readonly string[]).includes(v), {
    error: `expected an empty cell or one of ${QUALIFIERS.filter(Boolean).join(", ")}`,
  })
  .transform((v) => v as Qualifier);
