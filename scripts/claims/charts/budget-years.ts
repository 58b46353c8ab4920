/**
 * The budget-totals chart: each district's printed single-year totals, one
 * group per printed table. Tables cover different scopes, so districts are
 * never compared; the takeaway gives each table's latest year (declared
 * `latest`, among that table's totals).
 */
import { cleanCaption } from "../../../contract/captions.ts";
import type { Fact } from "../../../contract/model.ts";
import type { ClaimComparison } from "../../../contract/claims.ts";
import type { ClaimContext } from "../context.ts";
import type { ClaimSpec } from "../make.ts";
import { latestOf } from "./latest.ts";
import { ids, joinBoth, type Both } from "./sentence.ts";
import { chartSpec, emptyChart, groupsOf, placeName, rowFacts, sentence } from "./spec.ts";

const CHART = "budget-years";
const tableKey = (f: Fact) => `${f.district_code}|${f.source_id}|${f.caption}`;

export function budgetYearsClaims(ctx: ClaimContext): ClaimSpec[] {
  const drawn = rowFacts(ctx, CHART).map((r) => r.fact);
  if (drawn.length === 0) return emptyChart(ctx, CHART);
  const tables = groupsOf(drawn, tableKey).map((g) =>
    [...g].sort((a, b) => (a.period < b.period ? -1 : 1)),
  );
  const scope = (f: Fact) => cleanCaption(f.caption);

  // The takeaway: each table's latest total, never one district against another.
  const s = sentence(CHART, "takeaway");
  const comparisons: ClaimComparison[] = [];
  const latest: Both[] = [];
  for (const t of tables) {
    const last = latestOf(t);
    if (!last) continue;
    const value = s.fact(last, "KRW");
    comparisons.push({
      word: "latest",
      of: [s.values.at(-1)!.name],
      among: t.map((f) => `fact:${f.id}`),
    });
    s.restsOn(t);
    const year = s.date(last.period);
    const name = placeName(last);
    latest.push({
      ko: `${name.ko} ${year.ko} ${value.ko}(‘${scope(last)}’)`,
      en: `${name.en}'s ${value.en} for ${year.en}`,
    });
  }
  const list = joinBoth(latest);
  if (tables.length > 1)
    s.value(
      {
        name: "tables",
        value: tables.length,
        unit: "count",
        qualifier: "",
        derivation: `distinct:district_code+source_id+caption:${ids(drawn)}`,
      },
      drawn,
    );
  const takeaway = chartSpec(ctx, CHART, drawn, {
    part: "takeaway",
    template: tables.length > 1 ? "budget-years-tables" : "budget-years-table",
    sentence: s,
    text: { ko: { list: list.ko }, en: { list: list.en } },
    comparisons,
  });

  // The text alternative: every total, table by table.
  const alt = sentence(CHART, "alt");
  const groups = tables.map((t) => {
    const name = placeName(t[0]!);
    const years = joinBoth(
      t.map((f) => {
        const year = alt.date(f.period);
        const value = alt.fact(f, "KRW");
        return { ko: `${year.ko} ${value.ko}`, en: `${year.en} ${value.en}` };
      }),
      ", ",
      ", ",
    );
    return {
      ko: `${name.ko}(‘${scope(t[0]!)}’): ${years.ko}`,
      en: `${name.en} (“${scope(t[0]!)}”): ${years.en}`,
    };
  });
  const all = joinBoth(groups, "; ", "; ");
  return [
    takeaway,
    chartSpec(ctx, CHART, drawn, {
      part: "alt",
      template: "budget-years-alt",
      sentence: alt,
      text: { ko: { groups: all.ko }, en: { groups: all.en } },
    }),
  ];
}
