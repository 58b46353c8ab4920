/**
 * The claims of the home page, /districts/ and /about/: the site's own tallies
 * (from siteCounts, the one place they are computed), the one table that
 * compares districts at one date, purchasing over time, and the checks.
 */
import type { ClaimValue } from "../../contract/claims.ts";
import { OFFICIAL_KINDS } from "../../contract/enums.ts";
import { meantValue, type District, type Fact } from "../../contract/model.ts";
import type { ClaimContext } from "./context.ts";
import { fails } from "./context.ts";
import { assertLike } from "./guard.ts";
import { factValue, tally, type ClaimSpec } from "./make.ts";
import { purchasingSpan } from "./select.ts";
import { KIND_WORDS } from "./words.ts";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** "official document" or "official documents" …, by the counts of each kind (English only). */
export function coverageWords(ctx: ClaimContext): Record<string, string> {
  const k = ctx.counts.sources_by_kind;
  return {
    docsWord: plural(k["official-document"], "official document", "official documents"),
    statsWord: plural(k["official-statistic"], "official statistic", "official statistics"),
    pressWord: plural(k["press-release"], "press release", "press releases"),
    newsWord: plural(k["news-report"], "news report", "news reports"),
    blogsWord: plural(k.blog, "blog", "blogs"),
  };
}

export function coverageSpec(ctx: ClaimContext, id: string, scope: "home" | "about"): ClaimSpec {
  const c = ctx.counts;
  const k = c.sources_by_kind;
  return {
    id,
    scope,
    district: ctx.city,
    template: "coverage",
    values: [
      tally("sources", c.sources, "documents", "sources"),
      tally("docs", k["official-document"], "documents", "sources:official-document"),
      tally("stats", k["official-statistic"], "documents", "sources:official-statistic"),
      tally("press", k["press-release"], "documents", "sources:press-release"),
      tally("news", k["news-report"], "documents", "sources:news-report"),
      tally("blogs", k.blog, "documents", "sources:blog"),
      tally("facts", c.facts, "numbers", "facts"),
      tally("social", c.social_facts, "numbers", "social_facts"),
      tally("context", c.context_facts, "numbers", "context_facts"),
    ],
    text: { ko: {}, en: coverageWords(ctx) },
  };
}

const districtTallies = (ctx: ClaimContext): ClaimValue[] => [
  tally("districts", ctx.counts.districts, "districts", "districts"),
  tally("withData", ctx.counts.districts_with_data, "districts", "districts_with_data"),
];

export function checksSpec(ctx: ClaimContext, id: string, scope: "home" | "about"): ClaimSpec {
  return {
    id,
    scope,
    district: ctx.city,
    template: "checks",
    values: [
      tally("checks", ctx.counts.checks, "checks", "checks"),
      tally("mismatches", ctx.counts.mismatches, "checks", "mismatches"),
      tally("crossChecks", ctx.counts.cross_source_checks, "checks", "cross_source_checks"),
      tally("disagreements", ctx.counts.disagreements, "checks", "disagreements"),
    ],
  };
}

