import * as aq from "arquero";
import { tableFrom } from "./tableFrom.ts";
import type { Fact } from "../lib/model.ts";
import { DISTRICT_FIELDS, field, type Field, type Product, type ProductRow } from "./product.ts";

const BUDGET_MEASURES = new Set(["budget", "special_zone_grant"]);

const yearOf = (f: Fact) =>
  f.period_start !== "" && f.period_start.slice(0, 4) === f.period_end.slice(0, 4)
    ? Number(f.period_start.slice(0, 4))
    : null;

const LINE_FIELDS: Field[] = [
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
  field("is_total", "boolean", "The printed line is a total."),
  field("caption", "string", "Caption of the printed table (what the budget covers)."),
  field("source_id", "string", "Source document."),
  field("source_kind", "string", "Kind of source."),
  field("page", "string", "Printed page or section."),
  field("fact_id", "string", "The fact in facts.csv."),
];

function lineRow(f: Fact): ProductRow {
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
    description_en:
      "Every printed budget line and special-zone grant, by district, period, programme and funder, planned or executed. Some documents print the same money in two tables (see each row's note in facts.csv): don't add lines across captions.",
    fields: LINE_FIELDS,
    rows: facts.filter((f) => BUDGET_MEASURES.has(f.measure)).map(lineRow),
  };
}

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
    title_ko: "자치구별·연도별 사회적경제 예산 총액 (인쇄된 합계)",
    title_en: "Social-economy budget totals by district and year (as printed)",
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
