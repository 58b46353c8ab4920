/** sources.csv: every source document and statistic, as data/sources.csv declares them. */
import type { Model } from "../../contract/model.ts";
import { field, type Product, type ProductRow } from "../../contract/product.ts";

export function sourcesTable(model: Model): Product {
  return {
    name: "sources",
    title_ko: "출처 문서",
    title_en: "Sources",
    description_ko: "숫자를 가져온 모든 출처 문서와 통계.",
    description_en: "Every source document and statistic the facts come from.",
    fields: [
      field("id", "string", "Source id used by facts."),
      field(
        "kind",
        "string",
        "official-document, official-statistic, press-release, news-report or blog.",
      ),
      field("title_ko", "string", "Title in Korean."),
      field("title_en", "string", "Title in English."),
      field("publisher_ko", "string", "Publisher in Korean."),
      field("publisher_en", "string", "Publisher in English."),
      field("date", "string", "Publication or reference date, as precise as known."),
      field("seed_file", "string", "Extracted text the transcription was made from."),
      field("url", "string", "Where the document can be found, if known."),
      field("url_note", "string", "Why there is no address, where url is empty."),
      field(
        "secondary",
        "boolean",
        "true when the figures were read in a blog or another secondary copy, not from the publisher.",
      ),
      field("licence_ko", "string", "What is known of the document's licence, in Korean."),
      field("licence_en", "string", "What is known of the document's licence, in English."),
      field("note_ko", "string", "Notes on the source, in Korean."),
      field("note_en", "string", "Notes on the source, in English."),
    ],
    rows: model.sources.map((s) => ({ ...s }) as ProductRow),
  };
}
