import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { writeFolderAtomically } from "../../../scripts/publish/writeFolderAtomically.ts";
import { removeTemp, tempDir } from "../support/pipeline.ts";

let dir = "";
afterEach(() => removeTemp(dir));

describe("writeFolderAtomically", () => {
  test("writes every file, in sub-folders too, and leaves no temporary folder", () => {
    dir = tempDir("atomic");
    const out = join(dir, "out");
    writeFolderAtomically(
      out,
      new Map<string, string | Uint8Array>([
        ["a.csv", "x\r\n"],
        ["charts/b.csv", "y\r\n"],
        ["z.zip", new Uint8Array([1, 2, 3])],
      ]),
    );
    expect(readFileSync(join(out, "a.csv"), "utf-8")).toBe("x\r\n");
    expect(readFileSync(join(out, "charts/b.csv"), "utf-8")).toBe("y\r\n");
    expect([...readFileSync(join(out, "z.zip"))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  test("replaces the previous output entirely: no stale file survives", () => {
    dir = tempDir("atomic");
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "stale.csv"), "old");
    writeFolderAtomically(out, new Map([["new.csv", "new"]]));
    expect(readdirSync(out)).toEqual(["new.csv"]);
  });

  test("a failed write leaves the previous output untouched and cleans up", () => {
    dir = tempDir("atomic");
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "keep.csv"), "kept");
    // "a" is a file, so "a/b.csv" cannot be written.
    const files = new Map([
      ["a", "file"],
      ["a/b.csv", "x"],
    ]);
    expect(() => writeFolderAtomically(out, files)).toThrow();
    expect(readdirSync(out)).toEqual(["keep.csv"]);
    expect(readFileSync(join(out, "keep.csv"), "utf-8")).toBe("kept");
    expect(readdirSync(dir)).toEqual(["out"]);
    expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(false);
  });
});
