/**
 * The data of every chart on the site, exactly the rows each chart draws,
 * published as /data/charts/<id>.csv. Each is cut from the products; the
 * pages render them and never filter them further.
 */
import type { Model } from "../lib/model.ts";
import type { Check } from "../lib/reconcile.ts";
import { field, type Product, type ProductRow } from "../products/product.ts";
import { enterprises } from "../products/enterprises.ts";
import { budgetLines, budgetYears } from "../products/budgets.ts";
import { purchasing } from "../products/purchasing.ts";
import { factsTable } from "../products/factsTable.ts";
import { fieldsOf, firstPrinting, rowsOf } from "./chartRows.ts";
import * as aq from "arquero";
import { tableFrom } from "../products/tableFrom.ts";

const str = (r: ProductRow, k: string) => String(r[k] ?? "");

function chart(
  id: string,
  title_ko: string,
  title_en: string,
  description_en: string,
  base: Product[],
  from: string,
  names: string[],
  rows: ProductRow[],
): Product {
  return {
    name: id,
    folder: "charts",
    title_ko,
    title_en,
    description_en,
    fields: fieldsOf(base, from, names),
    rows: rows.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null]))),
  };
}

const ENTERPRISE_FIELDS = [
  "district_code",
  "district_slug",
  "district_ko",
  "district_en",
  "period",
  "type_key",
  "type_ko",
  "type_en",
  "count",
  "population",
  "population_period",
  "per_10k_residents",
  "share_of_seoul_pct",
  "source_id",
  "source_kind",
  "page",
  "fact_id",
];

// Lines of different tables (captions) are never added together.
const FUNDER_GROUP = [
  "district_code",
  "district_slug",
  "district_ko",
  "district_en",
  "year",
  "funder_key",
  "funder_en",
  "caption",
  "source_id",
];

