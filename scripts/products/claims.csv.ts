/**
 * claims.csv: every sentence of the site that states a number, with the
 * values it states, how each is derived, the facts it rests on and its text
 * in both languages. Built by scripts/claims/.
 */
import type { Check } from "../../contract/check.ts";
import type { Claim } from "../../contract/claims.ts";
import type { Model } from "../../contract/model.ts";
import { DISTRICT_FIELDS, field, type Product } from "../../contract/product.ts";
import { buildClaims } from "../claims/buildClaims.ts";

export const CLAIM_FIELDS = [
  field(
    "claim_id",
    "string",
    'Stable id of the claim; the page marks its sentence with data-claim="<id>".',
  ),
  field(
    "scope",
    "string",
    "Where the claim is shown: home, districts (the index), district, about, data, compare (a comparison page, named in the id), or chart (a chart's takeaway, text alternative or unit line, wherever the chart is drawn).",
  ),
  field("order", "integer", "Order of the claim on its page."),
  field(
    "chart_id",
    "string",
    "For a chart's sentence: the chart (see charts/<id>.csv); else empty.",
  ),
  ...DISTRICT_FIELDS,
  field("template", "string", "Template id: claims of one kind share it."),
  field(
    "values",
    "string",
    "JSON list of the values the sentence states: name, value, unit, qualifier, derivation (fact:<id>, parts:<id>, recomputed:<id>, sum:…, share:…, per10k:<count>/<population>, rank:…, size:…, distinct:…, unofficial:…, mismatches:…, tally:<site count>; see contract/claims.ts).",
  ),
  field(
    "comparisons",
    "string",
    "JSON list of comparison words (rose, fell, unchanged, largest, latest, only, largest_gap), the values they compare and, where named, the contenders (among).",
  ),
  field("dates", "string", "The periods the sentence states, separated by spaces."),
  field("fact_ids", "string", "The facts the claim rests on, separated by spaces (see facts.csv)."),
  field("text_ko", "string", "The sentence in Korean, as the page shows it."),
  field("text_en", "string", "The sentence in English, as the page shows it."),
];

export function claimRows(claims: readonly Claim[]) {
  return claims.map((c) => ({
    claim_id: c.id,
    scope: c.scope,
    order: c.order,
    chart_id: c.chart_id,
    district_code: c.district_code,
    district_slug: c.district_slug,
    district_ko: c.district_ko,
    district_en: c.district_en,
    template: c.template,
    values: JSON.stringify(c.values),
    comparisons: JSON.stringify(c.comparisons),
    dates: c.dates.join(" "),
    fact_ids: c.fact_ids.join(" "),
    text_ko: c.text_ko,
    text_en: c.text_en,
  }));
}

/** The claims, made after the chart datasets: a chart's sentences are written from the rows it draws. */
export function claimsTable(
  model: Model,
  checks: readonly Check[],
  charts: readonly Product[],
): Product {
  return {
    name: "claims",
    title_ko: "사이트의 숫자 문장",
    title_en: "Every sentence of the site that states a number (claims)",
    description_ko:
      "사이트가 보여 주는, 숫자가 들어간 모든 문장. 문장이 말하는 값과 그 값을 얻는 방법, 근거가 된 자료 ID, 한국어와 영어 문장이 함께 있습니다.",
    description_en:
      "Every sentence with a number that the site shows: the values it states and how each is derived, the facts it rests on, and the sentence in Korean and English.",
    fields: CLAIM_FIELDS,
    rows: claimRows(buildClaims(model, checks, charts)),
  };
}
