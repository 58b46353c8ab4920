/**
 * The purchasing chart: each district's yearly target and result, and the
 * printed achievement rate beside the rate recomputed as result ÷ target.
 * The takeaway: one district's first and last result (rose / fell), and how
 * many printed rates fail their recomputation.
 */
import { meantValue, type Fact } from "../../../contract/model.ts";
import type { ProductRow } from "../../../contract/product.ts";
import type { ClaimContext } from "../context.ts";
import { assertLike } from "../guard.ts";
import type { ClaimSpec } from "../make.ts";
import { ids, joinBoth, type Both, type Sentence } from "./sentence.ts";
import { chartSpec, emptyChart, groupsOf, sentence } from "./spec.ts";

const CHART = "purchasing";

interface Year {
  row: ProductRow;
  target?: Fact;
  actual?: Fact;
  rate?: Fact;
}

export function purchasingClaims(ctx: ClaimContext): ClaimSpec[] {
  const id = `chart-${CHART}`;
  const fact = (row: ProductRow, column: string) => {
    const f = String(row[column] ?? "");
    return f === "" ? undefined : ctx.factById(id, f);
  };
  const years: Year[] = ctx.chartRows(CHART).map((row) => ({
    row,
    target: fact(row, "target_fact_id"),
    actual: fact(row, "actual_fact_id"),
    rate: fact(row, "rate_fact_id"),
  }));
  const drawn = years.flatMap((y) => [y.target, y.actual, y.rate].filter((f) => f !== undefined));
  if (drawn.length === 0) return emptyChart(ctx, CHART);
  const places = groupsOf(years, (y) => String(y.row.district_code));
  const checked = years
    .filter((y) => y.rate && String(y.row.rate_check) !== "")
    .map((y) => y.rate!);

  // The takeaway.
  const s = sentence(CHART, "takeaway");
  const results = years.flatMap((y) => (y.actual?.value != null ? [y.actual] : []));
  const rates = () => {
    s.value(
      {
        name: "rated",
        value: checked.length,
        unit: "count",
        qualifier: "",
        derivation: `size:${ids(checked)}`,
      },
      checked,
    );
    s.value(
      {
        name: "wrong",
        value: checked.filter((f) =>
          ctx.checks.some(
            (c) => c.fact_id === f.id && c.kind !== "cross_source" && c.result === "mismatch",
          ),
        ).length,
        unit: "count",
        qualifier: "",
        derivation: `mismatches:${ids(checked)}`,
      },
      checked,
    );
  };
  let takeaway: ClaimSpec;
  if (places.length === 1 && results.length >= 2) {
    const [a, b] = [results[0]!, results.at(-1)!];
    assertLike(s.claimId, [a, b], [a.period, b.period]);
    s.fact(a, "KRW", "fromValue");
    s.fact(b, "KRW", "toValue");
    s.date(a.period, "from");
    s.date(b.period, "to");
    rates();
    const word =
      meantValue(b)! > meantValue(a)!
        ? "rose"
        : meantValue(b)! < meantValue(a)!
          ? "fell"
          : "unchanged";
    takeaway = chartSpec(ctx, CHART, drawn, {
      part: "takeaway",
      template: `purchasing-chart-${word}`,
      sentence: s,
      text: { ko: { name: a.district_ko }, en: { name: a.district_en } },
      comparisons: [{ word, of: ["fromValue", "toValue"] }],
    });
  } else {
    s.value(
      {
        name: "n",
        value: places.length,
        unit: "districts",
        qualifier: "",
        derivation: `distinct:district_code:${ids(drawn)}`,
      },
      drawn,
    );
    rates();
    takeaway = chartSpec(ctx, CHART, drawn, {
      part: "takeaway",
      template: "purchasing-chart-across",
      sentence: s,
    });
  }

  // The text alternative: every year's target, result and rates.
  const alt = sentence(CHART, "alt");
  const groups = places.map((place) => {
    const items = place.map((y) => {
      const when = alt.date(String(y.row.period));
      const target = amount(alt, y.target);
      const result = amount(alt, y.actual);
      const rate = rateText(ctx, alt, y.rate);
      return {
        ko: `${when.ko} 목표 ${target.ko}, 실적 ${result.ko}${rate ? `, ${rate.ko}` : ""}`,
        en: `${when.en}: target ${target.en}, result ${result.en}${rate ? `; ${rate.en}` : ""}`,
      };
    });
    const listed = joinBoth(items, "; ", "; ");
    const name = { ko: String(place[0]!.row.district_ko), en: String(place[0]!.row.district_en) };
    return { ko: `${name.ko}: ${listed.ko}`, en: `${name.en}: ${listed.en}` };
  });
  // A "-" is stated too ("없음"): the alt rests on every fact drawn.
  alt.restsOn(drawn);
  const all = joinBoth(groups, "; ", ". ");
  return [
    takeaway,
    chartSpec(ctx, CHART, drawn, {
      part: "alt",
      template: "purchasing-chart-alt",
      sentence: alt,
      text: { ko: { years: all.ko }, en: { years: all.en } },
    }),
  ];
}

/** An amount, "없음" where "-" was printed, "자료 없음" where nothing was. */
function amount(s: Sentence, f: Fact | undefined): Both {
  if (f === undefined) return { ko: "자료 없음", en: "no figure" };
  if (f.value === null) return { ko: "없음(–)", en: "none (–)" };
  return s.fact(f, "KRW");
}

/** The printed rate and its recomputation, "≠" and a word where they differ. */
function rateText(ctx: ClaimContext, s: Sentence, f: Fact | undefined): Both | undefined {
  if (f === undefined || f.value === null) return undefined;
  // A rate's own recomputation: not a sum, not another source's figure.
  const check = ctx.checks.find(
    (c) =>
      c.fact_id === f.id && c.kind !== "cross_source" && c.kind !== "sum" && c.computed !== null,
  );
  const printed = s.fact(f, "percent");
  if (!check) return { ko: `달성률 ${printed.ko}`, en: `rate ${printed.en}` };
  const again = s.value(
    { value: check.computed!, unit: "percent", qualifier: "", derivation: `recomputed:${f.id}` },
    [f],
  );
  return check.result === "mismatch"
    ? {
        ko: `달성률 문서 ${printed.ko} ≠ 재계산 ${again.ko} (불일치)`,
        en: `rate printed ${printed.en} ≠ recomputed ${again.en} (mismatch)`,
      }
    : {
        ko: `달성률 문서 ${printed.ko} · 재계산 ${again.ko}`,
        en: `rate printed ${printed.en} · recomputed ${again.en}`,
      };
}
