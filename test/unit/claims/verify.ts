/**
 * An independent check of claims.csv: it knows nothing of scripts/claims/,
 * only the published CSVs and the contract's types. It re-derives every
 * value from facts.csv, reconciliation.csv and sources.csv, re-decides every
 * comparison word, states every value and date again by its own rules, and
 * finds each in the sentence; after them no digit may be left.
 */
import Papa from "papaparse";
import type { ClaimComparison, ClaimValue } from "../../../contract/claims.ts";

type Row = Record<string, string>;
const parse = (text: string): Row[] =>
  Papa.parse<Row>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;

const grp = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d });
function krwKo(w: number): string {
  const out: string[] = [];
  let r = Math.abs(w);
  for (const [s, word] of [
    [1e12, "조"],
    [1e8, "억"],
    [1e4, "만"],
  ] as const) {
    const n = Math.floor(r / s);
    r -= n * s;
    if (n) out.push(`${grp(n)}${word}`);
  }
  if (r || !out.length) out.push(grp(r));
  return `${w < 0 ? "−" : ""}${out.join(" ")} 원`;
}
function krwEn(w: number): string {
  const a = Math.abs(w);
  const s = w < 0 ? "−" : "";
  if (a >= 1e9 && a % 1e7 === 0) return `${s}KRW ${grp(a / 1e9, 2)} billion`;
  if (a >= 1e6 && a % 1e4 === 0) return `${s}KRW ${grp(a / 1e6, 2)} million`;
  return `${s}KRW ${grp(a)}`;
}
const ord = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? `${n}th` : `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;

export function stated(v: ClaimValue, lang: "ko" | "en"): string {
  const ko = lang === "ko";
  const n = v.value;
  const bare = (() => {
    switch (v.unit) {
      case "KRW":
        return ko ? krwKo(n) : krwEn(n);
      case "count":
      case "numbers":
        return ko ? `${grp(n)}개` : grp(n);
      case "persons":
        return ko ? `${grp(n)}명` : grp(n);
      case "per_10k":
        return ko ? `${n.toFixed(2)}개` : n.toFixed(2);
      case "percent":
        return `${grp(n, 2)}%`;
      case "rank":
        return n === 1 ? (ko ? "가장" : "the most") : ko ? `${n}번째` : ord(n);
      case "districts":
        return ko ? `${grp(n)}개 자치구` : grp(n);
      case "documents":
      case "checks":
        return ko ? `${grp(n)}건` : grp(n);
      case "year":
        return ko ? `${n}년` : String(n);
    }
  })();
  const q = v.qualifier;
  if (q === "") return bare;
  if (!ko)
    return `${{ approximate: "about", at_least: "at least", more_than: "more than", at_most: "at most", less_than: "less than" }[q]} ${bare}`;
  return q === "approximate"
    ? `약 ${bare}`
    : `${bare} ${{ at_least: "이상", more_than: "초과", at_most: "이하", less_than: "미만" }[q]}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
function datePoint(p: string, ko: boolean): string {
  const [y, m, d] = p.split("-");
  if (ko) return `${y}년${m ? ` ${Number(m)}월` : ""}${d ? ` ${Number(d)}일` : ""}`;
  return m ? `${d ? `${Number(d)} ` : ""}${MONTHS[Number(m) - 1]} ${y}` : y!;
}
export function statedDate(period: string, lang: "ko" | "en"): string {
  const ko = lang === "ko";
  const [a, b] = period.split("/");
  return b === undefined
    ? datePoint(a!, ko)
    : `${datePoint(a!, ko)}${ko ? "~" : "–"}${datePoint(b, ko)}`;
}

/** Phrases of the templates that carry a digit but no datum: the unit "per 10,000 residents". */
const UNIT_PHRASES = ["1만 명당", "10,000 residents"];

export interface Published {
  claims: string;
  facts: string;
  reconciliation: string;
  sources: string;
}

