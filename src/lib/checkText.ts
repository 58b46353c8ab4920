/**
 * Sentences and figures for one reconciliation check, in the page's
 * language, generated from the check's fields and the facts it used.
 */
import type { Lang } from "../i18n/index.ts";
import { quality as koStrings } from "../i18n/ko/quality.ts";
import { quality as enStrings } from "../i18n/en/quality.ts";
import { facts, type Check, type Fact } from "../data/products.ts";
import { fill } from "./fill.ts";
import { formatNumber } from "./format.ts";
import { formatDifference, formatValue, josa } from "./productText.ts";

let byId: Map<string, Fact> | undefined;
export function factById(id: string): Fact {
  byId ??= new Map(facts().map((f) => [f.id, f]));
  const f = byId.get(id);
  if (!f) throw new Error(`reconciliation refers to unknown fact "${id}"`);
  return f;
}

export const inputsOf = (c: Check): Fact[] => c.inputs.split(/\s+/).filter(Boolean).map(factById);

export interface CheckText {
  printed: string;
  computed: string;
  /** Signed: "+162개", "−6백만 원"… */
  difference: string;
  sentence: string;
  /** Why a check could not be made, for not_checkable ones. */
  reason: string;
}

export function checkText(c: Check, lang: Lang): CheckText {
  const s = lang === "ko" ? koStrings : enStrings;
  const ko = lang === "ko";
  const inputs = inputsOf(c);
  const fmt = (v: number | null, unit = c.unit, unitPrinted = c.unit_printed) =>
    v === null ? s.none : formatValue(v, unit, lang, unitPrinted);
  const topic = (x: string) => (ko ? josa(x, "은") : x);
  const withP = (x: string) => (ko ? josa(x, "과") : x);
  const printed = fmt(c.printed);
  const computed =
    c.computed === null
      ? ""
      : c.kind === "ratio"
        ? formatValue(c.computed, "percent", lang)
        : fmt(c.computed);
  const d = c.difference;
  const abs = d === null ? "" : formatDifference(Math.abs(d), c.unit, lang, c.unit_printed);
  const difference = d === null ? "" : `${d > 0 ? "+" : d < 0 ? "−" : ""}${abs}`;
  const direction = d === null || d === 0 ? "" : " " + (d > 0 ? s.directionMore : s.directionLess);

  let sentence = "";
  let reason = "";
  if (c.result === "not_checkable") {
    const [a, b] = inputs;
    if (c.kind === "sum") reason = inputs.length === 0 ? s.reasonNoParts : s.reasonUnits;
    else if (c.printed === null && a?.value != null && b?.value != null) {
      const op = (f: Fact) => fmt(f.value, f.unit, f.unit_printed);
      const value =
        c.kind === "ratio"
          ? b.value === 0
            ? ""
            : formatValue((a.value / b.value) * 100, "percent", lang)
          : formatValue(a.value - b.value, a.unit, lang, a.unit_printed);
      reason = value
        ? fill(c.kind === "ratio" ? s.reasonPrintedDashRatio : s.reasonPrintedDashDiff, {
            a: op(a),
            b: op(b),
            computed: value,
          })
        : s.reasonPrintedDash;
    } else if (c.printed === null) reason = s.reasonPrintedDash;
    else if (!a || !b || a.value === null || b.value === null) reason = s.reasonOperandDash;
    else if (c.kind === "ratio" && b.value === 0) reason = s.reasonZero;
    else reason = s.reasonUnits;
  } else if (c.kind === "sum") {
    const parts = formatNumber(inputs.length, lang, 0);
    const dashes = inputs.filter((f) => f.value === null).length;
    const dashNote =
      dashes > 0 ? " " + fill(s.dashParts, { n: formatNumber(dashes, lang, 0) }) : "";
    sentence =
      c.printed === null
        ? fill(s.sentenceSumDash, { parts, computed })
        : fill(s.sentenceSum, {
            printed: topic(printed),
            parts,
            computed: withP(computed),
            difference: abs,
          }) + direction;
    sentence += dashNote;
  } else {
    const [a, b] = inputs as [Fact, Fact];
    const operand = (f: Fact) => fmt(f.value, f.unit, f.unit_printed);
    sentence =
      c.kind === "ratio"
        ? fill(s.sentenceRatio, {
            printed: topic(printed),
            numerator: operand(a),
            denominator: operand(b),
            computed: withP(computed),
            difference: abs,
          })
        : fill(s.sentenceDiff, {
            printed: topic(printed),
            a: operand(a),
            b: operand(b),
            computed: withP(computed),
            difference: abs,
          });
    sentence += direction;
  }
  return { printed, computed, difference, sentence, reason };
}
