/**
 * Sentences, figures and links for one reconciliation check, in the page's
 * language, generated from the check's fields and the facts it used.
 */
import type { Lang } from "../i18n/index.ts";
import { quality as koStrings } from "../i18n/ko/quality.ts";
import { quality as enStrings } from "../i18n/en/quality.ts";
import { facts, type Check, type Fact } from "../data/products.ts";
import { fill } from "./fill.ts";
import { formatNumber, formatPercent } from "./format.ts";
import { routeHref } from "./href.ts";
import { factAnchor, formatDifference, formatValue, josa, printedText } from "./productText.ts";

let byId: Map<string, Fact> | undefined;
export function factById(id: string): Fact {
  byId ??= new Map(facts().map((f) => [f.id, f]));
  const f = byId.get(id);
  if (!f) throw new Error(`reconciliation refers to unknown fact "${id}"`);
  return f;
}

export const inputsOf = (c: Check): Fact[] => c.inputs.split(/\s+/).filter(Boolean).map(factById);

/** The check's own explanation, in the page's language. */
export const explanationOf = (c: Check, lang: Lang): string =>
  lang === "ko" ? c.explanation_ko : c.explanation_en;

/** "30.3%" of the larger figure. */
export const shareText = (size: number, lang: Lang): string => formatPercent(size * 100, lang, 1);

export interface CheckText {
  printed: string;
  computed: string;
  /** Signed: "+162개", "−6백만 원"… */
  difference: string;
  sentence: string;
}

export function checkText(c: Check, lang: Lang): CheckText {
  const s = lang === "ko" ? koStrings : enStrings;
  const ko = lang === "ko";
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
        : c.kind === "cross_source"
          ? fmt(c.computed, c.unit, c.other_unit_printed)
          : fmt(c.computed);
  const d = c.difference;
  const abs = d === null ? "" : formatDifference(Math.abs(d), c.unit, lang, c.unit_printed);
  const difference = d === null ? "" : `${d > 0 ? "+" : d < 0 ? "−" : ""}${abs}`;
  const direction = d === null || d === 0 ? "" : " " + (d > 0 ? s.directionMore : s.directionLess);

  if (c.kind === "cross_source") {
    const sentence = fill(s.sentenceCross, {
      difference: abs,
      a: `${printed} (${c.source_id})`,
      b: `${computed} (${c.other_source_id})`,
    });
    return { printed, computed, difference, sentence };
  }
  const inputs = inputsOf(c);
  let sentence: string;
  if (c.kind === "sum") {
    const parts = formatNumber(inputs.length, lang, 0);
    const dashes = inputs.filter((f) => f.value === null).length;
    const dashNote =
      dashes > 0 ? " " + fill(s.dashParts, { n: formatNumber(dashes, lang, 0) }) : "";
    sentence =
      (c.printed === null
        ? fill(s.sentenceSumDash, { parts, computed })
        : fill(s.sentenceSum, {
            printed: topic(printed),
            parts,
            computed: withP(computed),
            difference: abs,
          }) + direction) + dashNote;
  } else {
    const [a, b] = inputs as [Fact, Fact];
    const operand = (f: Fact) => fmt(f.value, f.unit, f.unit_printed);
    sentence =
      fill(c.kind === "ratio" ? s.sentenceRatio : s.sentenceDiff, {
        printed: topic(printed),
        numerator: operand(a),
        denominator: operand(b),
        a: operand(a),
        b: operand(b),
        computed: withP(computed),
        difference: abs,
      }) + direction;
  }
  return { printed, computed, difference, sentence };
}

/** A fact as printed, for tables: "1,994 (백만원)". */
export const printedOf = (id: string): string => printedText(factById(id));
