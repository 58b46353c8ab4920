/**
 * A district page's model: the summary it opens with (its claims, in the
 * pipeline's order), its facts grouped by measure, and its neighbours on the
 * tile map. Nothing here is computed in the view.
 */
import type { Lang } from "../i18n/index.ts";
import type { District, Fact, Measure } from "../../contract/model.ts";
import type { ProductRow } from "../../contract/product.ts";
import { CONTEXT_MEASURES } from "../../contract/siteData.ts";
import { claimsOf, type ClaimRow, type ClaimView } from "./claims.ts";
import { byName } from "./order.ts";

export interface Neighbour {
  slug: string;
  name: string;
  hasData: boolean;
}

export interface DistrictModel {
  name: string;
  summary: ClaimView[];
  /** At least one social-economy fact (population alone does not count). */
  hasData: boolean;
  groups: { measure: Measure; rows: Fact[] }[];
  neighbours: Neighbour[];
}

export interface DistrictInput {
  district: District;
  claims: readonly ClaimRow[];
  facts: readonly Fact[];
  measures: readonly Measure[];
  profiles: readonly ProductRow[];
  base?: string;
}

const num = (r: ProductRow, k: string) => (typeof r[k] === "number" ? (r[k] as number) : null);

export function neighboursOf(
  profiles: readonly ProductRow[],
  slug: string,
  lang: Lang,
): Neighbour[] {
  const me = profiles.find((r) => r.district_slug === slug);
  const row = me ? num(me, "tile_row") : null;
  const col = me ? num(me, "tile_col") : null;
  if (row === null || col === null) return [];
  const list = profiles
    .filter((r) => {
      const r2 = num(r, "tile_row");
      const c2 = num(r, "tile_col");
      return (
        r2 !== null &&
        c2 !== null &&
        r.district_slug !== slug &&
        Math.abs(r2 - row) <= 1 &&
        Math.abs(c2 - col) <= 1
      );
    })
    .map((r) => ({
      slug: String(r.district_slug),
      name: String(lang === "ko" ? r.district_ko : r.district_en),
      hasData: r.has_data === true,
    }));
  return byName(list, lang, (n) => n.name);
}

export function districtModel(input: DistrictInput, lang: Lang): DistrictModel {
  const d = input.district;
  const social = input.facts.filter((f) => !CONTEXT_MEASURES.includes(f.measure));
  return {
    name: lang === "ko" ? d.name_ko : d.name_en,
    summary: claimsOf(input.claims, "district", lang, d.slug, input.base),
    hasData: social.length > 0,
    groups: input.measures
      .map((m) => ({ measure: m, rows: social.filter((f) => f.measure === m.id) }))
      .filter((g) => g.rows.length > 0),
    neighbours: neighboursOf(input.profiles, d.slug, lang),
  };
}
