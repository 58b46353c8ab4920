/**
 * SVG snapshots a person can open: the chart is normalised (numbers rounded
 * to 2 decimals, generated ids stripped, one element a line) and compared
 * with the committed `__snapshots__/<name>.svg`. A missing snapshot is
 * written; a different one is written beside it as `<name>-changed.svg` and
 * the test fails. To accept a change, replace the committed file with the
 * `-changed` one (or delete it and run the tests again).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), "__snapshots__");

export function normaliseSvg(svg: string): string {
  return (
    svg
      // Plot's generated ids (clip paths, patterns), should any appear.
      .replace(/\bplot-(clip|pattern|gradient)-\d+\b/g, "plot-$1")
      // Float noise in coordinates.
      .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
      // One element a line, for readable diffs (Plot writes no mixed text content).
      .replace(/></g, ">\n<")
      .trimEnd() + "\n"
  );
}

/** Throws (failing the test) when the normalised SVG differs from the committed one. */
export function assertSvgSnapshot(name: string, svg: string): void {
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  const expectedPath = join(SNAPSHOT_DIR, `${name}.svg`);
  const changedPath = join(SNAPSHOT_DIR, `${name}-changed.svg`);
  const actual = normaliseSvg(svg);
  if (!existsSync(expectedPath)) {
    // On CI a missing snapshot is a forgotten commit, not a first run.
    if (process.env.CI)
      throw new Error(
        `chart snapshot ${expectedPath} is missing: run the tests locally and commit it.`,
      );
    writeFileSync(expectedPath, actual);
    return;
  }
  const expected = readFileSync(expectedPath, "utf8");
  if (expected === actual) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  throw new Error(
    `chart snapshot ${name} changed: compare ${expectedPath} with ${changedPath}; if the change is right, replace the first with the second.`,
  );
}
