/** The fixtures exercise what they claim to: encodings, BOM, line ends, bytes. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import iconv from "iconv-lite";
import { BYTE_FIXTURES, GOOD_CP949_FACTS } from "../../fixtures/pipeline/make-byte-fixtures.ts";
import { FIXTURES } from "../support/pipeline.ts";

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe("byte-exact fixtures (written by make-byte-fixtures.ts)", () => {
  test.each(Object.keys(BYTE_FIXTURES))("%s is what the script writes", (path) => {
    const committed = readFileSync(join(FIXTURES, path));
    expect(Buffer.compare(committed, Buffer.from(BYTE_FIXTURES[path]!))).toBe(0);
  });

  test("good/facts/cp949.csv is CP949, not UTF-8, and uses a CP949-only syllable", () => {
    const bytes = readFileSync(join(FIXTURES, "good/facts/cp949.csv"));
    expect(isUtf8(bytes)).toBe(false);
    expect(iconv.decode(bytes, "cp949")).toBe(GOOD_CP949_FACTS);
    expect(GOOD_CP949_FACTS).toContain("똠");
  });

  test("good/labels/x.csv starts with a UTF-8 BOM; good/districts.csv has CRLF line ends", () => {
    expect([...readFileSync(join(FIXTURES, "good/labels/x.csv")).subarray(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    const districts = readFileSync(join(FIXTURES, "good/districts.csv"), "utf-8");
    expect(districts.split("\r\n").length).toBe(districts.split("\n").length);
    expect(districts).toContain("\r\n");
  });

  test("bad-encoding/facts/x.csv holds a byte that is neither UTF-8 nor CP949", () => {
    const bytes = readFileSync(join(FIXTURES, "bad-encoding/facts/x.csv"));
    expect(isUtf8(bytes)).toBe(false);
    expect(iconv.decode(bytes, "cp949")).toContain("\uFFFD");
  });

  test("every bad-* folder is used by a test (see cli.test.ts and runPipeline.test.ts)", () => {
    const here = (name: string) => readFileSync(new URL(name, import.meta.url), "utf-8");
    const used = here("cli.test.ts") + here("runPipeline.test.ts");
    for (const dir of readdirSync(FIXTURES).filter((d) => d.startsWith("bad-")))
      expect(used, dir).toMatch(new RegExp(`[/"]${dir}["/]`));
  });
});
