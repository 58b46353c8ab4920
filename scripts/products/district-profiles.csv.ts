import * as aq from "arquero";
import { tableFrom } from "./tableFrom.ts";
import type { District, Fact, Participation } from "../../contract/model.ts";
import { DISTRICT_FIELDS, field, type Product, type ProductRow } from "../../contract/product.ts";

/**
 * One row per district (and Seoul): how much is known about it, from which
 * sources, its latest printed enterprise total, and the programme rounds it
 * took part in. Population is context, not social-economy data, so it does
 * not make a district count as "having data".
 */
export function districtProfiles(
  districts: readonly District[],
  facts: readonly Fact[],
  participation: readonly Participation[],
): Product {
  const social = facts.filter((f) => f.measure !== "population" && f.measure !== "households");
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
    if (f.category_key !== "all" && f.category_key !== "social_economy_organisation") continue;
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
      programme_rounds: rounds.map((p) => `${p.programme}:${p.round}`).join("|"),
    };
  });
  return {
    name: "district-profiles",
    title_ko: "자치구별 자료 현황",
    title_en: "What is known about each district",
    description_ko:
      "자치구마다(그리고 서울 전체) 한 행: 이 사이트에 있는 사회적경제 사실의 수, 측정 항목과 출처, 가장 최근에 인쇄된 기업 총수, 참여한 특구 사업 차수.",
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
        "programme_rounds",
        "string",
        "Programme rounds the district took part in, | separated.",
      ),
    ],
    rows,
  };
}
