import * as aq from "arquero";
import { tableFrom } from "./tableFrom.ts";
import { meantValue, type Fact } from "../../contract/model.ts";
import type { Check } from "../../contract/check.ts";
import { stable } from "../reconcile/reconcile.ts";
import { DISTRICT_FIELDS, field, type Product, type ProductRow } from "../../contract/product.ts";
import { CITY_CODE } from "../../contract/districts.ts";
import {
  POPULATION_DEFINITION,
  POPULATION_DEFINITION_EN,
  populationLookup,
} from "./nearestPopulation.ts";

/**
 * Social-economy enterprise counts by district, type and date, with the
 * count per 10,000 residents (where a population of a near date exists) and
 * the share of Seoul's count of the same type, date and source. A printed
 * total that does not match the sum of its parts says so beside its
 * per-resident figure (count_check, count_parts_sum).
 */
export function enterprises(facts: readonly Fact[], checks: readonly Check[] = []): Product {
  const sumCheck = new Map(checks.filter((c) => c.kind === "sum").map((c) => [c.fact_id, c]));
  const counts = facts.filter(
    (f) => f.measure === "enterprises" && f.status === "actual" && f.value !== null,
  );
  const population = populationLookup(facts);

  const seoul = tableFrom(
    counts
      .filter((f) => f.district_code === CITY_CODE)
      .map((f) => ({
        key: `${f.period}|${f.source_id}|${f.category_key}`,
        seoul_count: f.value,
      })),
    ["key", "seoul_count"],
  )
    .groupby("key")
    .rollup({ seoul_count: aq.op.max("seoul_count") });
  const seoulBy = new Map(
    (seoul.objects() as { key: string; seoul_count: number }[]).map((r) => [r.key, r.seoul_count]),
  );

  const rows: ProductRow[] = counts.map((f) => {
    const pop = population(f.district_code, f.period_end);
    const seoulCount =
      f.district_code === CITY_CODE
        ? undefined
        : seoulBy.get(`${f.period}|${f.source_id}|${f.category_key}`);
    // What the print means: "바느질 외 9개 업체" counts ten (facts.csv value_implied).
    const count = meantValue(f) as number;
    const check = sumCheck.get(f.id);
    return {
      district_code: f.district_code,
      district_slug: f.district_slug,
      district_ko: f.district_ko,
      district_en: f.district_en,
      period: f.period,
      period_end: f.period_end,
      type_key: f.category_key,
      type_ko: f.category,
      type_en: f.category_en,
      is_total: f.is_total,
      count,
      count_check: check?.result ?? "",
      count_parts_sum: check?.computed ?? null,
      population: pop?.population ?? null,
      population_period: pop?.period ?? "",
      population_source_id: pop?.source_id ?? "",
      population_fact_id: pop?.fact_id ?? "",
      population_definition: pop ? POPULATION_DEFINITION : "",
      per_10k_residents: pop ? stable((count / pop.population) * 10_000) : null,
      seoul_count: seoulCount ?? null,
      share_of_seoul_pct: seoulCount ? stable((count / seoulCount) * 100) : null,
      source_id: f.source_id,
      source_kind: f.source_kind,
      page: f.page,
      fact_id: f.id,
    };
  });
  return {
    name: "enterprises",
    title_ko: "자치구별·유형별 사회적경제기업 수",
    title_en: "Social-economy enterprises by district and type",
    description_ko:
      "문서에 적힌 사회적경제기업 수 전부 (자치구·유형·기준일별). 주민 1만 명당 수는 한 가지 인구 정의, 곧 등록외국인을 포함한 주민등록인구(총인구) 가운데 기준일에 가장 가까운(1년 이내) 숫자로 계산했습니다(`population_period` 열). 항목의 합과 맞지 않는 합계는 `count_check` 열이 알려 줍니다. 기준일이나 출처가 다른 숫자는 그 차이를 밝히지 않고 비교할 수 없습니다.",
    description_en: `Every printed count of social-economy enterprises, by district, type and reference date. Per-10,000-resident figures use one population definition, the ${POPULATION_DEFINITION_EN} (총인구), printed nearest the count's date (within a year; see population_period); a printed total that fails its check says so in count_check. Counts of different dates or sources are not comparable without saying so.`,
    fields: [
      ...DISTRICT_FIELDS,
      field("period", "string", "Reference date or year of the count, as printed."),
      field("period_end", "date", "Last day of the period (the count's reference date)."),
      field(
        "type_key",
        "string",
        "Enterprise type key (social_enterprise, cooperative, …; all for a printed total).",
      ),
      field("type_ko", "string", "Enterprise type as printed."),
      field("type_en", "string", "Enterprise type in English."),
      field("is_total", "boolean", "The printed figure is a total over types."),
      field("count", "integer", "Number of enterprises.", "count"),
      field(
        "count_check",
        "string",
        "For a printed total: match or mismatch against the sum of its printed parts (reconciliation.csv); empty otherwise.",
      ),
      field(
        "count_parts_sum",
        "integer",
        "For a printed total: what its printed parts add up to.",
        "count",
      ),
      field(
        "population",
        "integer",
        `Population used for the per-resident figure: the ${POPULATION_DEFINITION_EN} (총인구 = 한국인 + 등록외국인), never Korean nationals alone.`,
        "persons",
      ),
      field("population_period", "string", "Date of that population figure."),
      field("population_source_id", "string", "Source of that population figure."),
      field("population_fact_id", "string", "That population figure in facts.csv."),
      field(
        "population_definition",
        "string",
        `Definition of that population: ${POPULATION_DEFINITION} (the ${POPULATION_DEFINITION_EN}).`,
      ),
      field("per_10k_residents", "number", "count ÷ population × 10,000.", "per 10,000 residents"),
      field("seoul_count", "integer", "Seoul's count of the same type, date and source.", "count"),
      field("share_of_seoul_pct", "number", "count ÷ seoul_count × 100.", "percent"),
      field("source_id", "string", "Source document."),
      field("source_kind", "string", "Kind of source."),
      field("page", "string", "Printed page or section."),
      field("fact_id", "string", "The fact in facts.csv."),
    ],
    rows,
  };
}
