/**
 * The totals chart: every printed total of enterprises, each with its own
 * date and source. Totals of different dates, sources or definitions are
 * never ranked; the takeaway gives the latest instead (declared `latest`,
 * among every total drawn). One date, one source, one definition: the largest.
 */
import { meantValue, type Fact } from "../../../contract/model.ts";
import type { ClaimContext } from "../context.ts";
import { assertLike } from "../guard.ts";
import type { ClaimSpec } from "../make.ts";
import { KIND_WORDS } from "../words.ts";
import { latestOf } from "./latest.ts";
import { ids, joinBoth } from "./sentence.ts";
import { chartSpec, emptyChart, placeName, rowFacts, sentence } from "./spec.ts";

const CHART = "enterprises-totals";

function takeawayOf(ctx: ClaimContext, drawn: Fact[]): ClaimSpec {
  const s = sentence(CHART, "takeaway");
  const distinct = (k: "period" | "source_id" | "category_key") =>
    new Set(drawn.map((f) => f[k])).size;
  const districts = drawn.filter((f) => f.district_code !== ctx.city.code);
  if (distinct("period") === 1 && distinct("source_id") === 1 && distinct("category_key") === 1) {
    // Alike: one table at one date. The largest district, if one has strictly the most.
    const date = drawn[0]!.period;
    s.date(date, "date");
    const max = Math.max(...districts.map((f) => meantValue(f)!));
    const top = districts.filter((f) => meantValue(f) === max);
    if (top.length !== 1)
      return chartSpec(ctx, CHART, drawn, {
        part: "takeaway",
        template: "totals-as-of",
        sentence: s,
      });
    assertLike(s.claimId, districts, [date], { samePeriod: true, sameSource: true });
    const winner = top[0]!;
    s.fact(winner, "count", "topCount");
    s.restsOn(districts);
    const kind = KIND_WORDS[winner.source_kind];
    return chartSpec(ctx, CHART, drawn, {
      part: "takeaway",
      template: "totals-largest",
      sentence: s,
      text: {
        ko: { top: winner.district_ko, kind: kind.ko },
        en: { top: winner.district_en, kind: kind.en },
      },
      comparisons: [
        { word: "largest", of: ["topCount"], among: districts.map((f) => `fact:${f.id}`) },
      ],
    });
  }
  s.value(
    {
      name: "n",
      value: drawn.length,
      unit: "count",
      qualifier: "",
      derivation: `size:${ids(drawn)}`,
    },
    drawn,
  );
  s.value(
    {
      name: "sources",
      value: distinct("source_id"),
      unit: "documents",
      qualifier: "",
      derivation: `distinct:source_id:${ids(drawn)}`,
    },
    drawn,
  );
  const last = latestOf(drawn);
  if (!last)
    return chartSpec(ctx, CHART, drawn, {
      part: "takeaway",
      template: "totals-unranked",
      sentence: s,
    });
  s.fact(last, "count", "latest");
  s.date(last.period, "latestDate");
  const kind = KIND_WORDS[last.source_kind];
  const name = placeName(last);
  return chartSpec(ctx, CHART, drawn, {
    part: "takeaway",
    template: "totals-unranked-latest",
    sentence: s,
    text: { ko: { name: name.ko, kind: kind.ko }, en: { name: name.en, kind: kind.en } },
    comparisons: [{ word: "latest", of: ["latest"], among: drawn.map((f) => `fact:${f.id}`) }],
  });
}

export function totalsClaims(ctx: ClaimContext): ClaimSpec[] {
  // In the chart's order: by district as first printed, by date within one.
  const read = rowFacts(ctx, CHART).map((r) => r.fact);
  const order = [...new Set(read.map((f) => f.district_code))];
  const drawn = [...read].sort(
    (a, b) =>
      order.indexOf(a.district_code) - order.indexOf(b.district_code) ||
      a.period.localeCompare(b.period),
  );
  if (drawn.length === 0) return emptyChart(ctx, CHART);
  const alt = sentence(CHART, "alt");
  const items = drawn.map((f) => {
    const count = alt.fact(f, "count");
    const date = alt.date(f.period);
    const kind = KIND_WORDS[f.source_kind];
    const name = placeName(f);
    return {
      ko: `${name.ko} ${count.ko} (${date.ko}, ${kind.ko})`,
      en: `${name.en} ${count.en} (${date.en}, ${kind.en})`,
    };
  });
  const seoulWritten =
    drawn.some((f) => f.district_code === ctx.city.code) &&
    drawn.some((f) => f.district_code !== ctx.city.code);
  const list = joinBoth(items);
  return [
    takeawayOf(ctx, drawn),
    chartSpec(ctx, CHART, drawn, {
      part: "alt",
      template: seoulWritten ? "totals-alt-seoul" : "totals-alt",
      sentence: alt,
      text: { ko: { list: list.ko }, en: { list: list.en } },
    }),
  ];
}
