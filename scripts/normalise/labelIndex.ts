/** Printed labels → keys and names, counting uses so that a label nobody uses can be reported. */
import type { Label } from "../../contract/model.ts";
import type { RawInput } from "../read/rawInput.ts";
import type { Problems } from "./problems.ts";

export function labelIndex(input: RawInput, problems: Problems) {
  // One printed label means one thing everywhere; the same row in two files is fine.
  const labels = new Map<string, Label>();
  const uses = new Map<string, number>();
  for (const row of input.labels) {
    const seen = labels.get(row.record.label);
    if (seen && seen.key !== row.record.key) {
      problems.at(
        row,
        "key",
        `label "${row.record.label}" is mapped to "${seen.key}" elsewhere; one label, one key`,
      );
    } else if (!seen) {
      labels.set(row.record.label, row.record);
      uses.set(row.record.label, 0);
    }
  }
  return {
    labels,
    /** The label for a printed text, counted as used. */
    use(text: string): Label | undefined {
      const found = labels.get(text);
      if (found) uses.set(text, (uses.get(text) ?? 0) + 1);
      return found;
    },
    /** An unused label is a mapping nobody needs: as likely a typo as a leftover. */
    reportUnused(): void {
      for (const row of input.labels) {
        if (uses.get(row.record.label) === 0) {
          problems.at(
            row,
            "label",
            `label "${row.record.label}" is not used by any fact; remove it or fix the fact that should use it`,
          );
          uses.set(row.record.label, -1);
        }
      }
    },
  };
}