export function chartDatasets(model: Model, checks: Check[]): Product[] {
  const base = [
    enterprises(model.facts),
    budgetLines(model.facts),
    budgetYears(model.facts),
    purchasing(model.facts, checks),
    factsTable(model.facts),
  ];
  const ent = rowsOf(base, "enterprises");

  // One date, one source, five places: the only like-for-like comparison of types the documents allow.
  const northeastTypes = new Set([
    "social_enterprise",
    "preliminary_social_enterprise",
    "village_enterprise",
    "general_cooperative",
    "social_cooperative",
  ]);
  const northeast = ent.filter(
    (r) =>
      r.period === "2017-03-01" &&
      r.source_id === "seongbuk-plan-2017" &&
      northeastTypes.has(str(r, "type_key")),
  );

  // Every printed total, each with its own date: drawn as separate marks, never ranked as if alike.
  const totals = firstPrinting(
    ent.filter(
      (r) =>
        r.is_total === true &&
        (r.type_key === "all" || r.type_key === "social_economy_organisation"),
    ),
    (r) =>
      `${str(r, "district_code")}|${str(r, "period")}|${str(r, "type_key")}|${str(r, "source_id")}|${str(r, "count")}`,
  );

  const years = rowsOf(base, "budget-years").filter(
    (r) => r.status === "plan" && r.district_code !== "11000",
  );

  const lines = rowsOf(base, "budgets");
  const funderKeys = new Set(["national", "city", "district", "other", "national_city"]);
  const byFunder = tableFrom(
    lines
      .filter(
        (r) =>
          r.measure === "budget" &&
          r.is_total === false &&
          funderKeys.has(str(r, "funder_key")) &&
          r.year !== null &&
          r.value_krw !== null &&
          r.district_code !== "11000",
      )
      .map((r) => ({ ...r })),
    fieldsOf(base, "budgets", [...FUNDER_GROUP, "value_krw", "page"]).map((f) => f.name),
  )
    .groupby(...FUNDER_GROUP)
    .rollup({ value_krw: aq.op.sum("value_krw"), lines: aq.op.count(), page: aq.op.min("page") })
    .orderby("district_code", "caption", "year", "funder_key")
    .objects() as ProductRow[];

  // Target against result, with the rate check: official documents only, so that press releases
  // and news reports (other scopes, other dates) are never drawn as if alike. They have their own chart.
  const official = new Set(["official-document", "official-statistic"]);
  const purchasingRows = rowsOf(base, "purchasing").filter(
    (r) => /^\d{4}$/.test(str(r, "period")) && official.has(str(r, "source_kind")),
  );

  // Every single-year purchasing figure of every kind, each point keeping its source kind. Where
  // two sources print the same figure (same place, year, status and value), it is drawn once: from
  // the official document if there is one, else from the earliest source; the repetition stays in
  // facts.csv.
  const yearly = rowsOf(base, "facts").filter(
    (r) => r.measure === "purchasing" && /^\d{4}$/.test(str(r, "period")),
  );
  const sameFigure = (r: ProductRow) =>
    `${str(r, "district_code")}|${str(r, "period")}|${str(r, "status")}|${str(r, "value")}`;
  const sourceDate = new Map(model.sources.map((s) => [s.id, s.date]));
  const series = firstPrinting(
    [...yearly].sort(
      (a, b) =>
        Number(!official.has(str(a, "source_kind"))) -
          Number(!official.has(str(b, "source_kind"))) ||
        (sourceDate.get(str(a, "source_id")) ?? "").localeCompare(
          sourceDate.get(str(b, "source_id")) ?? "",
        ) ||
        str(a, "fact_id").localeCompare(str(b, "fact_id")),
    ),
    sameFigure,
  ).sort(
    (a, b) =>
      str(a, "district_code").localeCompare(str(b, "district_code")) ||
      str(a, "period").localeCompare(str(b, "period")) ||
      str(a, "status").localeCompare(str(b, "status")) ||
      str(a, "fact_id").localeCompare(str(b, "fact_id")),
  );

  const specialZone = lines.filter(
    (r) =>
      r.district_code === "11000" &&
      r.source_id === "seoul-sez-2017" &&
      r.measure === "budget" &&
      r.is_total === false &&
      r.year !== null,
  );

  return [
    chart(
      "enterprises-northeast-2017",
      "동북4구와 서울의 유형별 사회적경제기업 수 (2017년 3월 1일)",
      "Social-economy enterprises by type: Seoul and the four north-east districts, 1 March 2017",
      "Counts by type at one date from one table (Seongbuk master plan), with per-10,000-resident figures against the 2017 Q1 registered population and each district's share of Seoul's count.",
      base,
      "enterprises",
      ENTERPRISE_FIELDS,
      northeast,
    ),
    chart(
      "enterprises-totals",
      "자치구별 사회적경제기업 총수 (인쇄된 합계, 기준일별)",
      "Total social-economy enterprises by district, as printed, with each figure's date",
      "Every printed total of social-economy enterprises or organisations, each with its own reference date and source. Figures of different dates and definitions are shown side by side, not ranked.",
      base,
      "enterprises",
      ENTERPRISE_FIELDS,
      totals,
    ),
    chart(
      "budget-years",
      "자치구별 연도별 사회적경제 예산 총액 (계획)",
      "Planned social-economy budget totals by district and year",
      "Printed budget totals for a single year, by district. Each covers what its table's caption says: a division's whole budget, a master plan, one centre.",
      base,
      "budget-years",
      [
        "district_code",
        "district_slug",
        "district_ko",
        "district_en",
        "year",
        "status",
        "value_krw",
        "value_printed",
        "unit_printed",
        "caption",
        "source_id",
        "page",
        "fact_id",
      ],
      years,
    ),
    {
      name: "budget-by-funder",
      folder: "charts",
      title_ko: "재원별 사회적경제 예산 (국비·시비·구비)",
      title_en: "Social-economy budgets by funder (national, city, district)",
      description_en:
        "Budget lines that print a funder, added up by district, year, funder and table (caption). Lines of different tables are never added together.",
      fields: [
        field("district_code", "string", "Seoul administrative code."),
        field("district_slug", "string", "URL slug."),
        field("district_ko", "string", "District in Korean."),
        field("district_en", "string", "District in English."),
        field("year", "integer", "Year."),
        field("funder_key", "string", "national, city, district, other or national_city."),
        field("funder_en", "string", "Funder in English."),
        field("caption", "string", "The printed table the lines come from."),
        field("source_id", "string", "Source document."),
        field("value_krw", "integer", "Sum of the printed lines, won.", "KRW"),
        field("lines", "integer", "How many printed lines were added."),
        field("page", "string", "Printed page or section."),
      ],
      rows: byFunder,
    },
    chart(
      "purchasing",
      "사회적경제제품 공공구매 목표와 실적",
      "Public purchasing of social-economy products: target and result",
      "Yearly purchasing targets and results with the achievement rate as printed and as recomputed.",
      base,
      "purchasing",
      [
        "district_code",
        "district_slug",
        "district_ko",
        "district_en",
        "period",
        "target_krw",
        "target_printed",
        "actual_krw",
        "actual_printed",
        "rate_printed",
        "rate_printed_pct",
        "rate_recomputed_pct",
        "rate_check",
        "source_id",
        "page",
        "target_fact_id",
        "actual_fact_id",
        "rate_fact_id",
      ],
      purchasingRows,
    ),
    chart(
      "purchasing-series",
      "사회적경제제품 공공구매 연도별 추이 (출처 종류별 표시)",
      "Public purchasing of social-economy products by year, each point marked by the kind of its source",
      "Every single-year purchasing target and result for Seoul as a whole and the districts, from official documents, press releases and news reports, one row per printed figure with its source kind. A figure printed by more than one source (same place, year, status and value) is drawn once, from the official document if there is one, else from the earliest source; every printing stays in facts.csv.",
      base,
      "facts",
      [
        "district_code",
        "district_slug",
        "district_ko",
        "district_en",
        "period",
        "status",
        "value",
        "value_printed",
        "unit_printed",
        "source_id",
        "source_kind",
        "page",
        "fact_id",
      ],
      series,
    ),
    chart(
      "special-zone-budget",
      "서울시 사회적경제 특구 사업비: 계획과 집행",
      "Seoul's social-economy special-zone programme: planned and executed budget",
      "Seoul city's yearly plan and execution for the special-zone programme, 2014 to June 2018.",
      base,
      "budgets",
      [
        "district_code",
        "district_ko",
        "district_en",
        "period",
        "year",
        "status",
        "value_krw",
        "value_printed",
        "unit_printed",
        "caption",
        "source_id",
        "page",
        "fact_id",
      ],
      specialZone,
    ),
  ];
}
