/**
 * The site-wide counts (sources, facts, districts with data, checks), computed
 * once here for the hand-off and for the claims that state them.
 */
import type { Check } from "../../contract/check.ts";
import { SOURCE_KINDS, type SourceKind } from "../../contract/enums.ts";
import type { Model } from "../../contract/model.ts";
import {
  CONTEXT_MEASURES,
  ENTERPRISE_TOTAL_KEYS,
  type SiteCounts,
} from "../../contract/siteData.ts";

export function siteCounts(model: Model, checks: readonly Check[]): SiteCounts {
  const social = model.facts.filter((f) => !CONTEXT_MEASURES.includes(f.measure));
  const byKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  for (const s of model.sources) byKind[s.kind] += 1;
  const used = new Set(model.facts.map((f) => f.source_id));
  const districts = model.districts.filter((d) => !d.is_city);
  const codes = new Set(districts.map((d) => d.code));
  const withData = new Set(social.map((f) => f.district_code).filter((c) => codes.has(c)));
  const withTotal = new Set(
    social
      .filter(
        (f) =>
          f.measure === "enterprises" &&
          f.status === "actual" &&
          f.value !== null &&
          ENTERPRISE_TOTAL_KEYS.includes(f.category_key),
      )
      .map((f) => f.district_code)
      .filter((c) => codes.has(c)),
  );
  const years = model.sources.map((s) => Number(s.date.slice(0, 4))).sort((a, b) => a - b);
  return {
    sources: model.sources.length,
    sources_used: model.sources.filter((s) => used.has(s.id)).length,
    sources_by_kind: byKind,
    facts: model.facts.length,
    social_facts: social.length,
    context_facts: model.facts.length - social.length,
    districts: districts.length,
    districts_with_data: withData.size,
    districts_with_enterprise_total: withTotal.size,
    // A document against itself (sums, rates, changes), and two sources against each other.
    checks: checks.filter((c) => c.kind !== "cross_source").length,
    mismatches: checks.filter((c) => c.kind !== "cross_source" && c.result === "mismatch").length,
    cross_source_checks: checks.filter((c) => c.kind === "cross_source").length,
    disagreements: checks.filter((c) => c.kind === "cross_source" && c.result === "mismatch")
      .length,
    first_source_year: years[0] ?? 0,
    last_source_year: years.at(-1) ?? 0,
  };
}
