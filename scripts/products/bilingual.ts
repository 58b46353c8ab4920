/**
 * Every label that reaches a page or a CSV in both languages: categories,
 * funders, measures, source kinds, licence notes and notes, check
 * explanations and project names. A missing one stops the build, naming it,
 * the way a missing Korean field meaning does (./index.ts).
 */
import type { Check } from "../../contract/check.ts";
import { SOURCE_KINDS } from "../../contract/enums.ts";
import type { Model } from "../../contract/model.ts";
import { KIND_WORDS } from "../claims/words.ts";

const blank = (s: string | undefined | null) => (s ?? "").trim() === "";

/** The labels missing in the model and the checks, each named; [] when every label has both languages. */
export function missingLabels(model: Model, checks: readonly Check[]): string[] {
  const out: string[] = [];
  const both = (what: string, ko: string, en: string) => {
    if (blank(ko)) out.push(`${what}: Korean`);
    if (blank(en)) out.push(`${what}: English`);
  };
  for (const l of model.labels) both(`label "${l.label}" (${l.key})`, l.name_ko, l.name_en);
  for (const m of model.measures) both(`measure "${m.id}"`, m.name_ko, m.name_en);
  for (const k of SOURCE_KINDS) both(`source kind "${k}"`, KIND_WORDS[k]?.ko, KIND_WORDS[k]?.en);
  for (const s of model.sources) {
    both(`source "${s.id}" title`, s.title_ko, s.title_en);
    both(`source "${s.id}" licence`, s.licence_ko, s.licence_en);
    if (!blank(s.note_ko) || !blank(s.note_en)) both(`source "${s.id}" note`, s.note_ko, s.note_en);
  }
  // One line per label, not per fact: the first fact that shows it is named.
  const seen = new Set<string>();
  for (const f of model.facts) {
    const checksOf = [
      ["category", f.category, f.category_ko, f.category_en],
      ["funder", f.funder, f.funder_ko, f.funder_en],
    ] as const;
    for (const [what, printed, ko, en] of checksOf) {
      if (blank(printed) || seen.has(`${what}|${printed}`)) continue;
      seen.add(`${what}|${printed}`);
      both(`${what} "${printed}" (fact ${f.id}, ${f.input_file})`, ko, en);
    }
  }
  for (const p of model.participation)
    if (!blank(p.project_ko) || !blank(p.project_en))
      both(`project of ${p.district_slug} in "${p.round}"`, p.project_ko, p.project_en);
  for (const c of checks)
    both(`explanation of check "${c.check_id}"`, c.explanation_ko, c.explanation_en);
  return out;
}

export function assertBilingual(model: Model, checks: readonly Check[]): void {
  const missing = missingLabels(model, checks);
  if (missing.length > 0)
    throw new Error(
      `labels missing a language (add them in data/labels.csv, data/measures.csv, data/sources.csv or the module that writes them):\n  ${missing.join("\n  ")}`,
    );
}
