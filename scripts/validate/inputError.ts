/** Where a problem is in the input, and what was expected there. */
export interface InputProblem {
  file: string;
  /** 1-based line in the file (the header is line 1); 0 when the whole file is at fault. */
  line: number;
  /** The column's header name, or "" when the problem is not in one column. */
  column: string;
  message: string;
}

export function formatProblem(p: InputProblem): string {
  const where = [p.file, p.line > 0 ? `line ${p.line}` : "", p.column ? `column "${p.column}"` : ""]
    .filter(Boolean)
    .join(", ");
  return `${where}: ${p.message}`;
}

/** Thrown when input is bad: carries every problem found, so a person can fix them all at once. */
export class InputError extends Error {
  readonly problems: InputProblem[];
  constructor(problems: InputProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
}
