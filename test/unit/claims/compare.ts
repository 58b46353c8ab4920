/**
 * Every comparison word of a claim decided again from the published facts:
 * rose / fell / unchanged, largest (in a printed table, or among declared
 * contenders), latest, only, largest gap. Returns what is wrong.
 */
import type { ClaimComparison, ClaimValue } from "../../../contract/claims.ts";
import type { deriver, Row } from "./derive.ts";

type Deriver = ReturnType<typeof deriver>;

export function checkComparison(
  cmp: ClaimComparison,
  values: ReadonlyMap<string, ClaimValue>,
  d: Deriver,
): string[] {
  const bad: string[] = [];
  const { facts, checks, num } = d;
  const [a, b] = cmp.of.map((n) => values.get(n));
  const among = (cmp.among ?? []).map((x) => ({ derivation: x, ...d.derive(x) }));
  for (const x of among) bad.push(...x.problems.map((p) => `among ${x.derivation}: ${p}`));
  const factOf = (v: ClaimValue | undefined) =>
    v && v.derivation.startsWith("fact:") ? facts.get(v.derivation.slice(5)) : undefined;

  switch (cmp.word) {
    case "rose":
    case "fell":
    case "unchanged": {
      const [fa, fb] = [factOf(a), factOf(b)];
      if (!fa || !fb) return [`${cmp.word} compares values not read off facts`];
      for (const k of ["measure", "category_key", "status", "unit"])
        if (fa[k] !== fb[k]) bad.push(`${cmp.word} compares ${k} ${fa[k]} with ${fb[k]}`);
      const word = num(fb) > num(fa) ? "rose" : num(fb) < num(fa) ? "fell" : "unchanged";
      if (word !== cmp.word) bad.push(`says ${cmp.word}, the facts say ${word}`);
      if (fa.period! >= fb.period!) bad.push(`${cmp.word} runs from ${fa.period} to ${fb.period}`);
      return bad;
    }
    case "largest": {
      if (!a) return ["largest of a missing value"];
      if (cmp.among) {
        if (!cmp.among.includes(a.derivation))
          bad.push(`largest: ${a.derivation} is not among its contenders`);
        const max = Math.max(...among.map((x) => x.value));
        const top = among.filter((x) => x.value === max);
        if (d.derive(a.derivation).value !== max)
          bad.push(`says largest, but ${top[0]?.derivation} is larger`);
        else if (top.length > 1) bad.push(`says largest, but ${top.length} contenders tie`);
        return bad;
      }
      const fa = factOf(a);
      if (!fa) return ["largest of a value not read off a fact"];
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
        bad.push(`says largest, but ${same.find((f) => num(f) === max)?.fact_id} is larger`);
      return bad;
    }
    case "latest": {
      if (!a || !cmp.among) return ["latest without a value or contenders"];
      const mine = new Set(d.derive(a.derivation).facts);
      const all = [...new Set(among.flatMap((x) => x.facts))].map((i) => facts.get(i));
      const end = (f: Row | undefined) => f?.period_end ?? "";
      const last = all.map(end).sort().at(-1) ?? "";
      for (const i of mine)
        if (end(facts.get(i)) !== last)
          bad.push(`says latest, but ${i} ends ${end(facts.get(i))}, not ${last}`);
      for (const f of all)
        if (f && end(f) === last && !mine.has(f.fact_id!))
          bad.push(`says latest, but ${f.fact_id} is as late`);
      return bad;
    }
    case "only": {
      if (!cmp.among) return ["only without contenders"];
      const said = new Set(
        cmp.of.flatMap((n) => (values.get(n) ? d.derive(values.get(n)!.derivation).facts : [])),
      );
      const valued = among.flatMap((x) => x.facts).filter((i) => facts.get(i)?.value !== "");
      for (const i of valued) if (!said.has(i)) bad.push(`says only, but ${i} has a value too`);
      for (const i of said)
        if (!valued.includes(i)) bad.push(`says only, but ${i} is not a contender`);
      return bad;
    }
    case "largest_gap": {
      const fa = factOf(a);
      const rel = (x: Row) =>
        Math.abs(Number(x.difference)) / Math.max(1, Math.abs(Number(x.printed)));
      const mism = checks.filter((x) => x.kind !== "cross_source" && x.result === "mismatch");
      const top = [...mism].sort((x, y) => rel(y) - rel(x))[0];
      if (!fa || top?.fact_id !== fa.fact_id)
        bad.push(`says largest gap, but ${top?.fact_id} has it`);
      return bad;
    }
  }
}

/** The words a sentence must carry for each comparison it makes, Korean and English. */
export const COMPARISON_WORDS: Partial<Record<ClaimComparison["word"], [string, string]>> = {
  rose: ["늘었", "rose"],
  fell: ["줄었", "fell"],
  largest: ["가장 많", "the most"],
  latest: ["가장 최근", "latest"],
};
