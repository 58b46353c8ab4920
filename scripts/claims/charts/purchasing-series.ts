/**
 * The purchasing-series chart: every yearly purchasing target and result of
 * Seoul and the districts, each marked by its kind of source. The takeaway:
 * the latest result (declared `latest`, among every result drawn) and how many
 * points come from sources that are not official.
 */
import type { Fact } from "../../../contract/model.ts";
import type { ClaimContext } from "../context.ts";
import type { ClaimSpec } from "../make.ts";
import { KIND_WORDS } from "../words.ts";
import { latestOf } from "./latest.ts";
import { ids, joinBoth } from "./sentence.ts";
import { chartSpec, emptyChart, groupsOf, placeName, rowFacts, sentence } from "./spec.ts";

const CHART = "purchasing-series";
const OFFICIAL = new Set(["official-document", "official-statistic"]);
const STATUS = {
  actual: { ko: "실적", en: "result" },
  target: { ko: "목표", en: "target" },
} as const;

export function purchasingSeriesClaims(ctx: ClaimContext): ClaimSpec[] {
  const drawn = rowFacts(ctx, CHART).map((r) => r.fact);
  if (drawn.length === 0) return emptyChart(ctx, CHART);

  const s = sentence(CHART, "takeaway");
  s.value(
    {
      name: "points",
      value: drawn.length,
      unit: "count",
      qualifier: "",
      derivation: `size:${ids(drawn)}`,
    },
    drawn,
  );
  s.value(
    {
      name: "others",
      value: drawn.filter((f) => !OFFICIAL.has(f.source_kind)).length,
      unit: "count",
      qualifier: "",
      derivation: `unofficial:${ids(drawn)}`,
    },
    drawn,
  );
  const results = drawn.filter((f) => f.status === "actual" && f.value !== null);
  const last = latestOf(results);
  let takeaway: ClaimSpec;
  if (last) {
    s.fact(last, "KRW", "amount");
    s.date(last.period, "when");
    const kind = KIND_WORDS[last.source_kind];
    const name = placeName(last);
    takeaway = chartSpec(ctx, CHART, drawn, {
      part: "takeaway",
      template: "series-latest",
      sentence: s,
      text: { ko: { name: name.ko, kind: kind.ko }, en: { name: name.en, kind: kind.en } },
      comparisons: [{ word: "latest", of: ["amount"], among: results.map((f) => `fact:${f.id}`) }],
    });
  } else
    takeaway = chartSpec(ctx, CHART, drawn, {
      part: "takeaway",
      template: "series-points",
      sentence: s,
    });

  const alt = sentence(CHART, "alt");
  const places = groupsOf(drawn, (f) => f.district_code).map((own) => {
    const points = [...own]
      .sort((a, b) =>
        a.period < b.period ? -1 : a.period > b.period ? 1 : a.status < b.status ? -1 : 1,
      )
      .map((f: Fact) => {
        const when = alt.date(f.period);
        const status = f.status === "actual" ? STATUS.actual : STATUS.target;
        const value = f.value === null ? { ko: "없음(–)", en: "none (–)" } : alt.fact(f, "KRW");
        const kind = KIND_WORDS[f.source_kind];
        return {
          ko: `${when.ko} ${status.ko} ${value.ko} (${kind.ko})`,
          en: `${when.en} ${status.en} ${value.en} (${kind.en})`,
        };
      });
    const name = placeName(own[0]!);
    const listed = joinBoth(points);
    return { ko: `${name.ko}: ${listed.ko}`, en: `${name.en}: ${listed.en}` };
  });
  alt.restsOn(drawn);
  const all = joinBoth(places, "; ", ". ");
  return [
    takeaway,
    chartSpec(ctx, CHART, drawn, {
      part: "alt",
      template: "series-alt",
      sentence: alt,
      text: { ko: { places: all.ko }, en: { places: all.en } },
    }),
  ];
}