/** The table that prints Seoul's and several districts' totals at one date: the most districts wins. */
function comparisonTable(ctx: ClaimContext): { seoul?: Fact; districts: Fact[] } | undefined {
  const groups = new Map<string, Fact[]>();
  for (const f of ctx.model.facts) {
    if (f.measure !== "enterprises" || f.status !== "actual" || f.value === null) continue;
    if (f.category_key !== "all" || !f.is_total) continue;
    const key = `${f.period}|${f.source_id}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const best = [...groups.values()]
    .map((g) => ({
      seoul: g.find((f) => f.district_code === ctx.city.code),
      districts: g.filter((f) => f.district_code !== ctx.city.code),
    }))
    .filter((g) => new Set(g.districts.map((f) => f.district_code)).size >= 2)
    .sort(
      (a, b) =>
        b.districts.length - a.districts.length ||
        Number(OFFICIAL_KINDS.includes(b.districts[0]!.source_kind)) -
          Number(OFFICIAL_KINDS.includes(a.districts[0]!.source_kind)) ||
        (a.districts[0]!.period < b.districts[0]!.period ? 1 : -1),
    )[0];
  return best;
}

function tableSpecs(ctx: ClaimContext): ClaimSpec[] {
  const table = comparisonTable(ctx);
  if (!table) return [];
  const specs: ClaimSpec[] = [];
  const any = table.districts[0]!;
  const kind = KIND_WORDS[any.source_kind];
  if (table.seoul) {
    const s = table.seoul;
    const unchecked = fails(ctx, s);
    const values = [factValue("count", s, "count")];
    if (unchecked)
      values.push({
        name: "parts",
        value: ctx.sumCheck.get(s.id)!.computed ?? 0,
        unit: "count",
        qualifier: "",
        derivation: `parts:${s.id}`,
      });
    specs.push({
      id: `home-seoul-enterprises-${s.period}`,
      scope: "home",
      district: ctx.city,
      template: unchecked ? "seoul-total-unchecked" : "seoul-total",
      values,
      dates: { date: s.period },
      facts: [s],
      text: { ko: { kind: kind.ko }, en: { kind: kind.en } },
    });
  }
  const id = `home-largest-${any.period}`;
  assertLike(id, table.districts, [any.period], { samePeriod: true, sameSource: true });
  const value = (f: Fact, parts: boolean) =>
    parts && fails(ctx, f) ? (ctx.sumCheck.get(f.id)!.computed ?? 0) : meantValue(f)!;
  const top = (parts: boolean) =>
    [...table.districts].sort(
      (a, b) => value(b, parts) - value(a, parts) || (a.id < b.id ? -1 : 1),
    )[0]!;
  // "Largest" must hold whether a failing total is read as printed or as its parts.
  if (top(false).id !== top(true).id) return specs;
  const winner = top(false);
  const d: District = ctx.districtOf(winner.district_code);
  specs.push({
    id,
    scope: "home",
    district: d,
    template: "table-largest",
    values: [
      {
        name: "n",
        value: table.districts.length,
        unit: "districts",
        qualifier: "",
        derivation: `size:${table.districts.map((f) => f.id).join(" ")}`,
      },
      factValue("topCount", winner, "count"),
    ],
    comparisons: [{ word: "largest", of: ["topCount"] }],
    dates: { date: any.period },
    facts: table.districts,
    text: { ko: { top: d.name_ko, kind: kind.ko }, en: { top: d.name_en, kind: kind.en } },
  });
  return specs;
}

function purchasingSpec(ctx: ClaimContext, d: District): ClaimSpec | undefined {
  const span = purchasingSpan(ctx.factsOf(d.code));
  if (!span) return undefined;
  const [a, b] = span;
  const id = `home-purchasing-${d.slug}`;
  assertLike(id, [a, b], [a.period, b.period]);
  const word =
    meantValue(b)! > meantValue(a)!
      ? "rose"
      : meantValue(b)! < meantValue(a)!
        ? "fell"
        : "unchanged";
  const kind = KIND_WORDS[a.source_kind];
  const name = d.is_city ? { ko: "서울시 전체", en: "Seoul" } : { ko: d.name_ko, en: d.name_en };
  return {
    id,
    scope: "home",
    district: d,
    template: `purchasing-${word}`,
    values: [factValue("fromValue", a, "KRW"), factValue("toValue", b, "KRW")],
    comparisons: [{ word, of: ["fromValue", "toValue"] }],
    dates: { from: a.period, to: b.period },
    facts: [a, b],
    text: { ko: { name: name.ko, kind: kind.ko }, en: { name: name.en, kind: kind.en } },
  };
}

function largestGapSpec(ctx: ClaimContext): ClaimSpec | undefined {
  const rel = (c: (typeof ctx.checks)[number]) =>
    Math.abs(c.difference ?? 0) / Math.max(1, Math.abs(c.printed ?? 1));
  const worst = ctx.checks
    // A document against itself: a disagreement between two sources has no "recomputed" value.
    .filter(
      (c) =>
        c.kind !== "cross_source" &&
        c.result === "mismatch" &&
        c.printed !== null &&
        c.computed !== null,
    )
    .sort((a, b) => rel(b) - rel(a) || (a.check_id < b.check_id ? -1 : 1))[0];
  if (!worst) return undefined;
  const f = ctx.model.facts.find((x) => x.id === worst.fact_id)!;
  const unit = worst.unit === "KRW" ? "KRW" : worst.unit === "percent" ? "percent" : "count";
  const d = ctx.districtOf(worst.district_code);
  return {
    id: "home-largest-gap",
    scope: "home",
    district: d,
    template: "largest-gap",
    values: [
      factValue("printed", f, unit),
      {
        name: "computed",
        value: worst.computed!,
        unit,
        qualifier: "",
        derivation: `${worst.kind === "sum" ? "parts" : "recomputed"}:${f.id}`,
      },
    ],
    comparisons: [{ word: "largest_gap", of: ["printed"] }],
    dates: { date: worst.period },
    facts: [f],
    text: {
      ko: { place: `${worst.district_ko} ‘${f.category_ko}’` },
      en: { place: `${worst.district_en}, ${worst.category_en}` },
    },
  };
}

export function homeClaims(ctx: ClaimContext): ClaimSpec[] {
  const featured = ctx.districts
    .map((d) => ({ d, span: purchasingSpan(ctx.factsOf(d.code)) }))
    .filter((x) => x.span)
    .sort(
      (a, b) =>
        Number(b.span![1].period) -
          Number(b.span![0].period) -
          (Number(a.span![1].period) - Number(a.span![0].period)) || (a.d.code < b.d.code ? -1 : 1),
    )[0];
  return [
    coverageSpec(ctx, "home-coverage", "home"),
    {
      id: "home-districts",
      scope: "home",
      district: ctx.city,
      template: "districts-with-data",
      values: districtTallies(ctx),
    },
    ...tableSpecs(ctx),
    purchasingSpec(ctx, ctx.city),
    featured && purchasingSpec(ctx, featured.d),
    checksSpec(ctx, "home-checks", "home"),
    largestGapSpec(ctx),
  ].filter((s): s is ClaimSpec => Boolean(s));
}

export function districtIndexClaims(ctx: ClaimContext): ClaimSpec[] {
  return [
    {
      id: "districts-coverage",
      scope: "districts",
      district: ctx.city,
      template: "districts-with-total",
      values: [
        ...districtTallies(ctx),
        tally(
          "withTotal",
          ctx.counts.districts_with_enterprise_total,
          "districts",
          "districts_with_enterprise_total",
        ),
      ],
    },
  ];
}

export function aboutClaims(ctx: ClaimContext): ClaimSpec[] {
  const specs: ClaimSpec[] = [
    coverageSpec(ctx, "about-coverage", "about"),
    checksSpec(ctx, "about-checks", "about"),
    {
      id: "about-source-years",
      scope: "about",
      district: ctx.city,
      template: "source-years",
      values: [
        tally("from", ctx.counts.first_source_year, "year", "first_source_year"),
        tally("to", ctx.counts.last_source_year, "year", "last_source_year"),
      ],
    },
  ];
  const withData = ctx.districts.filter((d) =>
    ctx.factsOf(d.code).some((f) => f.measure !== "population" && f.measure !== "households"),
  );
  specs.push({
    id: "about-districts",
    scope: "about",
    district: ctx.city,
    template: "districts-named",
    values: districtTallies(ctx),
    text: {
      // A list of districts reads in 가나다 order in Korean, alphabetically in English.
      ko: {
        names: sortNames(
          withData.map((d) => d.name_ko),
          "ko",
        ),
      },
      en: {
        names: sortNames(
          withData.map((d) => d.name_en),
          "en",
        ),
      },
    },
  });
  // The special-zone programme's whole budget: planned and executed over the same span.
  const zone = ctx
    .factsOf(ctx.city.code)
    .filter(
      (f) =>
        f.measure === "budget" &&
        f.category_key === "special_zone_designation_operation" &&
        f.funder_key === "" &&
        f.period.includes("/") &&
        f.value !== null,
    );
  const planned = zone.find((f) => f.status === "plan");
  const executed =
    planned &&
    zone.find(
      (f) =>
        f.status === "actual" && f.period === planned.period && f.source_id === planned.source_id,
    );
  if (planned && executed)
    specs.push({
      id: "about-zone-budget",
      scope: "about",
      district: ctx.city,
      template: "zone-budget",
      values: [factValue("planned", planned, "KRW"), factValue("executed", executed, "KRW")],
      dates: { period: planned.period },
      facts: [planned, executed],
      text: {
        ko: { kind: KIND_WORDS[planned.source_kind].ko },
        en: { kind: KIND_WORDS[planned.source_kind].en },
      },
    });
  return specs;
}

/** Names joined in the order a reader of the language expects (Intl.Collator), not code order. */
function sortNames(names: string[], lang: "ko" | "en"): string {
  return [...names].sort(new Intl.Collator(lang).compare).join(", ");
}
