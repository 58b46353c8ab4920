/**
 * A two-way table's grand total against the totals of its other axis. In
 *
 *   구 분      합계   2017  2018          (the grand total 7,156 is declared
 *   총 액     7,156  1,645 1,784 …         as the sum of the year totals)
 *   사업 A       40     10    10 …        (each cell is part of its line total
 *   사업 B       16      1     5 …         and of its year total)
 *
 * the cells tie each line total to the year totals, so the grand total must
 * also equal the sum of the line totals: "each line's own total against the
 * table's grand total". This check is found from the cells' two part_of
 * links; nothing needs to be declared twice.
 */
import type { Fact } from "../../contract/model.ts";
import type { Check } from "../../contract/check.ts";
import { checkSum, differsIn, waysOfParts, type SumContext } from "./sumOfParts.ts";

/**
 * The totals of the other axis of the table whose one axis is `axis`, or
 * undefined when the cells do not tie them cleanly (a cell with a value but no
 * second total, or a line total with cells outside the table).
 */
function otherAxis(
  grand: Fact,
  axis: readonly Fact[],
  partsOf: ReadonlyMap<string, readonly Fact[]>,
  byId: ReadonlyMap<string, Fact>,
): Fact[] | undefined {
  const cells = new Set<string>();
  const others = new Map<string, Fact>();
  for (const line of axis) {
    const own = partsOf.get(line.id) ?? [];
    if (!line.is_total || own.length === 0) return undefined;
    for (const cell of own) {
      cells.add(cell.id);
      const second = cell.part_of.filter((p) => p !== line.id && p !== grand.id);
      if (second.length > 1) return undefined;
      if (second.length === 0) {
        if (cell.value !== null && cell.value !== 0) return undefined;
        continue;
      }
      const other = byId.get(second[0]!);
      if (!other) return undefined;
      others.set(other.id, other);
    }
  }
  if (others.size === 0) return undefined;
  for (const o of others.values()) {
    if (o.part_of.includes(grand.id)) return undefined; // declared already
    if ((partsOf.get(o.id) ?? []).some((c) => !cells.has(c.id))) return undefined;
  }
  return [...others.values()];
}

export function lineTotalChecks(
  facts: readonly Fact[],
  partsOf: ReadonlyMap<string, readonly Fact[]>,
  ctx: SumContext,
): Check[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  let position: Map<Fact, number> | undefined;
  const checks: Check[] = [];
  for (const grand of facts) {
    if (!grand.is_total) continue;
    const declared = waysOfParts(grand, partsOf.get(grand.id) ?? []);
    const seen = new Set(declared.map(([by]) => by));
    for (const [, axis] of declared) {
      const lines = otherAxis(grand, axis, partsOf, byId);
      if (!lines) continue;
      const ways = waysOfParts(grand, lines);
      if (ways.length !== 1) continue;
      const by = ways[0]![0] || differsIn(grand, lines[0]!);
      if (seen.has(by)) continue;
      seen.add(by);
      // In the order the lines are printed (input order), like the declared parts.
      // (Sorted by input position, not by scanning every fact for each grand total.)
      position ??= new Map(facts.map((f, i) => [f, i]));
      const ordered = [...new Set(lines)].sort((a, b) => position!.get(a)! - position!.get(b)!);
      checks.push(
        checkSum(grand, ordered, `sum:${grand.id}:${by || "same"}`, by, {
          ...ctx,
          partsWord: { en: "line totals (each line's own printed total)", ko: "줄 합계" },
        }),
      );
    }
  }
  return checks;
}
