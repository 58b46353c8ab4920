/**
 * The same input builds byte-identical output: the site `npm test` built in
 * dist/ from data/ is compared, file by file, with a second build of data/
 * made from scratch here in a temporary folder (another path, another time).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterAll, expect, test } from "vitest";
import { buildFrom, type BuiltSite } from "./support/buildFrom.ts";
import { DIST } from "./support/site.ts";

const builds: BuiltSite[] = [];
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

test("two builds of data/ are identical, byte for byte (dist/ and a fresh one)", () => {
  cpSync("data", snapshot, { recursive: true });
  builds.push(buildFrom(snapshot, "repro"));
  const a = DIST;
  const b = builds[0]!.out;
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
