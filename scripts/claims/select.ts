/**
 * The picks claims rest on: a district's latest total, budget and purchasing
 * figure, and the checks of printed totals. Ties go to the official source,
 * then to the printed total, then to the lower fact id, so a pick never
 * depends on input order.
 */
import type { Check } from "../../contract/check.ts";
import { OFFICIAL_KINDS } from "../../contract/enums.ts";
import type { Fact } from "../../contract/model.ts";
import { ENTERPRISE_TOTAL_KEYS } from "../../contract/siteData.ts";

const YEAR = /^\d{4}$/;

function latest(facts: readonly Fact[]): Fact | undefined {
  const rank = (f: Fact) => [
    f.period_end,
    OFFICIAL_KINDS.includes(f.source_kind) ? 1 : 0,
    f.is_total ? 1 : 0,
  ];
  return [...facts].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! < rb[i]! ? 1 : -1;
    return a.id < b.id ? -1 : 1;
  })[0];
}

export const isEnterpriseTotal = (f: Fact): boolean =>
  f.measure === "enterprises" &&
  f.status === "actual" &&
  f.value !== null &&
  ENTERPRISE_TOTAL_KEYS.includes(f.category_key);

export const latestEnterpriseTotal = (mine: readonly Fact[]) =>
  latest(mine.filter(isEnterpriseTotal));

/** Counts by type at the latest date with any, for a district that has no total. */
export function latestTypeCounts(mine: readonly Fact[]): Fact[] {
  const typed = mine.filter(
    (f) => f.measure === "enterprises" && f.status === "actual" && f.value !== null && !f.is_total,
  );
  const last = latest(typed);
  if (!last) return [];
  return typed
    .filter((f) => f.period === last.period && f.source_id === last.source_id)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The category key of a district's whole social-economy support budget, as news reports print it. */
export const SUPPORT_BUDGET_KEY = "social_economy_support_budget";

/**
 * A year's budget figure for a whole scope: a printed total over all
 * programmes or all funders, or a district's whole support budget. Never one
 * programme's line.
 */
export const latestBudget = (mine: readonly Fact[]) =>
  latest(
    mine.filter(
      (f) =>
        f.measure === "budget" &&
        f.status === "plan" &&
        f.value !== null &&
        YEAR.test(f.period) &&
        ((f.is_total && (f.category_key === "all" || f.funder_key === "all")) ||
          f.category_key === SUPPORT_BUDGET_KEY),
    ),
  );

export const latestPurchasing = (mine: readonly Fact[]) =>
  latest(
    mine.filter(
      (f) =>
        f.measure === "purchasing" &&
        f.status === "actual" &&
        f.value !== null &&
        YEAR.test(f.period),
    ),
  );

/**
 * The longest yearly series of purchasing results from one source and category
 * of a district: its first and last year (official sources first).
 */
export function purchasingSpan(mine: readonly Fact[]): [Fact, Fact] | undefined {
  const groups = new Map<string, Fact[]>();
  for (const f of mine) {
    if (
      f.measure !== "purchasing" ||
      f.status !== "actual" ||
      f.value === null ||
      !YEAR.test(f.period)
    )
      continue;
    const key = `${f.source_id}|${f.category_key}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const best = [...groups.values()]
    .filter((g) => new Set(g.map((f) => f.period)).size >= 2)
    .sort(
      (a, b) =>
        b.length - a.length ||
        Number(OFFICIAL_KINDS.includes(b[0]!.source_kind)) -
          Number(OFFICIAL_KINDS.includes(a[0]!.source_kind)) ||
        (a[0]!.id < b[0]!.id ? -1 : 1),
    )[0];
  if (!best) return undefined;
  const sorted = [...best].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : a.id < b.id ? -1 : 1,
  );
  return [sorted[0]!, sorted.at(-1)!];
}

/** The sum check of each printed total, by fact id. */
export function sumChecks(checks: readonly Check[]): Map<string, Check> {
  return new Map(checks.filter((c) => c.kind === "sum").map((c) => [c.fact_id, c]));
}
