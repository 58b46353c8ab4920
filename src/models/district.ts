/**
 * A district page's model: the summary it opens with (its claims, in the
 * pipeline's order), the charts it draws, its facts (a few inline; many
 * counted by source, each source's page holding the full table), and the
 * districts near it on the tile map. Nothing here is computed in the view.
 */
import type { Lang } from "../i18n/index.ts";
import type { District, Fact, Measure, Source } from "../../contract/model.ts";
import type { SourceKind } from "../../contract/enums.ts";
import type { ProductRow } from "../../contract/product.ts";
import { CONTEXT_MEASURES } from "../../contract/siteData.ts";
import { claimsOf, type ClaimRow, type ClaimView } from "./claims.ts";
import { byName } from "./order.ts";
import { COMPARE_PAGES, type ComparePage } from "./sources.ts";

export interface Neighbour {
  slug: string;
  name: string;
  hasData: boolean;
}

/** What one source holds about one district: counted here, listed on the source's page. */
export interface SourceGroup {
  sourceId: string;
  title: string;
  kind: SourceKind;
  /** How many of the district's social-economy figures come from it. */
  facts: number;
  /** Measure names, in the measures' order. */
  measures: string[];
  /** The periods they span, as a period string ("2011/2016", "2017-03-01"). */
  span: string;
  /** The first of them, to land on in the source's table. */
  firstFactId: string;
}

/** Up to this many figures are listed on the district page itself; more go to the source pages. */
export const INLINE_FACTS = 5;

/** A chart the district is in that its page does not draw: drawn on its comparison page. */
export interface ChartElsewhere {
  id: string;
  /** The comparison page's route ("compare/budgets/"). */
  route: ComparePage["route"];
  page: ComparePage["page"];
}

export interface DistrictCharts {
  /** Drawn on the district's page: the first chart of each comparison the district is in. */
  shown: string[];
  /** The comparisons' other charts, linked. */
  elsewhere: ChartElsewhere[];
}

export interface DistrictModel {
  name: string;
  summary: ClaimView[];
  charts: DistrictCharts;
  /** At least one social-economy fact (population alone does not count). */
  hasData: boolean;
  /** Every social-economy figure, when there are few (≤ INLINE_FACTS); else empty. */
  inlineFacts: Fact[];
  /** The figures counted by source, largest first (always, so every figure is reachable). */
  sourceGroups: SourceGroup[];
  /** How many social-economy figures there are in all. */
  factCount: number;
  neighbours: Neighbour[];
}

export interface DistrictInput {
  district: District;
  /** The charts whose data include the district, in the charts' registry order. */
  charts: readonly string[];
  claims: readonly ClaimRow[];
  facts: readonly Fact[];
  measures: readonly Measure[];
  sources: readonly Source[];
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

/**
 * One chart per comparison on a district's page (the first of its charts that
 * the district is in), the others linked to their comparison page: every chart
 * drawn in full costs a phone one to two screens and 20–40 KB, and Seongbuk-gu
 * is in six (issues #16, #19). A chart of no comparison page is always drawn.
 */
export function districtCharts(ids: readonly string[]): DistrictCharts {
  const seen = new Set<string>();
  const shown: string[] = [];
  const elsewhere: ChartElsewhere[] = [];
  for (const id of ids) {
    const page = COMPARE_PAGES.find((c) => c.test.test(id));
    if (!page || !seen.has(page.page)) {
      shown.push(id);
      if (page) seen.add(page.page);
    } else elsewhere.push({ id, route: page.route, page: page.page });
  }
  return { shown, elsewhere };
}

/** A district's figures by source: most figures first, then by source id. */
export function sourceGroupsOf(
  facts: readonly Fact[],
  sources: readonly Source[],
  measures: readonly Measure[],
  lang: Lang,
): SourceGroup[] {
  const bySource = new Map<string, Fact[]>();
  for (const f of facts) bySource.set(f.source_id, [...(bySource.get(f.source_id) ?? []), f]);
  return [...bySource]
    .map(([id, rows]) => {
      const src = sources.find((x) => x.id === id);
      if (!src) throw new Error(`district page: fact ${rows[0]!.id} names unknown source ${id}`);
      const used = new Set(rows.map((f) => f.measure));
      const first = rows.reduce((a, f) => (f.period_start < a.period_start ? f : a));
      const last = rows.reduce((a, f) => (f.period_end > a.period_end ? f : a));
      const from = first.period.split("/")[0]!;
      const to = last.period.split("/").at(-1)!;
      return {
        sourceId: id,
        title: lang === "ko" ? src.title_ko : src.title_en,
        kind: src.kind,
        facts: rows.length,
        measures: measures
          .filter((m) => used.has(m.id))
          .map((m) => (lang === "ko" ? m.name_ko : m.name_en)),
        span: from === to ? from : `${from}/${to}`,
        firstFactId: rows[0]!.id,
      };
    })
    .sort((a, b) => b.facts - a.facts || (a.sourceId < b.sourceId ? -1 : 1));
}

export function districtModel(input: DistrictInput, lang: Lang): DistrictModel {
  const d = input.district;
  const social = input.facts.filter((f) => !CONTEXT_MEASURES.includes(f.measure));
  return {
    name: lang === "ko" ? d.name_ko : d.name_en,
    summary: claimsOf(input.claims, "district", lang, d.slug, input.base),
    charts: districtCharts(input.charts),
    hasData: social.length > 0,
    inlineFacts: social.length <= INLINE_FACTS ? social : [],
    sourceGroups: sourceGroupsOf(social, input.sources, input.measures, lang),
    factCount: social.length,
    neighbours: neighboursOf(input.profiles, d.slug, lang),
  };
}
