import * as aq from "arquero";
import { tableFrom } from "./tableFrom.ts";
import type { Fact } from "../../contract/model.ts";
import { DISTRICT_FIELDS, field, type Product, type ProductRow } from "../../contract/product.ts";
import type { Check } from "../reconcile/reconcile.ts";

/**
 * Public purchasing of social-economy products: target and result for each
 * district and year, the achievement rate as printed and as recomputed.
 */
export function purchasing(facts: readonly Fact[], checks: readonly Check[]): Product {
  const lines = facts.filter((f) => f.measure === "purchasing");
  const rates = facts.filter((f) => f.measure === "purchasing_rate");
  const rateCheck = new Map(checks.filter((c) => c.kind === "ratio").map((c) => [c.fact_id, c]));
  const key = (f: Fact) => `${f.district_code}|${f.period}|${f.source_id}`;
  const rateBy = new Map(rates.map((r) => [key(r), r]));

  const wide = tableFrom(
    lines.map((f) => ({ key: key(f), status: f.status, id: f.id })),
    ["key", "status", "id"],
  )
    .groupby("key")
    .pivot("status", { value: (d: { id: string }) => aq.op.array_agg(d.id) });
  const byId = new Map(facts.map((f) => [f.id, f]));

  const rows: ProductRow[] = (wide.objects() as Record<string, string[] | undefined>[]).map((r) => {
    const target = r.target?.[0] ? byId.get(r.target[0]) : undefined;
    const actual = r.actual?.[0] ? byId.get(r.actual[0]) : undefined;
    const any = (target ?? actual)!;
    const rate = rateBy.get(key(any));
    const check = rate ? rateCheck.get(rate.id) : undefined;
    return {
      district_code: any.district_code,
      district_slug: any.district_slug,
      district_ko: any.district_ko,
      district_en: any.district_en,
      period: any.period,
      target_krw: target?.value ?? null,
      target_printed: target?.value_printed ?? "",
      actual_krw: actual?.value ?? null,
      actual_printed: actual?.value_printed ?? "",
      rate_printed: rate?.value_printed ?? "",
      rate_printed_pct: rate?.value ?? null,
      rate_recomputed_pct:
        target?.value && actual?.value !== null && actual?.value !== undefined
          ? Number(((actual.value / target.value) * 100).toFixed(6))
          : null,
      rate_check: check?.result ?? "",
      source_id: any.source_id,
      source_kind: any.source_kind,
      page: any.page,
      target_fact_id: target?.id ?? "",
      actual_fact_id: actual?.id ?? "",
      rate_fact_id: rate?.id ?? "",
    };
  });
  rows.sort((a, b) =>
    `${a.district_code}|${a.period}|${a.source_id}`.localeCompare(
      `${b.district_code}|${b.period}|${b.source_id}`,
    ),
  );
  return {
    name: "purchasing",
    title_ko: "사회적경제제품 공공구매 목표와 실적",
    title_en: "Public purchasing of social-economy products: targets and results",
    description_ko:
      "자치구·연도별 사회적경제기업 제품 공공구매 목표와 실적, 문서의 달성률과 재계산 달성률(실적 ÷ 목표 × 100).",
    description_en:
      "Target and result of public purchasing from social-economy enterprises, by district and year, with the achievement rate as printed and as recomputed (result ÷ target × 100).",
    fields: [
      ...DISTRICT_FIELDS,
      field("period", "string", "Year, as printed."),
      field("target_krw", "integer", "Purchasing target in won.", "KRW"),
      field("target_printed", "string", "Target as printed."),
      field("actual_krw", "integer", "Purchasing result in won.", "KRW"),
      field("actual_printed", "string", "Result as printed."),
      field("rate_printed", "string", "Achievement rate as printed."),
      field("rate_printed_pct", "number", "Printed rate as a number.", "percent"),
      field("rate_recomputed_pct", "number", "actual ÷ target × 100, recomputed.", "percent"),
      field(
        "rate_check",
        "string",
        "match or mismatch: does the recomputed rate round to the printed one?",
      ),
      field("source_id", "string", "Source document."),
      field("source_kind", "string", "Kind of source."),
      field("page", "string", "Printed page or section."),
      field("target_fact_id", "string", "Target fact in facts.csv."),
      field("actual_fact_id", "string", "Result fact in facts.csv."),
      field("rate_fact_id", "string", "Printed-rate fact in facts.csv."),
    ],
    rows,
  };
}
