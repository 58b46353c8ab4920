/** reconciliation.csv: every check of a printed total, rate or change against its recomputation. */
import type { Check } from "../../contract/check.ts";
import { field, type Product, type ProductRow } from "../../contract/product.ts";

export function reconciliationTable(checks: readonly Check[]): Product {
  return {
    name: "reconciliation",
    title_ko: "검증: 인쇄된 합계와 비율 대 재계산",
    title_en: "Reconciliation: printed totals and rates against their recomputation",
    description_ko:
      "인쇄된 합계마다 인쇄된 항목의 합과, 인쇄된 비율마다 실적 ÷ 목표 × 100과, 인쇄된 증감마다 새 값 − 옛 값과 비교한 결과. 불일치는 문서에 대한 발견일 뿐, 인쇄된 숫자는 그대로 둡니다.",
    description_en:
      "Every printed total compared with the sum of its printed parts, every printed rate with result ÷ target × 100, every printed change with new − old. A mismatch is a finding about the document: the printed number is kept as printed.",
    fields: [
      field("check_id", "string", "Stable id of the check."),
      field("kind", "string", "sum, ratio or diff."),
      field("fact_id", "string", "The printed total, rate or change."),
      field("district_code", "string", "Seoul administrative code."),
      field("district_slug", "string", "URL slug."),
      field("district_ko", "string", "District in Korean."),
      field("district_en", "string", "District in English."),
      field("period", "string", "Period as printed."),
      field("measure", "string", "Measure."),
      field("category", "string", "Category as printed."),
      field("category_en", "string", "Category in English."),
      field("funder", "string", "Funder as printed."),
      field("status", "string", "plan, target or actual."),
      field("value_printed", "string", "The value as printed."),
      field("unit_printed", "string", "The unit as printed."),
      field("printed", "number", "Printed value, canonical unit.", "see column unit"),
      field("computed", "number", "Recomputed value, canonical unit.", "see column unit"),
      field("difference", "number", "printed − computed.", "see column unit"),
      field("unit", "string", "Canonical unit (rates: percent)."),
      field("result", "string", "match, mismatch or not_checkable."),
      field("inputs", "string", "Ids of the facts used in the recomputation."),
      field("explanation_en", "string", "What the check found, in a sentence."),
      field("source_id", "string", "Source document."),
      field("page", "string", "Printed page or section."),
    ],
    rows: checks.map((c) => ({ ...c }) as ProductRow),
  };
}
