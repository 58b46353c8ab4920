/** The latest fact of a set, if strictly later than every other (a tie names no one). */
import type { Fact } from "../../../contract/model.ts";

export function latestOf(facts: readonly Fact[]): Fact | undefined {
  const last = [...facts].sort((a, b) => (a.period_end < b.period_end ? 1 : -1))[0];
  if (!last) return undefined;
  const tied = facts.filter((f) => f.period_end === last.period_end);
  return tied.length === 1 ? last : undefined;
}
