/**
 * Property-based tests: random printed numbers, district spellings and whole
 * malformed CSV files thrown at the pipeline. It either gives the right answer
 * or an InputError naming the file and line: never another exception, a hang,
 * or a silently wrong number.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { districtResolver } from "../../../scripts/normalise/districtResolver.ts";
import type { DistrictRow } from "../../../scripts/validate/inputSchemas.ts";
import { InputError } from "../../../scripts/validate/inputError.ts";
import { NumberFormatError, parsePrintedValue } from "../../../scripts/normalise/koreanNumber.ts";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { copyFixture, GOOD, REAL_DATA, removeTemp } from "../support/pipeline.ts";

// Fixed seed: a failure is reproducible; fast-check prints the counterexample.
const SEED = 20_170_325;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

// --- printed numbers -------------------------------------------------------

/** "1234567" → "1,234,567". */
const withCommas = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** A whole number as printed: plain digits or with correct thousands commas. */
const printedInteger = fc
  .tuple(fc.integer({ min: 0, max: 999_999_999_999 }), fc.boolean())
  .map(([n, commas]) => ({ text: commas ? withCommas(n) : String(n), value: n }));

/** A group below 만 (1..9999) as plain digits or in 천/백/십 words ("1천2백34", "천5백"). */
const smallGroup = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.boolean(), fc.boolean())
  .map(([n, words, dropOne]) => {
    if (!words) return { text: String(n), value: n, words: false };
    const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10];
    let text = "";
    ["천", "백", "십"].forEach((unit, i) => {
      const d = digits[i]!;
      if (d > 0) text += (d === 1 && dropOne ? "" : String(d)) + unit;
    });
    const ones = n % 10;
    if (ones > 0) text += String(ones);
    return { text, value: n, words: /[천백십]/.test(text) };
  });

/** Korean number words: [억 group][만 group][rest], e.g. "27억1200만", "3억7573만", "12억". */
const wordNumber = fc
  .tuple(
    fc.option(smallGroup, { nil: undefined }),
    fc.option(smallGroup, { nil: undefined }),
    fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }),
  )
  .filter(([eok, man]) => eok !== undefined || man !== undefined)
  .map(([eok, man, rest]) => ({
    text:
      (eok ? eok.text + "억" : "") +
      (man ? man.text + "만" : "") +
      // Plain digits: after 억 a worded "9천" is the short form of 9천만 (below).
      (rest !== undefined ? String(rest) : ""),
    value: (eok?.value ?? 0) * 1e8 + (man?.value ?? 0) * 1e4 + (rest ?? 0),
  }));

/** The everyday short form "5억9천" = 5억 9천만. */
const shortForm = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }))
  .map(([eok, cheon]) => ({ text: `${eok}억${cheon}천`, value: eok * 1e8 + cheon * 1e7 }));

const decimal = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 3 }), fc.nat(999))
  .map(([whole, places, frac]) => {
    const f = String(frac % 10 ** places).padStart(places, "0");
    return { text: `${withCommas(whole)}.${f}`, value: Number(`${whole}.${f}`), decimals: places };
  });

