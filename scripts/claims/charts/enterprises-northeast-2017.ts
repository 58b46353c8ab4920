/**
 * The north-east chart: counts by type at one date, from one table, for Seoul
 * and four districts, each place's types added up and put per 10,000
 * residents (the one population definition, nearest the date). The takeaway
 * names the district with the most, the contenders declared (`among`).
 */
import type { ClaimValue } from "../../../contract/claims.ts";
import { meantValue, type Fact } from "../../../contract/model.ts";
import {
  POPULATION_DEFINITION_EN,
  POPULATION_DEFINITION_KO,
} from "../../products/nearestPopulation.ts";
import { ClaimError } from "../claimError.ts";
import type { ClaimContext } from "../context.ts";
import { assertLike } from "../guard.ts";
import type { ClaimSpec } from "../make.ts";
import { ids, joinBoth, type Both } from "./sentence.ts";
import { chartSpec, emptyChart, groupsOf, placeName, rowFacts, sentence } from "./spec.ts";

const CHART = "enterprises-northeast-2017";

interface Place {
  facts: Fact[];
  population?: Fact;
  per10k?: Omit<ClaimValue, "name">;
}

export function northeastClaims(ctx: ClaimContext): ClaimSpec[] {
  const drawn = rowFacts(ctx, CHART).map((r) => r.fact);
  if (drawn.length === 0) return emptyChart(ctx, CHART);
  const takeaway = sentence(CHART, "takeaway");
  const date = drawn[0]!.period;
  // One date, one table: each type compared only with the same type.
  for (const type of groupsOf(drawn, (f) => f.category_key))
    assertLike(takeaway.claimId, type, [date], { samePeriod: true, sameSource: true });

  const places: Place[] = groupsOf(drawn, (f) => f.district_code).map((facts) => {
    const match = ctx.population(facts[0]!.district_code, facts[0]!.period_end);
    if (!match) return { facts };
    const population = ctx.factById(takeaway.claimId, match.fact_id);
    const count = facts.reduce((s, f) => s + meantValue(f)!, 0);
    return {
      facts,
      population,
      per10k: {
        value: Math.round((count / match.population) * 1e6) / 100,
        unit: "per_10k",
        qualifier: "",
        derivation: `per10k:${facts.map((f) => f.id).join("+")}/${population.id}`,
      },
    };
  });
  const districts = places.filter((p) => p.facts[0]!.district_code !== ctx.city.code);
  const seoul = places.find((p) => p.facts[0]!.district_code === ctx.city.code);
  const rated = districts.filter((p) => p.per10k);
  const types = (s: typeof takeaway, name?: string) =>
    s.value(
      {
        name,
        value: new Set(drawn.map((f) => f.category_key)).size,
        unit: "count",
        qualifier: "",
        derivation: `distinct:category_key:${ids(drawn)}`,
      },
      drawn,
    );
  const specs: ClaimSpec[] = [];

  // The takeaway: the district with the most per 10,000 residents, if one has strictly the most.
  types(takeaway, "types");
  takeaway.date(date, "date");
  const best = Math.max(...rated.map((p) => p.per10k!.value));
  const top = rated.filter((p) => p.per10k!.value === best);
  if (top.length === 1) {
    const winner = top[0]!;
    takeaway.value(
      {
        name: "n",
        value: districts.length,
        unit: "districts",
        qualifier: "",
        derivation: `distinct:district_code:${ids(districts.flatMap((p) => p.facts))}`,
      },
      districts.flatMap((p) => p.facts),
    );
    takeaway.value({ name: "rate", ...winner.per10k! }, [...winner.facts, winner.population!]);
    takeaway.restsOn(rated.map((p) => p.population!));
    if (seoul?.per10k)
      takeaway.value({ name: "seoul", ...seoul.per10k }, [...seoul.facts, seoul.population!]);
    const name = placeName(winner.facts[0]!);
    specs.push(
      chartSpec(ctx, CHART, drawn, {
        part: "takeaway",
        template: seoul?.per10k ? "northeast-largest" : "northeast-largest-alone",
        sentence: takeaway,
        text: { ko: { top: name.ko }, en: { top: name.en } },
        comparisons: [
          { word: "largest", of: ["rate"], among: rated.map((p) => p.per10k!.derivation) },
        ],
      }),
    );
  } else
    specs.push(
      chartSpec(ctx, CHART, drawn, {
        part: "takeaway",
        template: "northeast-counts",
        sentence: takeaway,
      }),
    );

  // The text alternative: every place's types added up, and per 10,000 residents where known.
  const alt = sentence(CHART, "alt");
  types(alt, "types");
  const totals: Both[] = places.map((p) => {
    const name = placeName(p.facts[0]!);
    const sum = alt.sum(p.facts, "count");
    if (!p.per10k) return { ko: `${name.ko} ${sum.ko}`, en: `${name.en} ${sum.en}` };
    const rate = alt.value(p.per10k, [p.population!]);
    return {
      ko: `${name.ko} ${sum.ko}(주민 1만 명당 ${rate.ko})`,
      en: `${name.en} ${sum.en} (${rate.en} per 10,000 residents)`,
    };
  });
  const typeNames = groupsOf(drawn, (f) => f.category_key).map((g) => ({
    ko: g[0]!.category_ko,
    en: g[0]!.category_en,
  }));
  const placeNames = places.map((p) => placeName(p.facts[0]!));
  const list = (items: Both[], lang: "ko" | "en") => joinBoth(items, ", ", ", ")[lang];
  specs.push(
    chartSpec(ctx, CHART, drawn, {
      part: "alt",
      template: "northeast-alt",
      sentence: alt,
      text: {
        ko: {
          typeList: list(typeNames, "ko"),
          places: list(placeNames, "ko"),
          totals: list(totals, "ko"),
        },
        en: {
          typeList: list(typeNames, "en"),
          places: list(placeNames, "en"),
          totals: list(totals, "en"),
        },
      },
    }),
  );

  // The unit line: the counts' date and the population's date and definition.
  const unit = sentence(CHART, "unit");
  unit.date(date, "date");
  const popDates = [...new Set(places.flatMap((p) => (p.population ? [p.population.period] : [])))];
  if (popDates.length > 1)
    throw new ClaimError(unit.claimId, `populations of ${popDates.join(", ")}: one date expected`);
  if (popDates[0] !== undefined) unit.date(popDates[0], "popDate");
  specs.push(
    chartSpec(ctx, CHART, drawn, {
      part: "unit",
      template: popDates[0] === undefined ? "northeast-unit-counts" : "northeast-unit",
      sentence: unit,
      text: {
        ko: { definition: POPULATION_DEFINITION_KO },
        en: { definition: POPULATION_DEFINITION_EN },
      },
    }),
  );
  return specs;
}
