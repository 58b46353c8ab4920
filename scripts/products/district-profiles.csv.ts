import * as aq from "arquero";
import { tableFrom } from "./tableFrom.ts";
import type { District, Fact, Participation } from "../../contract/model.ts";
import type { Check } from "../../contract/check.ts";
import { CONTEXT_MEASURES, ENTERPRISE_TOTAL_KEYS } from "../../contract/siteData.ts";
import {
  POPULATION_DEFINITION,
  POPULATION_DEFINITION_EN,
  latestPopulation,
} from "./nearestPopulation.ts";
import { DISTRICT_FIELDS, field, type Product, type ProductRow } from "../../contract/product.ts";

/**
 * One row per district (and Seoul): how much is known about it, from which
 * sources, its latest printed enterprise total, and the programme rounds it
 * took part in. Population is context, not social-economy data, so it does
 * not make a district count as "having data". The latest total carries its
 * source kind, since official and news figures sit side by side here.
 */
export function districtProfiles(
  districts: readonly District[],
  facts: readonly Fact[],
  participation: readonly Participation[],
  checks: readonly Check[] = [],
): Product {
  const social = facts.filter((f) => !CONTEXT_MEASURES.includes(f.measure));
  const sumCheck = new Map(checks.filter((c) => c.kind === "sum").map((c) => [c.fact_id, c]));
  const population = latestPopulation(facts);
  const stats = new Map(
    (
      tableFrom(
        social.map((f) => ({ code: f.district_code, measure: f.measure, source: f.source_id })),
        ["code", "measure", "source"],
      )
        .groupby("code")
        .rollup({
          facts: aq.op.count(),
          measures: aq.op.array_agg_distinct("measure"),
          sources: aq.op.array_agg_distinct("source"),
        })
        .objects() as { code: string; facts: number; measures: string[]; sources: string[] }[]
    ).map((r) => [r.code, r]),
  );
  const latestTotal = new Map<string, Fact>();
  for (const f of facts) {
    if (f.measure !== "enterprises" || f.status !== "actual" || !f.is_total || f.value === null)
      continue;
    if (!ENTERPRISE_TOTAL_KEYS.includes(f.category_key)) continue;
    const seen = latestTotal.get(f.district_code);
    if (
      !seen ||
      f.period_end > seen.period_end ||
      (f.period_end === seen.period_end && f.id < seen.id)
    )
      latestTotal.set(f.district_code, f);
  }
  const rows: ProductRow[] = districts.map((d) => {
    const s = stats.get(d.code);
    const latest = latestTotal.get(d.code);
    const rounds = participation.filter((p) => p.district_code === d.code);
    const pop = population.get(d.code);
    return {
      district_code: d.code,
      district_slug: d.slug,
      district_ko: d.name_ko,
      district_en: d.name_en,
      is_city: d.is_city,
      tile_row: d.tile_row,
      tile_col: d.tile_col,
      has_data: (s?.facts ?? 0) > 0,
      facts: s?.facts ?? 0,
      measures: [...(s?.measures ?? [])].sort().join(" "),
      sources: [...(s?.sources ?? [])].sort().join(" "),
      enterprises_total: latest?.value ?? null,
      enterprises_total_period: latest?.period ?? "",
      enterprises_total_fact_id: latest?.id ?? "",
      enterprises_total_source_kind: latest?.source_kind ?? "",
      enterprises_total_check: (latest && sumCheck.get(latest.id)?.result) ?? "",
      population: pop?.value ?? null,
      population_period: pop?.period ?? "",
      population_fact_id: pop?.id ?? "",
      population_definition: pop ? POPULATION_DEFINITION : "",
      programme_rounds: rounds.map((p) => `${p.programme}:${p.round}`).join("|"),
    };
  });
  return {
    name: "district-profiles",
    title_ko: "자치구별 자료 현황",
    title_en: "What is known about each district",
    description_ko:
      "자치구마다(그리고 서울 전체) 한 행: 이 사이트에 있는 사회적경제 숫자의 수, 지표와 출처, 가장 최근 문서에 적힌 기업 총수, 참여한 특구 사업 차수.",
    description_en:
      "One row per district and for Seoul as a whole: how many social-economy facts the atlas holds, which measures and sources, the latest printed enterprise total, and the special-zone rounds it took part in.",
    fields: [
      ...DISTRICT_FIELDS,
      field("is_city", "boolean", "Seoul as a whole rather than one district."),
      field("tile_row", "integer", "Row on the tile-grid map."),
      field("tile_col", "integer", "Column on the tile-grid map."),
      field("has_data", "boolean", "At least one social-economy fact (population does not count)."),
      field("facts", "integer", "Number of social-economy facts.", "count"),
      field("measures", "string", "Measures with data, space-separated."),
      field("sources", "string", "Sources with data, space-separated."),
      field(
        "enterprises_total",
        "integer",
        "Latest printed total of social-economy enterprises.",
        "count",
      ),
      field("enterprises_total_period", "string", "Date of that total."),
      field("enterprises_total_fact_id", "string", "That total in facts.csv."),
      field(
        "enterprises_total_source_kind",
        "string",
        "Kind of that total's source: official-document, official-statistic, press-release or news-report.",
      ),
      field(
        "enterprises_total_check",
        "string",
        "match or mismatch: whether that printed total equals the sum of its printed parts (empty where it has none).",
      ),
      field(
        "population",
        "integer",
        `Latest population of the one definition used for per-resident figures: the ${POPULATION_DEFINITION_EN} (총인구).`,
        "persons",
      ),
      field("population_period", "string", "Date of that population."),
      field("population_fact_id", "string", "That population in facts.csv."),
      field(
        "population_definition",
        "string",
        `Definition of that population: ${POPULATION_DEFINITION}.`,
      ),
      field(
        "programme_rounds",
        "string",
        "Programme rounds the district took part in, | separated.",
      ),
    ],
    rows,
  };
}
