/**
 * Every derivation of contract/claims.ts, done again from the published CSVs
 * alone: what value it gives, with which qualifier, and which facts it reads.
 */
import Papa from "papaparse";

export type Row = Record<string, string>;
export const parse = (text: string): Row[] =>
  Papa.parse<Row>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;

export interface Derived {
  value: number;
  qualifier: string;
  /** The facts the derivation reads. */
  facts: string[];
  /** What is wrong with the derivation itself (an unknown fact, unlike facts …). */
  problems: string[];
}

export interface Published {
  claims: string;
  facts: string;
  reconciliation: string;
  sources: string;
  /** Every chart dataset, by chart id (charts/<id>.csv). */
  charts: Record<string, string>;
}

const OFFICIAL = ["official-document", "official-statistic"];
const CITY = "11000";

export function deriver(files: Published) {
  const facts = new Map(parse(files.facts).map((f) => [f.fact_id!, f]));
  const checks = parse(files.reconciliation);
  const sources = parse(files.sources);
  // A fact's value is what the print implies where facts.csv records it, else the printed value.
  const num = (f: Row | undefined) => {
    if (!f) return NaN;
    if ((f.value_implied ?? "") !== "") return Number(f.value_implied);
    return f.value !== "" ? Number(f.value) : NaN;
  };
  const own = (id: string) => checks.filter((c) => c.fact_id === id && c.kind !== "cross_source");
  const social = [...facts.values()].filter(
    (f) => f.measure !== "population" && f.measure !== "households",
  );
  const districtCodes = new Set(
    [...facts.values()].map((f) => f.district_code).filter((c) => c !== CITY),
  );
  const years = sources.map((s) => Number(s.date!.slice(0, 4))).sort((a, b) => a - b);
  const tallies: Record<string, number> = {
    sources: sources.length,
    facts: facts.size,
    social_facts: social.length,
    context_facts: facts.size - social.length,
    districts: districtCodes.size,
    districts_with_data: new Set(social.map((f) => f.district_code).filter((c) => c !== CITY)).size,
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
        .filter((c) => c !== CITY),
    ).size,
    checks: checks.filter((c) => c.kind !== "cross_source").length,
    mismatches: checks.filter((c) => c.kind !== "cross_source" && c.result === "mismatch").length,
    cross_source_checks: checks.filter((c) => c.kind === "cross_source").length,
    disagreements: checks.filter((c) => c.kind === "cross_source" && c.result === "mismatch")
      .length,
    first_source_year: years[0] ?? 0,
    last_source_year: years.at(-1) ?? 0,
  };
  for (const k of [
    "official-document",
    "official-statistic",
    "press-release",
    "news-report",
    "blog",
  ])
    tallies[`sources:${k}`] = sources.filter((s) => s.kind === k).length;

  const list = (arg: string) => arg.split(/[ +]/).filter(Boolean);
  const missing = (ids: string[]) => ids.filter((i) => !facts.has(i)).map((i) => `no fact ${i}`);
  const sum = (ids: string[]) => ids.reduce((s, i) => s + num(facts.get(i)), 0);
  const exact = (ids: string[]) =>
    ids
      .filter((i) => (facts.get(i)?.qualifier ?? "") !== "")
      .map((i) => `adds ${i}, which is ${facts.get(i)!.qualifier}`);
  const per10k = (pair: string) => {
    const [c, p] = pair.split("/");
    return Math.round((sum(list(c!)) / num(facts.get(p!))) * 1e6) / 100;
  };

  function derive(derivation: string): Derived {
    const at = derivation.indexOf(":");
    const [how, arg] = [derivation.slice(0, at), derivation.slice(at + 1)];
    const done = (value: number, ids: string[], problems: string[] = [], qualifier = "") => ({
      value,
      qualifier,
      facts: ids,
      problems: [...missing(ids), ...problems],
    });
    switch (how) {
      case "fact": {
        const f = facts.get(arg);
        return done(num(f), [arg], [], f?.qualifier ?? "");
      }
      case "parts":
        return done(
          Number(checks.find((x) => x.fact_id === arg && x.kind === "sum")?.computed ?? NaN),
          [arg],
        );
      case "recomputed":
        return done(
          Number(own(arg).find((x) => x.kind !== "sum" && x.computed !== "")?.computed ?? NaN),
          [arg],
        );
      case "sum": {
        const ids = list(arg);
        return done(sum(ids), ids, exact(ids));
      }
      case "share": {
        const [a, b] = arg.split("/").map(list) as [string[], string[]];
        const outside = a
          .filter((i) => !b.includes(i))
          .map((i) => `share's part ${i} is not in its whole`);
        return done(
          Math.round((sum(a) / sum(b)) * 1000) / 10,
          [...a, ...b],
          [...exact(b), ...outside],
        );
      }
      case "per10k": {
        const [c, p] = arg.split("/");
        const counts = list(c!);
        const pop = facts.get(p!);
        const problems = [...(counts.length > 1 ? exact(counts) : [])];
        if (pop && pop.measure !== "population") problems.push(`divides by ${p}, not a population`);
        const qualifier = counts.length === 1 ? (facts.get(counts[0]!)?.qualifier ?? "") : "";
        return done(per10k(arg), [...counts, p!], problems, qualifier);
      }
      case "rank": {
        const pairs = arg.split(" ");
        const mine = per10k(pairs[0]!);
        const problems: string[] = [];
        const counts = pairs.map((p) => facts.get(p.split("/")[0]!));
        const pops = pairs.map((p) => facts.get(p.split("/")[1]!));
        for (const f of counts) {
          if (!f) problems.push("rank rests on a missing fact");
          else if (
            ["measure", "category_key", "status", "unit", "period"].some(
              (k) => f[k] !== counts[0]![k],
            )
          )
            problems.push(`rank compares unlike facts (${f.fact_id})`);
          else if (own(f.fact_id!).some((x) => x.kind === "sum" && x.result === "mismatch"))
            problems.push(`rank uses ${f.fact_id}, a total that fails its check`);
        }
        if (new Set(pops.map((p) => `${p?.period}|${p?.category_key}|${p?.source_id}`)).size !== 1)
          problems.push("rank divides by populations of different dates or definitions");
        return done(
          1 + pairs.filter((p) => per10k(p) > mine).length,
          pairs.flatMap((p) => p.split("/")),
          problems,
        );
      }
      case "size":
        return done(list(arg).length, list(arg));
      case "distinct": {
        const cut = arg.indexOf(":");
        const columns = arg.slice(0, cut).split("+");
        const ids = list(arg.slice(cut + 1));
        const keys = ids.map((i) => columns.map((k) => facts.get(i)?.[k] ?? "").join("|"));
        return done(new Set(keys).size, ids);
      }
      case "unofficial": {
        const ids = list(arg);
        return done(
          ids.filter((i) => !OFFICIAL.includes(facts.get(i)?.source_kind ?? "")).length,
          ids,
        );
      }
      case "mismatches": {
        const ids = list(arg);
        const unchecked = ids
          .filter((i) => own(i).length === 0)
          .map((i) => `counts ${i}, which has no check`);
        return done(
          ids.filter((i) => own(i).some((x) => x.result === "mismatch")).length,
          ids,
          unchecked,
        );
      }
      case "without": {
        const have = new Set(
          [...facts.values()]
            .filter((f) => f.measure === arg && f.status === "actual" && f.value !== "")
            .map((f) => f.district_code),
        );
        return done([...districtCodes].filter((c) => !have.has(c)).length, []);
      }
      case "tally":
        return done(tallies[arg] ?? NaN, []);
      default:
        return done(NaN, [], [`unknown derivation ${derivation}`]);
    }
  }
  return { derive, facts, checks, num };
}
