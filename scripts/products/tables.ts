/** The reference tables published as they are: districts, sources, measures, labels, programme rounds, checks. */
import type { Model } from "../lib/model.ts";
import type { Check } from "../lib/reconcile.ts";
import { field, type Product, type ProductRow } from "./product.ts";

export function districtsTable(model: Model): Product {
  return {
    name: "districts",
    title_ko: "자치구",
    title_en: "Districts",
    description_en:
      "Seoul's 25 districts and Seoul as a whole: codes, names, spellings accepted in input, map position.",
    fields: [
      field("code", "string", "Seoul administrative code (행정표준코드)."),
      field("slug", "string", "URL slug."),
      field("name_ko", "string", "Name in Korean."),
      field("name_en", "string", "Name in English."),
      field("aliases", "string", "Other accepted spellings, | separated."),
      field("tile_row", "integer", "Row on the tile-grid map."),
      field("tile_col", "integer", "Column on the tile-grid map."),
    ],
    rows: model.districts.map((d) => ({
      code: d.code,
      slug: d.slug,
      name_ko: d.name_ko,
      name_en: d.name_en,
      aliases: d.aliases.join("|"),
      tile_row: d.tile_row,
      tile_col: d.tile_col,
    })),
  };
}

export function sourcesTable(model: Model): Product {
  return {
    name: "sources",
    title_ko: "출처 문서",
    title_en: "Sources",
    description_en: "Every source document and statistic the facts come from.",
    fields: [
      field("id", "string", "Source id used by facts."),
      field(
        "kind",
        "string",
        "official-document, official-statistic, press-release or news-report.",
      ),
      field("title_ko", "string", "Title in Korean."),
      field("title_en", "string", "Title in English."),
      field("publisher_ko", "string", "Publisher in Korean."),
      field("publisher_en", "string", "Publisher in English."),
      field("date", "string", "Publication or reference date, as precise as known."),
      field("seed_file", "string", "Extracted text the transcription was made from."),
      field("url", "string", "Where the document can be found, if known."),
      field("licence", "string", "What is known of the document's licence."),
      field("note", "string", "Notes on the source."),
    ],
    rows: model.sources.map((s) => ({ ...s }) as ProductRow),
  };
}

export function measuresTable(model: Model): Product {
  return {
    name: "measures",
    title_ko: "측정 항목",
    title_en: "Measures",
    description_en: "What the facts measure.",
    fields: [
      field("id", "string", "Measure id."),
      field("name_ko", "string", "Name in Korean."),
      field("name_en", "string", "Name in English."),
      field("kind", "string", "money, count, rate or area."),
      field("description_en", "string", "Definition."),
    ],
    rows: model.measures.map((m) => ({ ...m }) as ProductRow),
  };
}

export function labelsTable(model: Model): Product {
  return {
    name: "labels",
    title_ko: "분류 이름",
    title_en: "Category and funder labels",
    description_en: "Every printed category or funder label, its stable key and its English name.",
    fields: [
      field("label", "string", "Label as printed."),
      field("key", "string", "Stable key."),
      field("name_en", "string", "English name."),
    ],
    rows: [...model.labels]
      .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .map((l) => ({ ...l })),
  };
}

export function participationTable(model: Model): Product {
  return {
    name: "special-zone-rounds",
    title_ko: "사회적경제 특구 선정 자치구",
    title_en: "Districts in the social-economy special-zone rounds",
    description_en:
      "Which districts took part in each round of Seoul's social-economy special-zone programme (사회적경제 특구), with their projects.",
    fields: [
      field("programme", "string", "Programme id."),
      field("round", "string", "Round, as printed."),
      field("stage", "string", "preparatory or main."),
      field("district_code", "string", "Seoul administrative code."),
      field("district_slug", "string", "URL slug of the district."),
      field("district_ko", "string", "District name in Korean."),
      field("district_en", "string", "District name in English."),
      field("period", "string", "Period of the round."),
      field("project_ko", "string", "Project name as printed."),
      field("project_en", "string", "Project name in English."),
      field("source_id", "string", "Source document."),
      field("page", "string", "Printed page."),
      field("note", "string", "Judgement calls."),
    ],
    rows: model.participation.map((p) => ({ ...p }) as ProductRow),
  };
}

export function reconciliationTable(checks: readonly Check[]): Product {
  return {
    name: "reconciliation",
    title_ko: "검증: 인쇄된 합계와 비율 대 재계산",
    title_en: "Reconciliation: printed totals and rates against their recomputation",
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
