/**
 * The summary a district page opens with, in this order where known: the
 * latest count of social-economy organisations (date, source kind); per
 * 10,000 residents (population date and definition); the rank among
 * districts with figures of the same date and definition, or why there is
 * none; the latest budget and purchasing figures; and plainly what is not known.
 */
import type { ClaimValue } from "../../contract/claims.ts";
import { meantValue, type District, type Fact } from "../../contract/model.ts";
import {
  POPULATION_DEFINITION_EN,
  POPULATION_DEFINITION_KO,
  latestPopulation,
  type PopulationMatch,
} from "../products/nearestPopulation.ts";
import { fails, type ClaimContext } from "./context.ts";
import { assertLike } from "./guard.ts";
import { factValue, type ClaimSpec } from "./make.ts";
import { render } from "./render.ts";
import { formatClaimValue } from "./format.ts";
import {
  SUPPORT_BUDGET_KEY,
  isEnterpriseTotal,
  latestBudget,
  latestEnterpriseTotal,
  latestPurchasing,
  latestTypeCounts,
} from "./select.ts";
import { KIND_WORDS } from "./words.ts";

const DEFINITION = { ko: POPULATION_DEFINITION_KO, en: POPULATION_DEFINITION_EN };
const per10k = (count: number, population: number) =>
  Math.round((count / population) * 10_000 * 100) / 100;
const kind = (f: Fact) => ({ ko: KIND_WORDS[f.source_kind].ko, en: KIND_WORDS[f.source_kind].en });

/** What a budget figure covers, in words. */
function budgetLabel(f: Fact): { ko: string; en: string } {
  if (f.category_key === "all")
    return { ko: "사회적경제 예산 총액", en: "total social-economy budget" };
  if (f.category_key === SUPPORT_BUDGET_KEY)
    return { ko: "사회적경제 지원 예산", en: "social-economy support budget" };
  return { ko: `${f.category} 예산`, en: `budget for “${f.category_en}”` };
}

function partsValue(ctx: ClaimContext, f: Fact, unit: ClaimValue["unit"]): ClaimValue {
  const check = ctx.sumCheck.get(f.id)!;
  return {
    name: "parts",
    value: check.computed ?? 0,
    unit,
    qualifier: "",
    derivation: `parts:${f.id}`,
  };
}

/** The other districts' totals of the same date and category, each with its population. */
function peers(ctx: ClaimContext, total: Fact) {
  const out: { fact: Fact; pop: PopulationMatch }[] = [];
  for (const d of ctx.districts) {
    const f = ctx
      .factsOf(d.code)
      .filter(
        (x) =>
          isEnterpriseTotal(x) &&
          x.period === total.period &&
          x.category_key === total.category_key &&
          x.unit === total.unit,
      )
      .sort((a, b) => (a.id === total.id ? -1 : b.id === total.id ? 1 : a.id < b.id ? -1 : 1))[0];
    const pop = f && ctx.population(d.code, f.period_end);
    if (f && pop) out.push({ fact: f, pop });
  }
  return out;
}

function rankSpec(
  ctx: ClaimContext,
  d: District,
  total: Fact,
  pop: PopulationMatch,
  base: Pick<ClaimSpec, "scope" | "district">,
): ClaimSpec {
  const id = `district-${d.slug}-rank`;
  const name = { ko: d.name_ko, en: d.name_en };
  if (fails(ctx, total))
    return {
      ...base,
      id,
      template: "rank-none-unchecked",
      facts: [total],
      text: { ko: { name: name.ko }, en: { name: name.en } },
    };
  const all = peers(ctx, total).filter((p) => p.pop.period === pop.period);
  const excluded = all.filter((p) => fails(ctx, p.fact));
  const ranked = all.filter((p) => !fails(ctx, p.fact));
  if (ranked.length < 2)
    return {
      ...base,
      id,
      template: "rank-none-alone",
      dates: { date: total.period },
      facts: [total],
    };
  assertLike(
    id,
    ranked.map((p) => p.fact),
    [total.period],
    { samePeriod: true },
  );
  const figure = (p: (typeof ranked)[number]) => per10k(meantValue(p.fact)!, p.pop.population);
  const mine = per10k(meantValue(total)!, pop.population);
  const rank = 1 + ranked.filter((p) => figure(p) > mine).length;
  const subject = ranked.find((p) => p.fact.id === total.id)!;
  const pairs = [subject, ...ranked.filter((p) => p !== subject)].map(
    (p) => `${p.fact.id}/${p.pop.fact_id}`,
  );
  const names = excluded.map((p) => ctx.districtOf(p.fact.district_code));
  const exclText = {
    ko: names.length
      ? render(id, " ({names|은/는} 문서의 합계가 항목의 합과 맞지 않아 뺐습니다)", {
          names: names.map((n) => n.name_ko).join(", "),
        })
      : "",
    en: names.length
      ? ` (left out: ${names.map((n) => n.name_en).join(", ")}, whose printed total does not match its parts)`
      : "",
  };
  return {
    ...base,
    id,
    template: rank === 1 ? "rank-first" : "rank-nth",
    values: [
      {
        name: "n",
        value: ranked.length,
        unit: "districts",
        qualifier: "",
        derivation: `size:${ranked.map((p) => p.fact.id).join(" ")}`,
      },
      {
        name: "rank",
        value: rank,
        unit: "rank",
        qualifier: "",
        derivation: `rank:${pairs.join(" ")}`,
      },
    ],
    dates: { date: total.period },
    // The rank reads every ranked count and the population each is divided by.
    facts: [
      ...ranked.flatMap((p) => [p.fact, ctx.factById(id, p.pop.fact_id)]),
      ...excluded.map((p) => p.fact),
    ],
    text: {
      ko: { name: name.ko, excluded: exclText.ko },
      en: { name: name.en, excluded: exclText.en },
    },
  };
}

