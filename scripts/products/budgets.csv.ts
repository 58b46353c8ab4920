/** budgets.csv: every printed budget line and special-zone grant. */
import * as aq from "arquero";
import { tableFrom } from "./tableFrom.ts";
import type { Fact } from "../../contract/model.ts";
import {
  DISTRICT_FIELDS,
  field,
  type Field,
  type Product,
  type ProductRow,
} from "../../contract/product.ts";

const BUDGET_MEASURES = new Set(["budget", "special_zone_grant"]);

export const yearOf = (f: Fact) =>
  f.period_start !== "" && f.period_start.slice(0, 4) === f.period_end.slice(0, 4)
    ? Number(f.period_start.slice(0, 4))
    : null;

export const LINE_FIELDS: Field[] = [
  ...DISTRICT_FIELDS,
  field("period", "string", "Period as printed."),
  field("year", "integer", "The calendar year, where the period lies within one."),
  field("measure", "string", "budget, or special_zone_grant for Seoul's special-zone grants."),
  field("programme_ko", "string", "Programme (budget line) as printed."),
  field("programme_key", "string", "Stable key of the programme."),
  field("programme_en", "string", "Programme in English."),
  field("funder_ko", "string", "Funder as printed, if any."),
  field(
    "funder_key",
    "string",
    "national, city, district, other, national_city, or all for a printed total.",
  ),
  field("funder_en", "string", "Funder in English."),
  field("status", "string", "plan (budgeted) or actual (executed)."),
  field("value_krw", "integer", 'Amount in won; empty where "-" was printed.', "KRW"),
  field("value_printed", "string", "Amount as printed."),
  field("unit_printed", "string", "Unit as printed."),
  field(
    "qualifier",
    "string",
    "Empty where the amount is printed plainly; approximate (약, 여) or a bound (이상 …) where it is not.",
  ),
  field("is_total", "boolean", "The printed line is a total."),
  field("caption", "string", "Caption of the printed table (what the budget covers)."),
  field("source_id", "string", "Source document."),
  field("source_kind", "string", "Kind of source."),
  field("page", "string", "Printed page or section."),
  field("fact_id", "string", "The fact in facts.csv."),
];

export function lineRow(f: Fact): ProductRow {
  return {
    district_code: f.district_code,
    district_slug: f.district_slug,
    district_ko: f.district_ko,
    district_en: f.district_en,
    period: f.period,
    year: yearOf(f),
    measure: f.measure,
    programme_ko: f.category,
    programme_key: f.category_key,
    programme_en: f.category_en,
    funder_ko: f.funder,
    funder_key: f.funder_key,
    funder_en: f.funder_en,
    status: f.status,
    value_krw: f.value,
    value_printed: f.value_printed,
    unit_printed: f.unit_printed,
    qualifier: f.qualifier,
    is_total: f.is_total,
    caption: f.caption,
    source_id: f.source_id,
    source_kind: f.source_kind,
    page: f.page,
    fact_id: f.id,
  };
}

/** Every printed budget line: district, year, programme, funder, plan or actual. */
export function budgetLines(facts: readonly Fact[]): Product {
  return {
    name: "budgets",
    title_ko: "사회적경제 예산 (사업·재원·연도별)",
    title_en: "Social-economy budgets by programme, funder and year",
    description_ko:
      "문서에 적힌 모든 예산 항목과 특구 지원금 (자치구·기간·사업·재원별, 계획 또는 집행). 같은 돈을 두 표에 적은 문서가 있으니(`facts.csv`의 `note` 열), 서로 다른 표(`caption`)의 항목을 더하지 마세요.",
    description_en:
      "Every printed budget line and special-zone grant, by district, period, programme and funder, planned or executed. Some documents print the same money in two tables (see each row's note in facts.csv): don't add lines across captions.",
    fields: LINE_FIELDS,
    rows: facts.filter((f) => BUDGET_MEASURES.has(f.measure)).map(lineRow),
  };
}