describe("parsePrintedValue", () => {
  test("arbitrary text: a value or a NumberFormatError, never another exception", () => {
    const unit = fc.constantFrom("", "원", "천원", "백만원", "억원", "개", "건", "%", "㎡");
    const korean = fc.constantFrom(..."0123456789,.△▲-억만천백십조원건개% \t".split(""));
    const text = fc.oneof(fc.string(), fc.string({ unit: korean, maxLength: 20 }));
    fc.assert(
      fc.property(text, unit, (t, u) => {
        try {
          const v = parsePrintedValue(t, u);
          if (v.kind === "number") expect(Number.isFinite(v.value)).toBe(true);
        } catch (e) {
          if (!(e instanceof NumberFormatError)) throw e;
        }
      }),
      runs(200),
    );
  });

  test("well-formed numbers come back exactly, negatives and units included", () => {
    const number = fc.oneof(
      printedInteger.map((x) => ({ ...x, decimals: 0, words: false })),
      decimal.map((x) => ({ ...x, words: false })),
      wordNumber.map((x) => ({ ...x, decimals: 0, words: true })),
      shortForm.map((x) => ({ ...x, decimals: 0, words: true })),
    );
    const sign = fc.constantFrom("", "△", "△ ", "▲", "-");
    const unit = fc.constantFrom("", "원", "개", "건", "%");
    fc.assert(
      fc.property(number, sign, unit, fc.boolean(), (n, s, u, glued) => {
        const printed = `${s}${n.text}${glued ? u : ""}`;
        const expected = s === "" ? n.value : -n.value || 0;
        expect(parsePrintedValue(printed, u)).toEqual({
          kind: "number",
          value: expected,
          decimals: n.decimals,
          words: n.words,
          qualifier: "",
        });
      }),
      runs(200),
    );
  });
});

// --- district spellings ----------------------------------------------------

const districtRows: DistrictRow[] = (
  Papa.parse<Record<string, string>>(readFileSync(join(REAL_DATA, "districts.csv"), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data as Record<string, string>[]
).map((r) => ({
  code: r.code!,
  slug: r.slug!,
  name_ko: r.name_ko!,
  name_en: r.name_en!,
  aliases: r.aliases ? r.aliases.split("|").map((s) => s.trim()) : [],
  tile_row: r.tile_row ? Number(r.tile_row) : null,
  tile_col: r.tile_col ? Number(r.tile_col) : null,
}));
const spellings = districtRows.flatMap((d) =>
  [d.code, d.slug, d.name_ko, d.name_en, ...d.aliases].map((name) => ({ name, code: d.code })),
);
// The resolver's documented rule: case, spaces and hyphens (and _ . ·) don't matter.
const looseKey = (s: string) =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\-_.·]/g, "");
const knownKeys = new Set(spellings.map((s) => looseKey(s.name)));

describe("district resolution", () => {
  const resolver = districtResolver(districtRows);

  test("the real districts.csv has 26 rows and no conflicting spellings", () => {
    expect(districtRows).toHaveLength(26);
    expect(resolver.conflicts).toEqual([]);
  });

  test("any known spelling, in any case, with spaces or hyphens anywhere, resolves", () => {
    const spelling = fc.constantFrom(...spellings);
    const noise = fc.array(fc.constantFrom("", "", " ", "  ", "-", "\t", "_", "·", "."), {
      minLength: 40,
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        spelling,
        noise,
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (s, n, up) => {
          const mangled = [...s.name]
            .map((ch, i) => (up[i % 40] ? ch.toUpperCase() : ch.toLowerCase()) + n[i % 40])
            .join("");
          expect(resolver.resolve(` ${n[39]}${mangled}`)?.code).toBe(s.code);
        },
      ),
      runs(200),
    );
  });

  test("any other text resolves to nothing (the pipeline reports it as unknown)", () => {
    const other = fc.oneof(
      fc.string(),
      fc.string({
        unit: fc.constantFrom(..."성북강도봉노원구서울시 -abcgu".split("")),
        maxLength: 8,
      }),
    );
    fc.assert(
      fc.property(
        other.filter((s) => !knownKeys.has(looseKey(s))),
        (s) => {
          expect(resolver.resolve(s)).toBeUndefined();
        },
      ),
      runs(200),
    );
  });
});

// --- whole files -----------------------------------------------------------

const INPUT_FILES = [
  "districts.csv",
  "sources.csv",
  "measures.csv",
  "labels/x.csv",
  "facts/x.csv",
  "participation/x.csv",
];
const goodText = Object.fromEntries(
  INPUT_FILES.map((f) => [f, readFileSync(join(GOOD, f), "utf8")]),
);

let dir: string;
beforeAll(() => {
  dir = copyFixture(GOOD, {}, "fuzz");
});
afterAll(() => removeTemp(dir));

