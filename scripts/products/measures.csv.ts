/** measures.csv: what the facts measure. */
import type { Model } from "../../contract/model.ts";
import { field, type Product, type ProductRow } from "../../contract/product.ts";

export function measuresTable(model: Model): Product {
  return {
    name: "measures",
    title_ko: "측정 항목",
    title_en: "Measures",
    description_ko: "사실이 측정하는 항목과 그 정의.",
    description_en: "What the facts measure.",
    fields: [
      field("id", "string", "Measure id."),
      field("name_ko", "string", "Name in Korean."),
      field("name_en", "string", "Name in English."),
      field("kind", "string", "money, count, rate or area."),
      field("description_ko", "string", "Definition, in Korean."),
      field("description_en", "string", "Definition."),
    ],
    rows: model.measures.map((m) => ({ ...m }) as ProductRow),
  };
}
