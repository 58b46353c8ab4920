/** measures.csv: what the facts measure. */
import type { Model } from "../../contract/model.ts";
import { field, type Product, type ProductRow } from "../../contract/product.ts";

export function measuresTable(model: Model): Product {
  return {
    name: "measures",
    title_ko: "지표",
    title_en: "Measures",
    description_ko: "숫자가 재는 지표와 그 정의.",
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
