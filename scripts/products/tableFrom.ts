import * as aq from "arquero";

/**
 * An arquero table with named columns even when there are no rows:
 * `aq.from([])` has no columns, so grouping an empty product would throw.
 */
export function tableFrom<T extends object>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
) {
  return aq.table(Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c])])));
}
