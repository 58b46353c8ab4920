/** districts.csv: Seoul's 25 districts and Seoul as a whole, as data/districts.csv declares them. */
import type { Model } from "../../contract/model.ts";
import { field, type Product } from "../../contract/product.ts";

export function districtsTable(model: Model): Product {
  return {
    name: "districts",
    title_ko: "자치구",
    title_en: "Districts",
    description_ko:
      "서울 25개 자치구와 서울 전체: 코드, 이름, 입력에서 받아들이는 표기, 지도 위치.",
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
