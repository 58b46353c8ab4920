/**
 * The products stage: every public data product, each built once, in the
 * order they are published. Chart datasets are cut from the products built
 * before them. Every product and field carries its words in both languages;
 * a missing one stops the build with its name.
 */
import type { Model } from "../../contract/model.ts";
import type { Check } from "../../contract/check.ts";
import { productPath, type Product } from "../../contract/product.ts";
import { factsTable } from "./facts.csv.ts";
import { reconciliationTable } from "./reconciliation.csv.ts";
import { sourcesTable } from "./sources.csv.ts";
import { districtsTable } from "./districts.csv.ts";
import { measuresTable } from "./measures.csv.ts";
import { labelsTable } from "./labels.csv.ts";
import { participationTable } from "./special-zone-rounds.csv.ts";
import { enterprises } from "./enterprises.csv.ts";
import { budgetLines } from "./budgets.csv.ts";
import { budgetYears } from "./budget-years.csv.ts";
import { purchasing } from "./purchasing.csv.ts";
import { districtProfiles } from "./district-profiles.csv.ts";
import { claimsTable } from "./claims.csv.ts";
import { chartDatasets } from "./charts/index.ts";
import { FIELD_MEANINGS_KO } from "./fieldMeaningsKo.ts";
import { assertBilingual } from "./bilingual.ts";

/** Fills each field's Korean meaning from the one dictionary ("<product>/<field>" first, then the field name). */
function withKoreanFields(p: Product): Product {
  const key = productPath(p).replace(/\.csv$/, "");
  const missing: string[] = [];
  for (const text of [p.title_ko, p.title_en, p.description_ko, p.description_en]) {
    if (text.trim() === "") missing.push("title or description");
  }
  const fields = p.fields.map((f) => {
    const ko = FIELD_MEANINGS_KO[`${key}/${f.name}`] ?? FIELD_MEANINGS_KO[f.name];
    if (!ko) missing.push(`Korean meaning of field "${f.name}"`);
    return { ...f, description_ko: ko ?? "" };
  });
  if (missing.length > 0)
    throw new Error(
      `product ${productPath(p)}: missing ${missing.join(", ")} (add it in scripts/products/fieldMeaningsKo.ts or the product module)`,
    );
  // Set in place, not spread: a spread would make the rows of facts and reconciliation, which
  // are made only when written (contract/rows.ts).
  p.fields = fields;
  return p;
}

export function buildProducts(model: Model, checks: readonly Check[]): Product[] {
  assertBilingual(model, checks);
  const base = [
    factsTable(model.facts),
    reconciliationTable(checks),
    sourcesTable(model),
    districtsTable(model),
    measuresTable(model),
    labelsTable(model),
    participationTable(model),
    enterprises(model.facts, checks),
    budgetLines(model.facts),
    budgetYears(model.facts),
    purchasing(model.facts, checks),
    districtProfiles(model.districts, model.facts, model.participation, checks),
  ];
  const charts = chartDatasets(base);
  return [...base, claimsTable(model, checks, charts), ...charts].map(withKoreanFields);
}
