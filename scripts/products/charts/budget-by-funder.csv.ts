/**
 * charts/budget-by-funder.csv: budget lines that print a funder, added up by district,
 * year, funder and table. Lines of different tables (captions) are never added together.
 */
import * as aq from "arquero";
import { CHART_DEFINITIONS } from "../../../contract/charts.ts";
import { CITY_CODE } from "../../../contract/districts.ts";
import { field, type Product, type ProductRow } from "../../../contract/product.ts";
import { tableFrom } from "../tableFrom.ts";
import { fieldsOf, rowsOf, str } from "./chartRows.ts";

const GROUP = [
  "district_code",
  "district_slug",
  "district_ko",
  "district_en",
  "year",
  "funder_key",
  "funder_ko",
  "funder_en",
  "caption",
  "source_id",
];
const FUNDERS = new Set(["national", "city", "district", "other", "national_city"]);

export function budgetByFunder(base: readonly Product[]): Product {
  const lines = rowsOf(base, "budgets").filter(
    (r) =>
      r.measure === "budget" &&
      r.is_total === false &&
      FUNDERS.has(str(r, "funder_key")) &&
      r.year !== null &&
      r.value_krw !== null &&
      r.district_code !== CITY_CODE,
  );
  const rows = tableFrom(
    lines.map((r) => ({ ...r })),
    fieldsOf(base, "budgets", [...GROUP, "value_krw", "page", "fact_id"]).map((f) => f.name),
  )
    .groupby(...GROUP)
    .rollup({
      value_krw: aq.op.sum("value_krw"),
      lines: aq.op.count(),
      page: aq.op.min("page"),
      fact_ids: aq.op.array_agg("fact_id"),
    })
    .orderby("district_code", "caption", "year", "funder_key")
    .objects()
    .map((r) => {
      const row = r as ProductRow & { fact_ids: string[] };
      return { ...row, fact_ids: [...row.fact_ids].sort().join(" ") };
    }) as ProductRow[];
  return {
    name: "budget-by-funder",
    folder: "charts",
    ...CHART_DEFINITIONS["budget-by-funder"],
    fields: [
      field("district_code", "string", "Seoul administrative code."),
      field("district_slug", "string", "URL slug."),
      field("district_ko", "string", "District in Korean."),
      field("district_en", "string", "District in English."),
      field("year", "integer", "Year."),
      field("funder_key", "string", "national, city, district, other or national_city."),
      field("funder_ko", "string", "Funder as printed (시, 시비, 국비 …)."),
      field("funder_en", "string", "Funder in English."),
      field("caption", "string", "The printed table the lines come from."),
      field("source_id", "string", "Source document."),
      field("value_krw", "integer", "Sum of the printed lines, won.", "KRW"),
      field("lines", "integer", "How many printed lines were added."),
      field("page", "string", "Printed page or section."),
      field(
        "fact_ids",
        "string",
        "The printed lines added up (see facts.csv), separated by spaces.",
      ),
    ],
    rows,
  };
}
