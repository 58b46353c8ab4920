/** A fact's printed value and unit → its canonical value, precision and qualifier, or a problem. */
import type { Qualifier } from "../../contract/enums.ts";
import type { FactRow } from "../validate/inputSchemas.ts";
import { NumberFormatError, parsePrintedValue } from "./koreanNumber.ts";
import type { UnitInfo } from "./units.ts";
import type { Place, Problems } from "./problems.ts";

/** Multiplies a printed value by its unit's factor; money must come to whole won. */
function canonicalValue(value: number, unit: UnitInfo): number | string {
  const scaled = value * unit.factor;
  if (unit.kind !== "money") return scaled;
  const rounded = Math.round(scaled);
  if (!Number.isSafeInteger(rounded)) {
    return `comes to ${scaled} won, beyond the range a number holds exactly (±${Number.MAX_SAFE_INTEGER} won)`;
  }
  if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1, Math.abs(scaled))) {
    return `comes to ${scaled} won, not a whole number of won`;
  }
  return rounded;
}

export interface NormalisedValue {
  /** Canonical value (money in won); null where "-" was printed or the value is in error. */
  value: number | null;
  decimals: number;
  qualifier: Qualifier;
}

export function normaliseValue(
  row: Place & { record: FactRow },
  unit: UnitInfo | undefined,
  problems: Problems,
): NormalisedValue {
  const f = row.record;
  const out: NormalisedValue = { value: null, decimals: 0, qualifier: f.qualifier };
  try {
    const parsed = parsePrintedValue(f.value_printed, f.unit_printed);
    if (parsed.kind === "dash") return out;
    out.decimals = parsed.decimals;
    // The print's own word (약, 여, 이상 …) decides; the column may only say the same or
    // supply one the cell cannot show ("about" said in the sentence around it).
    if (parsed.qualifier !== "" && f.qualifier !== "" && parsed.qualifier !== f.qualifier) {
      problems.at(
        row,
        "qualifier",
        `"${f.value_printed}" is printed as ${parsed.qualifier}, but the column says ${f.qualifier}`,
      );
    }
    if (parsed.qualifier !== "") out.qualifier = parsed.qualifier;
    if (parsed.words && f.unit_printed !== "원") {
      problems.at(
        row,
        "unit_printed",
        `"${f.value_printed}" is written in Korean number words, so its unit is 원, not "${f.unit_printed}"`,
      );
    } else if (unit) {
      const v = canonicalValue(parsed.value, unit);
      if (typeof v === "string")
        problems.at(row, "value_printed", `"${f.value_printed}" ${f.unit_printed} ${v}`);
      else out.value = v;
    }
  } catch (e) {
    if (!(e instanceof NumberFormatError)) throw e;
    problems.at(row, "value_printed", e.message);
  }
  return out;
}
