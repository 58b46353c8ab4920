/**
 * /about/: the claims it states (what the atlas holds, the checks, the
 * sources' dates, the districts with data, the special zone's budget), an
 * example of each money unit, and the special-zone rounds.
 */
import type { Lang } from "../i18n/index.ts";
import type { Fact, Participation } from "../../contract/model.ts";
import { claimById, type ClaimRow, type ClaimView } from "./claims.ts";
import { byName } from "./order.ts";

export const ABOUT_CLAIMS = {
  coverage: "about-coverage",
  checks: "about-checks",
  sourceYears: "about-source-years",
  districts: "about-districts",
  zoneBudget: "about-zone-budget",
} as const;

export interface AboutRound {
  round: string;
  period: string;
  stage: string;
  page: string;
  source: string;
  districts: { slug: string; name: string; project: string }[];
}

export interface AboutModel {
  claims: Partial<Record<keyof typeof ABOUT_CLAIMS, ClaimView>>;
  units: { unit: string; factor: number; example: Fact | undefined }[];
  rounds: AboutRound[];
}

/** Money units, each with an example printed in that unit. */
const UNITS = [
  { unit: "원", factor: 1 },
  { unit: "천원", factor: 1_000 },
  { unit: "백만원", factor: 1_000_000 },
  { unit: "억원", factor: 100_000_000 },
];

export function aboutModel(
  claims: readonly ClaimRow[],
  facts: readonly Fact[],
  participation: readonly Participation[],
  lang: Lang,
  base?: string,
): AboutModel {
  const views: AboutModel["claims"] = {};
  for (const [key, id] of Object.entries(ABOUT_CLAIMS) as [keyof typeof ABOUT_CLAIMS, string][]) {
    const c = claimById(claims, id, lang, base);
    if (c) views[key] = c;
  }
  const units = UNITS.map((u) => ({
    ...u,
    example: facts.find(
      (f) => f.unit === "KRW" && f.unit_printed === u.unit && f.value !== null && f.value > 0,
    ),
  }));
  const byRound = new Map<string, Participation[]>();
  for (const p of participation.filter((x) => x.programme === "special-zone"))
    byRound.set(p.round, [...(byRound.get(p.round) ?? []), p]);
  const rounds = [...byRound.entries()].map(([round, rows]) => ({
    round,
    period: rows[0]!.period,
    stage: rows[0]!.stage,
    page: rows[0]!.page,
    source: rows[0]!.source_id,
    districts: byName(
      rows.map((r) => ({
        slug: r.district_slug,
        name: lang === "ko" ? r.district_ko : r.district_en,
        project: lang === "ko" ? r.project_ko : r.project_en,
      })),
      lang,
      (d) => d.name,
    ),
  }));
  return { claims: views, units, rounds };
}