/** Runs the pipeline with `file` replaced; restores the file afterwards. */
function runWith(file: string, content: string | Uint8Array) {
  const path = join(dir, file);
  writeFileSync(path, content);
  try {
    return runPipeline(dir);
  } finally {
    writeFileSync(path, goodText[file]!);
  }
}

/** runPipeline succeeds, or fails with an InputError whose every problem names a file and line. */
function succeedsOrExplains(file: string, content: string | Uint8Array): void {
  try {
    runWith(file, content);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.problems.length).toBeGreaterThan(0);
    for (const p of e.problems) {
      expect(p.file, e.message).toMatch(/\S/);
      expect(Number.isInteger(p.line) && p.line >= 0, e.message).toBe(true);
      expect(p.message, e.message).toMatch(/\S/);
    }
  }
}

// Each run reads a whole data folder: generous timeouts for a loaded 2-core machine.
describe("malformed CSV files", { timeout: 30_000 }, () => {
  const file = fc.constantFrom(...INPUT_FILES);
  const token = fc.constantFrom(
    ",",
    '"',
    '""',
    "\n",
    "\r\n",
    "\r",
    "x",
    "성북구",
    "1,000",
    "△",
    "-",
    "true",
    "\uFEFF",
    "\u0000",
    "\u202E",
    " ",
  );

  test("random bytes", () => {
    fc.assert(
      fc.property(file, fc.uint8Array({ maxLength: 300 }), (f, bytes) =>
        succeedsOrExplains(f, bytes),
      ),
      runs(60),
    );
  });

  test("random quotes, commas and newlines", () => {
    fc.assert(
      fc.property(file, fc.array(token, { maxLength: 80 }), (f, tokens) =>
        succeedsOrExplains(f, tokens.join("")),
      ),
      runs(60),
    );
  });

  test("truncated and spliced good files", () => {
    fc.assert(
      fc.property(
        file,
        fc.nat(),
        fc.nat(),
        fc.array(token, { maxLength: 3 }),
        (f, cut, at, insert) => {
          const text = goodText[f]!;
          const truncated = text.slice(0, cut % (text.length + 1));
          const i = at % (truncated.length + 1);
          succeedsOrExplains(f, truncated.slice(0, i) + insert.join("") + truncated.slice(i));
        },
      ),
      runs(80),
    );
  });

  test("a printed value in a fact row comes out as exactly that number, or as an error", () => {
    const facts = goodText["facts/x.csv"]!;
    const row = facts.split("\n").find((l) => l.startsWith("x-014,"))!;
    const printed = fc.oneof(
      printedInteger,
      wordNumber,
      shortForm,
      // Anything else: must be an error, never a number.
      fc
        .string({ unit: fc.constantFrom(..."0123456789,.억만천백십 △".split("")), maxLength: 12 })
        .map((text) => ({ text, value: undefined as number | undefined })),
    );
    fc.assert(
      fc.property(printed, (p) => {
        const cells = row.split(",");
        // x-014: purchasing target of 성북구 in 원 (value_printed is column 8).
        cells[7] = `"${p.text}"`;
        const content = facts.replace(row, cells.join(","));
        let result;
        try {
          result = runWith("facts/x.csv", content);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          const valueProblems = e.problems.filter((q) => q.column === "value_printed");
          expect(valueProblems.length, e.message).toBeGreaterThan(0);
          for (const q of valueProblems) expect(q.file).toMatch(/facts\/x\.csv$/);
          if (p.value !== undefined) {
            // A well-formed number may only fail for a reason other than the number.
            throw new Error(`"${p.text}" (= ${p.value}) was rejected: ${e.message}`);
          }
          return;
        }
        const fact = result.model.facts.find((f) => f.id === "x-014")!;
        if (p.value !== undefined) expect(fact.value).toBe(p.value);
        else {
          // Random text that happened to be a number: the fact holds what the parser read.
          const v = parsePrintedValue(p.text, "원");
          expect(fact.value).toBe(v.kind === "dash" ? null : v.value);
        }
      }),
      runs(60),
    );
  });
});
