/**
 * Assembles one claim: formats its values, renders its template in both
 * languages, and refuses a claim whose every value is not in its text.
 */
import type { ChartId } from "../../contract/charts.ts";
import type { Claim, ClaimComparison, ClaimScope, ClaimValue } from "../../contract/claims.ts";
import { meantValue, type District, type Fact } from "../../contract/model.ts";
import { ClaimError } from "./claimError.ts";
import { formatClaimDate, formatClaimValue, formatOnDate, type Lang } from "./format.ts";
import { render } from "./render.ts";
import { TEMPLATES, type TemplateId } from "./templates.ts";

export interface ClaimSpec {
  id: string;
  scope: ClaimScope;
  /** The chart whose sentence this is (scope "chart"). */
  chart?: ChartId;
  district: Pick<District, "code" | "slug" | "name_ko" | "name_en">;
  template: TemplateId;
  values?: ClaimValue[];
  comparisons?: ClaimComparison[];
  /** Date slots: each becomes {slot} in both languages, and "on/in …" as {onSlot} in English. */
  dates?: Record<string, string>;
  facts?: readonly Fact[];
  /** Text slots that are not numbers: names, kinds, labels. */
  text?: { ko: Record<string, string>; en: Record<string, string> };
}

/** A value read straight off a fact (what the print means, see meantValue), with its qualifier. */
export function factValue(name: string, f: Fact, unit: ClaimValue["unit"]): ClaimValue {
  const value = meantValue(f);
  if (value === null) throw new ClaimError(name, `fact ${f.id} printed "-"`);
  return { name, value, unit, qualifier: f.qualifier, derivation: `fact:${f.id}` };
}

/** A site tally (exact: the site counts its own rows). */
export function tally(
  name: string,
  value: number,
  unit: ClaimValue["unit"],
  what: string,
): ClaimValue {
  return { name, value, unit, qualifier: "", derivation: `tally:${what}` };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function makeClaim(spec: ClaimSpec, order: number): Claim {
  const values = spec.values ?? [];
  const dates = spec.dates ?? {};
  const slots = (lang: Lang): Record<string, string> => {
    const out: Record<string, string> = { ...(spec.text?.[lang] ?? {}) };
    for (const v of values) out[v.name] = formatClaimValue(v, lang);
    for (const [slot, period] of Object.entries(dates)) {
      out[slot] = formatClaimDate(period, lang);
      const on = formatOnDate(period);
      out[`on${cap(slot)}`] = on;
      out[`On${cap(slot)}`] = cap(on);
    }
    return out;
  };
  const template = TEMPLATES[spec.template];
  const text_ko = render(spec.id, template.ko, slots("ko"));
  const text_en = render(spec.id, template.en, slots("en"));
  for (const v of values) {
    if (
      !text_ko.includes(formatClaimValue(v, "ko")) ||
      !text_en.includes(formatClaimValue(v, "en"))
    )
      throw new ClaimError(spec.id, `value ${v.name} is not stated in the sentence`);
  }
  return {
    id: spec.id,
    scope: spec.scope,
    order,
    chart_id: spec.chart ?? "",
    district_code: spec.district.code,
    district_slug: spec.district.slug,
    district_ko: spec.district.name_ko,
    district_en: spec.district.name_en,
    template: spec.template,
    values,
    comparisons: spec.comparisons ?? [],
    dates: [...new Set(Object.values(dates))],
    fact_ids: [...new Set((spec.facts ?? []).map((f) => f.id))],
    text_ko,
    text_en,
  };
}