/** Every difference found, as "claim id: what"; empty when every claim is true. */
export function verifyClaims(files: Published): string[] {
  const problems: string[] = [];
  const facts = new Map(parse(files.facts).map((f) => [f.fact_id!, f]));
  const checks = parse(files.reconciliation);
  const sumOf = new Map(checks.filter((c) => c.kind === "sum").map((c) => [c.fact_id!, c]));
  const sources = parse(files.sources);
  const num = (f: Row | undefined) => (f && f.value !== "" ? Number(f.value) : NaN);
  const social = [...facts.values()].filter(
    (f) => f.measure !== "population" && f.measure !== "households",
  );
  const districtCodes = new Set(
    [...facts.values()].map((f) => f.district_code).filter((c) => c !== "11000"),
  );
  const years = sources.map((s) => Number(s.date!.slice(0, 4))).sort((a, b) => a - b);
  const tallies: Record<string, number> = {
    sources: sources.length,
    facts: facts.size,
    social_facts: social.length,
    context_facts: facts.size - social.length,
    districts: districtCodes.size,
    districts_with_data: new Set(social.map((f) => f.district_code).filter((c) => c !== "11000"))
      .size,
    districts_with_enterprise_total: new Set(
      social
        .filter(
          (f) =>
            f.measure === "enterprises" &&
            f.status === "actual" &&
            f.value !== "" &&
            ["all", "social_economy_organisation"].includes(f.category_key!),
        )
        .map((f) => f.district_code)
        .filter((c) => c !== "11000"),
    ).size,
    checks: checks.filter((c) => c.kind !== "cross_source").length,
    mismatches: checks.filter((c) => c.kind !== "cross_source" && c.result === "mismatch").length,
    cross_source_checks: checks.filter((c) => c.kind === "cross_source").length,
    disagreements: checks.filter((c) => c.kind === "cross_source" && c.result === "mismatch")
      .length,
    first_source_year: years[0] ?? 0,
    last_source_year: years.at(-1) ?? 0,
  };
  for (const s of sources) tallies[`sources:${s.kind}`] = (tallies[`sources:${s.kind}`] ?? 0) + 1;
  for (const k of [
    "official-document",
    "official-statistic",
    "press-release",
    "news-report",
    "blog",
  ])
    tallies[`sources:${k}`] ??= 0;
  const per10k = (pair: string) => {
    const [c, p] = pair.split("/");
    return Math.round((num(facts.get(c!)) / num(facts.get(p!))) * 1e6) / 100;
  };

  for (const c of parse(files.claims)) {
    const id = c.claim_id!;
    const bad = (what: string) => problems.push(`${id}: ${what}`);
    const values = JSON.parse(c.values!) as ClaimValue[];
    const comparisons = JSON.parse(c.comparisons!) as ClaimComparison[];
    const byName = new Map(values.map((v) => [v.name, v]));
    const ids = new Set(c.fact_ids!.split(" ").filter(Boolean));
    for (const v of values) {
      const [how, arg = ""] = [
        v.derivation.slice(0, v.derivation.indexOf(":")),
        v.derivation.slice(v.derivation.indexOf(":") + 1),
      ];
      let expected = NaN;
      let qualifier = "";
      if (how === "fact") {
        const f = facts.get(arg);
        expected = num(f);
        qualifier = f?.qualifier ?? "";
        if (!ids.has(arg)) bad(`${v.name} rests on ${arg}, which is not among its facts`);
      } else if (how === "parts" || how === "recomputed") {
        expected = Number(checks.find((x) => x.fact_id === arg)?.computed ?? NaN);
      } else if (how === "per10k") {
        expected = per10k(arg);
        qualifier = facts.get(arg.split("/")[0]!)?.qualifier ?? "";
      } else if (how === "rank") {
        const pairs = arg.split(" ");
        const mine = per10k(pairs[0]!);
        expected = 1 + pairs.filter((p) => per10k(p) > mine).length;
        const counts = pairs.map((p) => facts.get(p.split("/")[0]!)!);
        const pops = pairs.map((p) => facts.get(p.split("/")[1]!)!);
        for (const f of counts) {
          if (!f) bad("rank rests on a missing fact");
          else if (
            ["measure", "category_key", "status", "unit", "period"].some(
              (k) => f[k] !== counts[0]![k],
            )
          )
            bad(`rank compares unlike facts (${f.fact_id})`);
          else if (sumOf.get(f.fact_id!)?.result === "mismatch")
            bad(`rank uses ${f.fact_id}, a total that fails its check`);
        }
        if (new Set(pops.map((p) => `${p?.period}|${p?.category_key}|${p?.source_id}`)).size !== 1)
          bad("rank divides by populations of different dates or definitions");
      } else if (how === "size") {
        expected = arg.split(" ").length;
      } else if (how === "tally") {
        expected = tallies[arg] ?? NaN;
      } else bad(`unknown derivation ${v.derivation}`);
      if (!(Math.abs(expected - v.value) < 1e-6))
        bad(`${v.name} is ${v.value}, but ${v.derivation} gives ${expected}`);
      if (v.qualifier !== qualifier)
        bad(`${v.name} carries qualifier "${v.qualifier}", its fact "${qualifier}"`);
    }
    for (const cmp of comparisons) {
      const [a, b] = cmp.of.map((n) => byName.get(n));
      if (!a) {
        bad(`comparison ${cmp.word} of a missing value`);
        continue;
      }
      const fa = facts.get(a.derivation.replace(/^fact:/, ""));
      if (cmp.word === "rose" || cmp.word === "fell" || cmp.word === "unchanged") {
        const fb = b && facts.get(b.derivation.replace(/^fact:/, ""));
        if (!fa || !fb) {
          bad(`${cmp.word} compares values not read off facts`);
          continue;
        }
        for (const k of ["measure", "category_key", "status", "unit"])
          if (fa[k] !== fb[k]) bad(`${cmp.word} compares ${k} ${fa[k]} with ${fb[k]}`);
        const word = num(fb) > num(fa) ? "rose" : num(fb) < num(fa) ? "fell" : "unchanged";
        if (word !== cmp.word) bad(`says ${cmp.word}, the facts say ${word}`);
        if (fa.period! >= fb.period!) bad(`${cmp.word} runs from ${fa.period} to ${fb.period}`);
      } else if (cmp.word === "largest") {
        if (!fa) {
          bad("largest of a value not read off a fact");
          continue;
        }
        const same = [...facts.values()].filter(
          (f) =>
            f.district_code !== "11000" &&
            ["measure", "category_key", "status", "unit", "period", "source_id", "is_total"].every(
              (k) => f[k] === fa[k],
            ) &&
            f.value !== "",
        );
        const max = Math.max(...same.map(num));
        if (num(fa) !== max)
          bad(`says largest, but ${same.find((f) => num(f) === max)?.fact_id} is larger`);
      } else if (cmp.word === "largest_gap") {
        const rel = (x: Row) =>
          Math.abs(Number(x.difference)) / Math.max(1, Math.abs(Number(x.printed)));
        const mism = checks.filter((x) => x.kind !== "cross_source" && x.result === "mismatch");
        const top = mism.sort((x, y) => rel(y) - rel(x))[0];
        if (!fa || top?.fact_id !== fa.fact_id) bad(`says largest gap, but ${top?.fact_id} has it`);
      }
    }
    // Words: the sentence says what the comparison says.
    const words: Record<string, [string, string]> = {
      rose: ["늘었습니다", "rose"],
      fell: ["줄었습니다", "fell"],
      largest: ["가장 많습니다", "the most"],
    };
    for (const cmp of comparisons) {
      const w = words[cmp.word];
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
          .map((d) => statedDate(d, lang)),
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
