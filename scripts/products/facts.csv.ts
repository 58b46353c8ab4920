import type { Fact } from "../../contract/model.ts";
import { field, type Product } from "../../contract/product.ts";
import { deriveRows, factRow, mapEach } from "../../contract/rows.ts";

export const FACT_FIELDS = [
  field("fact_id", "string", "Stable id of the fact; cite it."),
  field(
    "district_code",
    "string",
    "Seoul administrative code (행정표준코드); 11000 is Seoul as a whole.",
  ),
  field("district_slug", "string", "URL slug of the district."),
  field("district_ko", "string", "District name in Korean."),
  field("district_en", "string", "District name in English."),
  field("period", "string", 'Period as printed: a year, a month, a date, or a span "2017/2020".'),
  field("period_start", "date", "First day the period covers."),
  field("period_end", "date", "Last day the period covers."),
  field("measure", "string", "What is measured (see measures.csv)."),
  field("measure_en", "string", "The measure in English."),
  field("category", "string", "Row or column label as printed (Korean)."),
  field("category_key", "string", "Stable key of the category (enterprise type, programme, …)."),
  field("category_ko", "string", "The category's Korean name, without extraction spaces."),
  field("category_en", "string", "The category in English."),
  field("funder", "string", "Funder as printed (국비 national, 시비 city, 구비 district), if any."),
  field("funder_key", "string", "Stable key of the funder."),
  field("funder_ko", "string", "The funder's Korean name."),
  field("funder_en", "string", "The funder in English."),
  field("status", "string", "plan, target or actual."),
  field(
    "value",
    "number",
    'Canonical value: money in won, others as printed; empty where "-" was printed.',
    "see column unit",
  ),
  field("unit", "string", "Canonical unit: KRW, count, percent, m2, months."),
  field("value_printed", "string", "The value exactly as printed."),
  field("unit_printed", "string", "The unit exactly as printed."),
  field(
    "qualifier",
    "string",
    "Empty where the print states the number plainly; approximate (약, 여), at_least (이상), more_than (초과), at_most (이하) or less_than (미만) where it does not.",
  ),
  field(
    "value_implied",
    "number",
    'Where the print implies another number than it prints ("바느질 외 9개 업체": 9 printed, ten meant): that number, recomputed from the printed value by implied_as, in the unit of value. Empty otherwise. value stays as printed; counts and sentences use this one.',
    "see column unit",
  ),
  field(
    "implied_as",
    "string",
    "How value_implied is recomputed from the print: add(N) or times(N), N in the printed unit.",
  ),
  field("implied_reason", "string", "Why the print implies value_implied."),
  field("is_total", "boolean", "The printed row or column is a total (계/합계)."),
  field("part_of", "string", "Ids of the printed totals this value is part of, separated by |."),
  field(
    "computed_as",
    "string",
    "For a printed rate or change: how it is recomputed, e.g. ratio(a,b).",
  ),
  field("source_id", "string", "Source document (see sources.csv)."),
  field(
    "source_kind",
    "string",
    "official-document, official-statistic, press-release, news-report or blog.",
  ),
  field(
    "page",
    "string",
    'Printed page number or range ("240", "239-243"); empty where the document prints none (articles, unpaged plans).',
  ),
  field("section", "string", "Section or table heading, as printed (Korean), where there is one."),
  field("caption", "string", "Caption of the printed table."),
  field("note", "string", "Judgement calls made in transcribing this value."),
];

export function factsTable(facts: readonly Fact[]): Product {
  // One row per fact, made when written (contract/rows.ts): not held beside model.facts.
  const table = {
    name: "facts",
    title_ko: "모든 숫자 (한 행에 숫자 하나)",
    title_en: "Every fact (one printed number a row)",
    description_ko:
      "원문 문서에서 옮겨 적은 모든 숫자. 문서에 적힌 그대로의 값과 환산 값, 출처와 쪽이 함께 있습니다.",
    description_en:
      "Every number transcribed from the source documents, as printed and normalised, with its source and page.",
    fields: FACT_FIELDS,
  };
  return deriveRows(table, facts.length, () => mapEach(facts, factRow));
}
