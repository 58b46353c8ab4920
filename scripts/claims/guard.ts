/**
 * Like with like: a claim compares, ranks or orders only facts of the same
 * measure, category, status and unit, at dates the claim states. Anything
 * else is a build error naming the claim.
 */
import type { Fact } from "../../contract/model.ts";
import { ClaimError } from "./claimError.ts";

export interface LikeOptions {
  /** The facts must also share one period (a rank, a "largest"). */
  samePeriod?: boolean;
  /** The facts must also share one source (one printed table). */
  sameSource?: boolean;
}

export function assertLike(
  claimId: string,
  facts: readonly Fact[],
  dates: readonly string[],
  options: LikeOptions = {},
): void {
  const first = facts[0];
  if (!first) throw new ClaimError(claimId, "compares nothing");
  for (const f of facts) {
    const differs = (what: string, a: string, b: string) =>
      new ClaimError(claimId, `compares ${f.id} with ${first.id}: ${what} ${a} is not ${b}`);
    if (f.measure !== first.measure) throw differs("measure", f.measure, first.measure);
    if (f.category_key !== first.category_key)
      throw differs("category", f.category_key, first.category_key);
    if (f.status !== first.status) throw differs("status", f.status, first.status);
    if (f.unit !== first.unit) throw differs("unit", f.unit, first.unit);
    if (f.value === null) throw new ClaimError(claimId, `compares ${f.id}, which printed "-"`);
    if (options.samePeriod && f.period !== first.period)
      throw differs("period", f.period, first.period);
    if (options.sameSource && f.source_id !== first.source_id)
      throw differs("source", f.source_id, first.source_id);
    if (!dates.includes(f.period))
      throw new ClaimError(
        claimId,
        `compares ${f.id} of ${f.period}, a date the claim does not state`,
      );
  }
}
