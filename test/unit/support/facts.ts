import type { Fact } from "../../../contract/model.ts";

/** A complete Fact with neutral defaults; tests override what they are about. */
export function fact(over: Partial<Fact> & Pick<Fact, "id">): Fact {
  return {
    district_code: "11290",
    district_slug: "seongbuk",
    district_ko: "성북구",
    district_en: "Seongbuk-gu",
    period: "2017",
    period_start: "2017-01-01",
    period_end: "2017-12-31",
    measure: "enterprises",
    measure_en: "Enterprises",
    measure_kind: "count",
    category: "계",
    category_key: "all",
    category_ko: "계",
    category_en: "Total",
    funder: "",
    funder_key: "",
    funder_ko: "",
    funder_en: "",
    status: "actual",
    value: 0,
    unit: "count",
    value_printed: "0",
    unit_printed: "개",
    qualifier: "",
    value_implied: null,
    implied_as: "",
    implied_reason: "",
    decimals: 0,
    is_total: false,
    part_of: [],
    computed_as: "",
    source_id: "src",
    source_kind: "official-document",
    page: "1",
    section: "",
    caption: "",
    note: "",
    input_file: "facts/x.csv",
    input_line: 2,
    ...over,
  };
}

/** A printed rate in percent. */
export function rate(
  id: string,
  value: number | null,
  decimals: number,
  computed_as: string,
): Fact {
  return fact({
    id,
    measure: "purchasing_rate",
    measure_kind: "rate",
    unit: "percent",
    unit_printed: "%",
    value,
    value_printed: value === null ? "-" : `${value}%`,
    decimals,
    computed_as,
  });
}

/** A money amount in won. */
export function won(id: string, value: number | null, over: Partial<Fact> = {}): Fact {
  return fact({
    id,
    measure: "budget",
    measure_kind: "money",
    unit: "KRW",
    unit_printed: "원",
    value,
    value_printed: value === null ? "-" : String(value),
    ...over,
  });
}
