import type { InputProblem } from "../validate/inputError.ts";

export interface Place {
  file: string;
  line: number;
}

/** Collects every problem of a stage, each at its file, line and column, so all are reported at once. */
export class Problems {
  readonly list: InputProblem[] = [];

  at(place: Place, column: string, message: string): void {
    this.list.push({ file: place.file, line: place.line, column, message });
  }

  /** Reports each row whose key repeats an earlier row's. */
  uniqueBy<T>(
    rows: readonly (Place & { record: T })[],
    key: (r: T) => string,
    column: string,
    what: string,
  ): void {
    const seen = new Map<string, number>();
    for (const row of rows) {
      const k = key(row.record);
      const first = seen.get(k);
      if (first !== undefined) this.at(row, column, `${what} "${k}" repeats line ${first}`);
      else seen.set(k, row.line);
    }
  }
}
