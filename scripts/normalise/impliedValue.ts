/**
 * The value a print implies beside the one it prints, recomputed from the
 * printed value by the row's implied_as ("바느질 외 9개 업체": 9 printed,
 * add(1) = 10 meant), never typed in. Refused where it would change a check
 * (a printed total, a part of one, a rate or change) or has no reason given.
 */
import type { FactRow } from "../validate/inputSchemas.ts";
import type { Place, Problems } from "./problems.ts";
import type { UnitInfo } from "./units.ts";

export function impliedValue(
  row: Place & { record: FactRow },
  value: number | null,
  unit: UnitInfo | undefined,
  problems: Problems,
): number | null {
  const f = row.record;
  const how = f.implied_as;
  if (how === null) {
    if (f.implied_reason !== "")
      problems.at(row, "implied_reason", "a reason without implied_as: say how, or leave it empty");
    return null;
  }
  if (f.implied_reason === "")
    problems.at(row, "implied_reason", "implied_as needs its reason: why the print implies it");
  if (f.is_total || f.part_of.length > 0 || f.computed_as !== null) {
    problems.at(
      row,
      "implied_as",
      "a printed total, a part of one, or a printed rate or change is checked as printed: an implied value would change its check",
    );
    return null;
  }
  if (value === null || !unit) {
    if (value === null && unit)
      problems.at(row, "implied_as", `"${f.value_printed}" prints no number to recompute`);
    return null;
  }
  const implied = how.op === "add" ? value + how.n * unit.factor : value * how.n;
  if (unit.kind === "money" && !Number.isInteger(implied)) {
    problems.at(row, "implied_as", `comes to ${implied} won, not a whole number of won`);
    return null;
  }
  return implied;
}
