/** special-zone-rounds.csv: which districts took part in each round of the special-zone programme. */
import type { Model } from "../../contract/model.ts";
import { field, type Product, type ProductRow } from "../../contract/product.ts";

export function participationTable(model: Model): Product {
  return {
    name: "special-zone-rounds",
    title_ko: "사회적경제 특구 선정 자치구",
    title_en: "Districts in the social-economy special-zone rounds",
    description_ko: "서울시 사회적경제 특구 사업의 차수마다 참여한 자치구와 그 사업.",
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
