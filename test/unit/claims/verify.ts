/**
 * An independent check of claims.csv: it knows nothing of scripts/claims/,
 * only the published CSVs and the contract's types. It re-derives every
 * value from facts.csv, reconciliation.csv and sources.csv (./derive.ts),
 * re-decides every comparison word (./compare.ts), states every value and
 * date again by its own rules (./stated.ts), and finds each in the sentence;
 * after them no digit may be left. A chart's sentences rest only on what the
 * chart draws (charts/<id>.csv), and its text alternative names all of it.
 */
import type { ClaimComparison, ClaimValue } from "../../../contract/claims.ts";
import { checkComparison, COMPARISON_WORDS } from "./compare.ts";
import { deriver, parse, type Published, type Row } from "./derive.ts";
import { stated, statedDate } from "./stated.ts";

export type { Published };
export { stated, statedDate };

/** Phrases of the templates that carry a digit but no datum: the unit "per 10,000 residents". */
const UNIT_PHRASES = ["1만 명당", "10,000 residents"];
/** The facts a chart draws: a per-resident chart draws its populations too (each bar is count ÷ population). */
const FACT_COLUMNS = [
  "fact_id",
  "target_fact_id",
  "actual_fact_id",
  "rate_fact_id",
  "fact_ids",
  "population_fact_id",
];

/** The facts each chart draws, by chart id. */
function chartFacts(files: Published): Map<string, Set<string>> {
  return new Map(
    Object.entries(files.charts).map(([id, text]) => [
      id,
      new Set(
        parse(text).flatMap((r) =>
          FACT_COLUMNS.flatMap((k) => (r[k] ?? "").split(" ").filter(Boolean)),
        ),
      ),
    ]),
  );
}

/** Every difference found, as "claim id: what"; empty when every claim is true. */
export function verifyClaims(files: Published): string[] {
  const problems: string[] = [];
  const d = deriver(files);
  const drawn = chartFacts(files);

  for (const c of parse(files.claims)) {
    const id = c.claim_id!;
    const bad = (what: string) => problems.push(`${id}: ${what}`);
    const values = JSON.parse(c.values!) as ClaimValue[];
    const comparisons = JSON.parse(c.comparisons!) as ClaimComparison[];
    const byName = new Map(values.map((v) => [v.name, v]));
    const ids = new Set(c.fact_ids!.split(" ").filter(Boolean));
    for (const v of values) {
      const got = d.derive(v.derivation);
      for (const p of got.problems) bad(`${v.name}: ${p}`);
      if (v.derivation.startsWith("fact:") && !ids.has(got.facts[0]!))
        bad(`${v.name} rests on ${got.facts[0]}, which is not among its facts`);
      for (const f of got.facts)
        if (!ids.has(f)) bad(`${v.name} reads ${f}, which is not among its facts`);
      if (!(Math.abs(got.value - v.value) < 1e-6))
        bad(`${v.name} is ${v.value}, but ${v.derivation} gives ${got.value}`);
      if (v.qualifier !== got.qualifier)
        bad(`${v.name} carries qualifier "${v.qualifier}", its fact "${got.qualifier}"`);
    }
    for (const cmp of comparisons) {
      for (const p of checkComparison(cmp, byName, d)) bad(p);
      for (const x of cmp.among ?? [])
        for (const f of d.derive(x).facts)
          if (!ids.has(f)) bad(`${cmp.word} compares ${f}, which is not among its facts`);
    }
    if (c.scope === "chart") problems.push(...checkChartClaim(c, ids, drawn));

    // Words: the sentence says what the comparison says.
    for (const cmp of comparisons) {
      const w = COMPARISON_WORDS[cmp.word];
      if (w && (!c.text_ko!.includes(w[0]) || !c.text_en!.includes(w[1])))
        bad(`the sentence does not say ${cmp.word}`);
    }
    for (const [w, ko, en] of [
      ["rose", "늘었", "rose"],
      ["fell", "줄었", "fell"],
    ] as const)
      if (
        (c.text_ko!.includes(ko) || c.text_en!.includes(` ${en} `)) &&
        !comparisons.some((x) => x.word === w)
      )
        bad(`says ${w} without a comparison`);
    // Every value and date is in the text; nothing else with a digit is.
    for (const lang of ["ko", "en"] as const) {
      const text = lang === "ko" ? c.text_ko! : c.text_en!;
      let rest = text;
      const parts = [
        ...values.map((v) => stated(v, lang)),
        ...c
          .dates!.split(" ")
          .filter(Boolean)
          .map((p) => statedDate(p, lang)),
      ].sort((x, y) => y.length - x.length);
      for (const p of parts) {
        if (!text.includes(p)) bad(`${lang} text does not state "${p}"`);
        rest = rest.split(p).join("");
      }
      for (const u of UNIT_PHRASES) rest = rest.split(u).join("");
      if (/\d/.test(rest)) bad(`${lang} text has a number no value accounts for: "${rest}"`);
    }
  }
  return problems;
}

/** A chart's sentence rests only on the chart's own rows (and their populations); its alt names every row. */
function checkChartClaim(c: Row, ids: Set<string>, drawn: Map<string, Set<string>>): string[] {
  const bad: string[] = [];
  const chart = drawn.get(c.chart_id ?? "");
  if (!chart) return [`${c.claim_id}: no chart "${c.chart_id}"`];
  if (c.claim_id !== `chart-${c.chart_id}-${c.claim_id!.split("-").at(-1)}`)
    bad.push(`${c.claim_id}: not named after its chart ${c.chart_id}`);
  // The populations the chart's per-10k figures divide by are not drawn, but are read.
  const derivations = [
    ...(JSON.parse(c.values!) as ClaimValue[]).map((v) => v.derivation),
    ...(JSON.parse(c.comparisons!) as ClaimComparison[]).flatMap((x) => x.among ?? []),
  ];
  const divisors = new Set(
    derivations.flatMap((x) => (x.startsWith("per10k:") ? [x.split("/").at(-1)!] : [])),
  );
  for (const f of ids)
    if (!chart.has(f) && !divisors.has(f))
      bad.push(`${c.claim_id}: rests on ${f}, which chart ${c.chart_id} does not draw`);
  if (c.claim_id!.endsWith("-alt"))
    for (const f of chart)
      if (!ids.has(f)) bad.push(`${c.claim_id}: the text alternative leaves out ${f}`);
  return bad;
}
