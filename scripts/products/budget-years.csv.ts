/** budget-years.csv: the budget totals each document prints for a single year. */
import * as aq from "arquero";
import { tableFrom } from "./tableFrom.ts";
import type { Fact } from "../../contract/model.ts";
import { field, type Product, type ProductRow } from "../../contract/product.ts";
import { LINE_FIELDS, lineRow, yearOf } from "./budgets.csv.ts";

/**
 * One printed total per district, year and status: the totals over all
 * programmes or all funders that a document prints for a single year and
 * that are not themselves part of another single-year total. Only printed totals are used, never sums of lines, so a
 * table printed twice is not counted twice.
 */
export function budgetYears(facts: readonly Fact[]): Product {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const candidates = facts.filter(
    (f) =>
      f.measure === "budget" &&
      f.is_total &&
      // A total over all programmes or all funders, not one programme's own total.
      (f.category_key === "all" || f.funder_key === "all") &&
      f.value !== null &&
      yearOf(f) !== null &&
      !f.part_of.some((p) => {
        const parent = byId.get(p);
        return parent !== undefined && yearOf(parent) !== null;
      }),
  );
  const table = tableFrom(
    candidates.map(lineRow),
    LINE_FIELDS.map((f) => f.name),
  )
    .orderby("district_code", "year", "status", "source_id", "fact_id")
    .derive({ scope_en: (d: { caption: string }) => d.caption });
  // Several printed totals for one district and year (two tables) are kept apart by caption.
  const counted = table
    .groupby("district_code", "year", "status")
    .derive({ totals_that_year: aq.op.count() });
  return {
    name: "budget-years",
    title_ko: "자치구별·연도별 사회적경제 예산 총액 (문서의 합계)",
    title_en: "Social-economy budget totals by district and year (as printed)",
    description_ko:
      "자치구·연도마다 문서에 적힌 예산 총액 (계획 또는 집행). 총액이 담는 범위가 문서마다 달라(부서 전체 예산, 기본계획, 센터 하나) 자치구를 비교하기 전에 표 제목(`caption` 열)을 읽어야 합니다.",
    description_en:
      "For each district and year, the budget totals the documents print for that year (plan or executed). Totals from different documents cover different things — a division's whole budget, a master plan, one centre — so read the caption before comparing districts.",
    fields: [
      ...LINE_FIELDS,
      field("scope_en", "string", "What the total covers (the table's caption)."),
      field(
        "totals_that_year",
        "integer",
        "How many printed totals the district has for that year and status.",
      ),
    ],
    rows: counted.objects() as ProductRow[],
  };
}
