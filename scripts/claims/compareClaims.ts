/**
 * The claims of the comparison pages, outside their charts: which districts
 * no document gives a count of social-economy enterprises for (their number
 * and names), on /compare/enterprises/; and which printed totals the chart
 * per 10,000 residents leaves out, for want of a population of the one
 * definition near their date (each named with its count and date).
 */
import type { ClaimValue } from "../../contract/claims.ts";
import type { ClaimContext } from "./context.ts";
import type { ClaimSpec } from "./make.ts";
import { ids, joinBoth, Sentence } from "./charts/sentence.ts";
import { KIND_WORDS } from "./words.ts";
import { perResidentNotes } from "./perResidentNote.ts";

const DROPPED = "compare-enterprises-per-10k-dropped";

/** The totals chart's rows that its per-10,000 twin does not draw, as one sentence. */
function droppedClaim(ctx: ClaimContext): ClaimSpec {
  const kept = new Set(ctx.chartRows("enterprises-totals-per-10k").map((r) => String(r.fact_id)));
  const read = ctx
    .chartRows("enterprises-totals")
    .map((r) => String(r.fact_id))
    .filter((id) => !kept.has(id))
    .map((id) => ctx.factById(DROPPED, id));
  // In the totals chart's order: by district as first printed, by date within one.
  const order = [...new Set(read.map((f) => f.district_code))];
  const dropped = [...read].sort(
    (a, b) =>
      order.indexOf(a.district_code) - order.indexOf(b.district_code) ||
      a.period.localeCompare(b.period),
  );
  const s = new Sentence(DROPPED);
  if (dropped.length > 0)
    s.value(
      {
        name: "n",
        value: dropped.length,
        unit: "count",
        qualifier: "",
        derivation: `size:${ids(dropped)}`,
      },
      dropped,
    );
  const items = dropped.map((f) => {
    const count = s.fact(f, "count");
    const date = s.date(f.period);
    const kind = KIND_WORDS[f.source_kind];
    return {
      ko: `${f.district_ko} ${count.ko} (${date.ko}, ${kind.ko})`,
      en: `${f.district_en} ${count.en} (${date.en}, ${kind.en})`,
    };
  });
  const list = joinBoth(items);
  return {
    id: DROPPED,
    scope: "compare",
    district: ctx.city,
    template: dropped.length > 0 ? "compare-per-10k-dropped" : "compare-per-10k-all",
    values: s.values,
    dates: s.dates,
    facts: s.facts,
    text: { ko: { list: list.ko }, en: { list: list.en } },
  };
}

export function compareClaims(ctx: ClaimContext): ClaimSpec[] {
  const counted = (code: string) =>
    ctx
      .factsOf(code)
      .some((f) => f.measure === "enterprises" && f.status === "actual" && f.value !== null);
  const missing = ctx.districts.filter((d) => !counted(d.code));
  const names = (lang: "ko" | "en") =>
    missing
      .map((d) => (lang === "ko" ? d.name_ko : d.name_en))
      .sort(new Intl.Collator(lang).compare)
      .join(", ");
  // In the page's order: the note under the per-resident chart, then the districts without a count.
  return [
    droppedClaim(ctx),
    {
      id: "compare-enterprises-missing",
      scope: "compare",
      district: ctx.city,
      template: missing.length > 0 ? "compare-enterprises-missing" : "compare-enterprises-all",
      values: (
        [
          {
            name: "n",
            value: missing.length,
            unit: "districts",
            qualifier: "",
            derivation: "without:enterprises",
          },
        ] satisfies ClaimValue[]
      ).filter((v) => v.value > 0),
      text: { ko: { names: names("ko") }, en: { names: names("en") } },
    },
    ...perResidentNotes(ctx),
  ];
}
