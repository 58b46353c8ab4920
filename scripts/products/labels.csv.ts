/** labels.csv: every printed category or funder label, its key and its names. */
import type { Model } from "../../contract/model.ts";
import { field, type Product } from "../../contract/product.ts";

export function labelsTable(model: Model): Product {
  return {
    name: "labels",
    title_ko: "분류 이름",
    title_en: "Category and funder labels",
    description_ko: "문서에 적힌 모든 분류·재원 이름과 그 고정 키, 영어 이름.",
    description_en: "Every printed category or funder label, its stable key and its English name.",
    fields: [
      field("label", "string", "Label as printed."),
      field("key", "string", "Stable key."),
      field("name_ko", "string", "Clean Korean name (extraction spaces removed)."),
      field("name_en", "string", "English name."),
    ],
    rows: [...model.labels]
      .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .map((l) => ({ ...l })),
  };
}
