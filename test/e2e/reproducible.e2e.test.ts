/**
 * The same input builds byte-identical output: the real data/ is built twice,
 * from scratch, into two temporary folders, and every file is compared.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterAll, expect, test } from "vitest";
import { buildFrom, type BuiltSite } from "./support/buildFrom.ts";

const builds: BuiltSite[] = [];
// Both builds read one snapshot of data/, so an edit made meanwhile can't look like a difference.
const snapshot = mkdtempSync(join(tmpdir(), "atlas-repro-data-"));
afterAll(() => {
  for (const b of builds) rmSync(b.work, { recursive: true, force: true });
  rmSync(snapshot, { recursive: true, force: true });
});

function files(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(root, p).split(sep).join("/"));
    }
  };
  walk(root);
  return out.sort();
}

test("two builds of data/ are identical, byte for byte", () => {
  cpSync("data", snapshot, { recursive: true });
  builds.push(buildFrom(snapshot, "repro-a"));
  builds.push(buildFrom(snapshot, "repro-b"));
  const [a, b] = builds.map((x) => x.out) as [string, string];
  const inA = files(a);
  const inB = files(b);
  const onlyA = inA.filter((f) => !inB.includes(f));
  const onlyB = inB.filter((f) => !inA.includes(f));
  const differing = inA
    .filter((f) => inB.includes(f))
    .filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  expect({ onlyInFirst: onlyA, onlyInSecond: onlyB, differing }).toEqual({
    onlyInFirst: [],
    onlyInSecond: [],
    differing: [],
  });
  expect(inA.length).toBeGreaterThan(50);
}, 180_000);
