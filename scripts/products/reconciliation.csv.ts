/**
 * reconciliation.csv: every check — printed totals, rates and changes against
 * their recomputation, and one source's figure against another's — with its
 * verdict, and whether it is a finding.
 */
import { VERDICTS, type Check } from "../../contract/check.ts";
import { field, type Product } from "../../contract/product.ts";
import { checkRow, deriveRows, mapEach } from "../../contract/rows.ts";

export function reconciliationTable(checks: readonly Check[]): Product {
  // One row per check, made when written (contract/rows.ts): not held beside the checks.
  const table = {
    name: "reconciliation",
    title_ko: "검증 결과 (합계·비율·증감 재계산, 출처끼리 비교)",
    title_en:
      "Reconciliation: printed totals and rates against their recomputation, and sources against each other",
    description_ko:
      "문서에 적힌 합계는 항목을 더한 값과(줄마다, 열마다, 줄 합계를 모두 더한 값과), 비율은 실적 ÷ 목표 × 100과, 증감은 새 값 − 옛 값과 비교했습니다. 같은 구·기간·항목을 적은 두 출처도 서로 비교했습니다. 판정(`verdict`)은 일치, 반올림 범위, 불일치, 추출 누락, 어림값, 확인 불가 가운데 하나이고, 불일치만 문서의 문제(`is_finding`)로 셉니다. 문서에 적힌 값은 고치지 않습니다.",
    description_en:
      "Every printed total compared with each way its parts add up (parts in rows, parts in columns, line totals against the grand total), every printed rate with result ÷ target × 100, every printed change with new − old, and every figure with the same figure in another source. Each check has a verdict (match, within_rounding, mismatch, extraction_gap, approximate, not_checkable); only a mismatch is a finding about the documents. The printed numbers are kept as printed.",
    fields: [
      field("check_id", "string", "Stable id of the check."),
      field("kind", "string", "sum, ratio, diff or cross_source."),
      field(
        "fact_id",
        "string",
        "The printed total, rate or change; for cross_source, the first source's fact.",
      ),
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
      field(
        "computed",
        "number",
        "Recomputed value (for cross_source: the other source's value), canonical unit.",
        "see column unit",
      ),
      field("difference", "number", "printed − computed.", "see column unit"),
      field("unit", "string", "Canonical unit (rates: percent)."),
      field(
        "result",
        "string",
        "match, mismatch or not_checkable, derived from verdict (kept for compatibility).",
      ),
      field("verdict", "string", `One of ${VERDICTS.join(", ")}.`),
      field(
        "is_finding",
        "boolean",
        "True for a mismatch: the document contradicts itself or another source.",
      ),
      field(
        "parts_by",
        "string",
        "For sum: what the parts differ in from the total (category, period, funder …).",
      ),
      field(
        "inputs",
        "string",
        "Ids of the facts used in the recomputation (cross_source: the other fact).",
      ),
      field("other_fact_id", "string", "For cross_source: the other source's fact."),
      field("other_source_id", "string", "For cross_source: the other source."),
      field("other_value_printed", "string", "For cross_source: the other value as printed."),
      field("other_unit_printed", "string", "For cross_source: the other unit as printed."),
      field("other_page", "string", "For cross_source: the other printed page or section."),
      field(
        "evidence",
        "string",
        "For extraction_gap: the check whose printed total shows the lost value.",
      ),
      field("explanation_en", "string", "What the check found, in English."),
      field("explanation_ko", "string", "What the check found, in Korean."),
      field("source_id", "string", "Source document."),
      field("page", "string", "Printed page or section."),
    ],
  };
  return deriveRows(table, checks.length, () => mapEach(checks, checkRow));
}
