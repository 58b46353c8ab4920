/**
 * The special-zone chart: Seoul's yearly plan and execution for the
 * programme. The takeaway compares planned amounts of whole years only (a
 * half year is not a year: 2018-01/2018-06 is left to the alt text), and says
 * which years print an executed amount (declared `only`, among every
 * executed row drawn).
 */
import { meantValue, type Fact } from "../../../contract/model.ts";
import type { ClaimContext } from "../context.ts";
import { assertLike } from "../guard.ts";
import type { ClaimSpec } from "../make.ts";
import { joinBoth, type Both } from "./sentence.ts";
import { chartSpec, emptyChart, groupsOf, rowFacts, sentence } from "./spec.ts";

const CHART = "special-zone-budget";
const YEAR = /^\d{4}$/;
const byPeriod = (a: Fact, b: Fact) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

export function specialZoneClaims(ctx: ClaimContext): ClaimSpec[] {
  const drawn = rowFacts(ctx, CHART).map((r) => r.fact);
  if (drawn.length === 0) return emptyChart(ctx, CHART);

  const s = sentence(CHART, "takeaway");
  const executed = drawn.filter((f) => f.status === "actual").sort(byPeriod);
  const done = executed.filter((f) => f.value !== null);
  const items: Both[] = done.map((f) => {
    const when = s.date(f.period);
    const value = s.fact(f, "KRW");
    return { ko: `${when.ko} ${value.ko}`, en: `${when.en} (${value.en})` };
  });
  const executedNames = s.values.map((v) => v.name);
  s.restsOn(executed);
  const list = joinBoth(items);
  const part: Both =
    done.length === 0
      ? {
          ko: "집행액은 한 해도 적혀 있지 않습니다",
          en: "no executed amount is printed for any year",
        }
      : done.length === executed.length
        ? {
            ko: `집행액은 ${list.ko}, 모든 해에 적혀 있습니다`,
            en: `executed amounts are printed for every year: ${list.en}`,
          }
        : {
            ko: `집행액은 ${list.ko}만 적혀 있고 다른 해는 “-”(없음)입니다`,
            en: `executed amounts are printed only for ${list.en}; the other years show “-” (none)`,
          };
  const only = {
    word: "only" as const,
    of: executedNames,
    among: executed.map((f) => `fact:${f.id}`),
  };

  const plans = drawn
    .filter((f) => f.status === "plan" && f.value !== null && YEAR.test(f.period))
    .sort(byPeriod);
  let takeaway: ClaimSpec;
  if (plans.length >= 2) {
    const [a, b] = [plans[0]!, plans.at(-1)!];
    assertLike(s.claimId, [a, b], [a.period, b.period]);
    s.fact(a, "KRW", "fromValue");
    s.fact(b, "KRW", "toValue");
    s.date(a.period, "from");
    s.date(b.period, "to");
    const word =
      meantValue(b)! > meantValue(a)!
        ? "rose"
        : meantValue(b)! < meantValue(a)!
          ? "fell"
          : "unchanged";
    takeaway = chartSpec(ctx, CHART, drawn, {
      part: "takeaway",
      template: `zone-${word}`,
      sentence: s,
      text: { ko: { executed: part.ko }, en: { executed: part.en } },
      comparisons: [{ word, of: ["fromValue", "toValue"] }, only],
    });
  } else
    takeaway = chartSpec(ctx, CHART, drawn, {
      part: "takeaway",
      template: "zone-executed",
      sentence: s,
      text: { ko: { executed: part.ko }, en: { executed: part.en } },
      comparisons: [only],
    });

  const alt = sentence(CHART, "alt");
  const amount = (f: Fact | undefined): Both =>
    f === undefined
      ? { ko: "자료 없음", en: "no figure" }
      : f.value === null
        ? { ko: "없음(–)", en: "none (–)" }
        : alt.fact(f, "KRW");
  const periods = groupsOf([...drawn].sort(byPeriod), (f) => f.period).map((g) => {
    const when = alt.date(g[0]!.period);
    const plan = amount(g.find((f) => f.status === "plan"));
    const done = amount(g.find((f) => f.status === "actual"));
    return {
      ko: `${when.ko} 계획 ${plan.ko}, 집행 ${done.ko}`,
      en: `${when.en}: planned ${plan.en}, executed ${done.en}`,
    };
  });
  alt.restsOn(drawn);
  const all = joinBoth(periods, "; ", "; ");
  return [
    takeaway,
    chartSpec(ctx, CHART, drawn, {
      part: "alt",
      template: "zone-alt",
      sentence: alt,
      text: { ko: { periods: all.ko }, en: { periods: all.en } },
    }),
  ];
}