export function districtClaims(ctx: ClaimContext, d: District): ClaimSpec[] {
  const mine = ctx.factsOf(d.code);
  const base = { scope: "district" as const, district: d };
  const name = { ko: { name: d.name_ko }, en: { name: d.name_en } };
  const specs: ClaimSpec[] = [];
  const total = latestEnterpriseTotal(mine);
  let perResident = false;
  if (total) {
    const unchecked = fails(ctx, total);
    const values = [factValue("count", total, "count")];
    if (unchecked) values.push(partsValue(ctx, total, "count"));
    specs.push({
      ...base,
      id: `district-${d.slug}-enterprises`,
      template: unchecked ? "enterprises-latest-unchecked" : "enterprises-latest",
      values,
      dates: { date: total.period },
      facts: [total],
      text: { ko: { ...name.ko, kind: kind(total).ko }, en: { ...name.en, kind: kind(total).en } },
    });
    const pop = ctx.population(d.code, total.period_end);
    const popFact = pop && ctx.model.facts.find((f) => f.id === pop.fact_id)!;
    if (pop && popFact) {
      perResident = true;
      specs.push({
        ...base,
        id: `district-${d.slug}-per10k`,
        template: unchecked ? "per10k-unchecked" : "per10k",
        values: [
          {
            name: "per10k",
            value: per10k(meantValue(total)!, pop.population),
            unit: "per_10k",
            qualifier: total.qualifier,
            derivation: `per10k:${total.id}/${pop.fact_id}`,
          },
          factValue("pop", popFact, "persons"),
        ],
        dates: { popDate: pop.period },
        facts: [total, popFact],
        text: { ko: { definition: DEFINITION.ko }, en: { definition: DEFINITION.en } },
      });
      specs.push(rankSpec(ctx, d, total, pop, base));
    } else {
      specs.push({
        ...base,
        id: `district-${d.slug}-per10k`,
        template: "per10k-none",
        dates: { date: total.period },
        facts: [total],
        text: { ko: { definition: DEFINITION.ko }, en: { definition: DEFINITION.en } },
      });
    }
  } else {
    const types = latestTypeCounts(mine);
    if (types.length > 0) {
      const first = types[0]!;
      const values = types.map((f, i) => factValue(`type${i}`, f, "count"));
      const list = (lang: "ko" | "en") =>
        types
          .map((f, i) => {
            const v = formatClaimValue(values[i]!, lang);
            return lang === "ko" ? `${f.category} ${v}` : `${f.category_en}: ${v}`;
          })
          .join(", ");
      specs.push({
        ...base,
        id: `district-${d.slug}-types`,
        template: "types-only",
        values,
        dates: { date: first.period },
        facts: types,
        text: {
          ko: { ...name.ko, kind: kind(first).ko, list: list("ko") },
          en: { ...name.en, kind: kind(first).en, list: list("en") },
        },
      });
    }
  }
  const budget = latestBudget(mine);
  if (budget) {
    const unchecked = fails(ctx, budget);
    const values = [factValue("value", budget, "KRW")];
    if (unchecked) values.push(partsValue(ctx, budget, "KRW"));
    specs.push({
      ...base,
      id: `district-${d.slug}-budget`,
      template: unchecked ? "budget-latest-unchecked" : "budget-latest",
      values,
      dates: { year: budget.period },
      facts: [budget],
      text: {
        ko: { status: "계획", kind: kind(budget).ko, label: budgetLabel(budget).ko },
        en: { status: "planned", kind: kind(budget).en, label: budgetLabel(budget).en },
      },
    });
  }
  const bought = latestPurchasing(mine);
  if (bought) {
    specs.push({
      ...base,
      id: `district-${d.slug}-purchasing`,
      template: "purchasing-latest",
      values: [factValue("value", bought, "KRW")],
      dates: { year: bought.period },
      facts: [bought],
      text: { ko: { kind: kind(bought).ko }, en: { kind: kind(bought).en } },
    });
  }
  if (!perResident) {
    const pop = latestPopulation(mine).get(d.code);
    if (pop)
      specs.push({
        ...base,
        id: `district-${d.slug}-population`,
        template: "population",
        values: [factValue("pop", pop, "persons")],
        dates: { date: pop.period },
        facts: [pop],
        text: {
          ko: { definition: DEFINITION.ko, kind: kind(pop).ko },
          en: { definition: DEFINITION.en, kind: kind(pop).en },
        },
      });
  }
  const missing = [
    !total &&
      latestTypeCounts(mine).length === 0 && {
        ko: "사회적경제기업 수",
        en: "count of social-economy enterprises",
      },
    !budget && { ko: "사회적경제 예산", en: "social-economy budget" },
    !bought && {
      ko: "사회적경제제품 공공구매 실적",
      en: "public purchasing of social-economy products",
    },
  ].filter((x): x is { ko: string; en: string } => Boolean(x));
  if (missing.length > 0) {
    const en = missing.map((m) => m.en);
    specs.push({
      ...base,
      id: `district-${d.slug}-missing`,
      template: "missing",
      text: {
        ko: { list: missing.map((m) => m.ko).join(", ") },
        en: { list: en.length > 1 ? `${en.slice(0, -1).join(", ")} or ${en.at(-1)}` : en[0]! },
      },
    });
  }
  return specs;
}
