/**
 * The whole pipeline on the good fixture: golden outputs, byte-identical
 * rebuilds, the Excel variants, the data package, and CSVs that parse back.
 *
 * Golden files live in test/fixtures/pipeline/good.expected/. On a mismatch the
 * test writes the new output next to the golden as <file>.actual, so
 * `diff good.expected/facts.csv good.expected/facts.csv.actual` shows what
 * changed. When a change is intended, check it by eye and re-run with
 * UPDATE_GOLDEN=1 to rewrite the goldens.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import Papa from "papaparse";
import { unzipSync } from "fflate";
import { runPipeline, type PipelineResult } from "../../../scripts/pipeline.ts";
import { ZIP_FILE } from "../../../contract/siteData.ts";
import { InputError } from "../../../scripts/validate/inputError.ts";
import { FIXTURES, GOOD } from "../support/pipeline.ts";

const EXPECTED = join(FIXTURES, "good.expected");
const text = (c: string | Uint8Array | undefined) =>
  typeof c === "string" ? c : c === undefined ? "" : Buffer.from(c).toString("utf-8");

let result: PipelineResult;
beforeAll(() => {
  result = runPipeline(GOOD);
});

/** Every public CSV that is not a chart or an Excel variant. */
const goldenNames = () =>
  [...result.files.keys()].filter((n) => n.endsWith(".csv") && !n.includes("/")).sort();

describe("golden output of the good fixture", () => {
  test("the set of files written", () => {
    expect([...result.files.keys()].sort()).toEqual(
      [
        "budget-years.csv",
        "budgets.csv",
        "charts/budget-by-funder.csv",
        "charts/budget-years.csv",
        "charts/enterprises-northeast-2017.csv",
        "charts/enterprises-totals.csv",
        "charts/enterprises-totals-per-10k.csv",
        "charts/purchasing.csv",
        "charts/purchasing-series.csv",
        "charts/special-zone-budget.csv",
        "claims.csv",
        "datapackage.json",
        "district-profiles.csv",
        "districts.csv",
        "enterprises.csv",
        "facts.csv",
        "labels.csv",
        "measures.csv",
        "purchasing.csv",
        "reconciliation.csv",
        "seoul-social-economy-atlas-data.zip",
        "sources.csv",
        "special-zone-rounds.csv",
      ]
        .flatMap((n) => (n.endsWith(".csv") ? [n, `excel/${n}`] : [n]))
        .sort(),
    );
  });

  test.each([
    "facts.csv",
    "reconciliation.csv",
    "sources.csv",
    "districts.csv",
    "measures.csv",
    "labels.csv",
    "special-zone-rounds.csv",
    "enterprises.csv",
    "budgets.csv",
    "budget-years.csv",
    "purchasing.csv",
    "district-profiles.csv",
    "claims.csv",
  ])("%s matches its golden file", (name) => {
    expect(goldenNames()).toContain(name);
    const golden = join(EXPECTED, name);
    const actual = text(result.files.get(name));
    mkdirSync(EXPECTED, { recursive: true });
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
    const expected = existsSync(golden) ? readFileSync(golden, "utf-8") : "";
    if (actual !== expected) writeFileSync(`${golden}.actual`, actual);
    else rmSync(`${golden}.actual`, { force: true });
    expect(actual, `differs from ${golden}; see ${golden}.actual`).toBe(expected);
  });

  test("every public CSV but the charts has a golden file", () => {
    expect(goldenNames()).toHaveLength(13);
  });
});

describe("facts.csv and reconciliation.csv say what the fixture prints", () => {
  const rows = (name: string) =>
    Papa.parse<Record<string, string>>(text(result.files.get(name)), {
      header: true,
      skipEmptyLines: true,
    }).data;

  test("facts.csv has every fact once, with the contract's columns", () => {
    const facts = rows("facts.csv");
    expect(facts).toHaveLength(39);
    for (const column of [
      "district_code",
      "district_slug",
      "district_ko",
      "district_en",
      "period",
      "measure",
      "category",
      "status",
      "value",
      "unit",
      "value_printed",
      "unit_printed",
      "is_total",
      "source_id",
      "page",
      "note",
    ])
      expect(Object.keys(facts[0]!)).toContain(column);
    const x005 = facts.find((f) => f.fact_id === "x-005")!;
    expect([x005.value, x005.value_printed]).toEqual(["", "-"]);
    const x014 = facts.find((f) => f.fact_id === "x-014")!;
    expect([x014.value, x014.unit, x014.value_printed, x014.unit_printed]).toEqual([
      "590000000",
      "KRW",
      "5억9천",
      "원",
    ]);
  });

  test("reconciliation: every total, rate and change, with its result and difference", () => {
    expect(
      rows("reconciliation.csv").map((r) => [r.check_id, r.result, r.computed, r.difference]),
    ).toEqual([
      ["sum:cp949-001", "match", "19", "0"],
      ["sum:x-001", "match", "120", "0"],
      ["sum:x-006", "mismatch", "90", "10"],
      ["sum:x-009", "not_checkable", "", ""],
      ["sum:x-011", "match", "4800000", "0"],
      ["ratio:x-016", "match", "63.683051", "0.016949"],
      ["ratio:x-019", "mismatch", "68.333333", "17.666667"],
      ["ratio:x-022", "match", "142.857143", "0.042857"],
      ["diff:x-025", "match", "-300000000", "0"],
      ["diff:x-028", "mismatch", "50000000", "10000000"],
      ["sum:x-029", "not_checkable", "", ""],
    ]);
  });
});

describe("rebuilds, variants and the data package", () => {
  test("running twice gives byte-identical files, the ZIP included", () => {
    const again = runPipeline(GOOD);
    expect([...again.files.keys()]).toEqual([...result.files.keys()]);
    for (const [name, content] of result.files) {
      const other = again.files.get(name)!;
      expect(Buffer.compare(Buffer.from(other), Buffer.from(content)), name).toBe(0);
    }
  });

  test("the ZIP holds every CSV and the data package, as written", () => {
    const zip = unzipSync(result.files.get(ZIP_FILE) as Uint8Array);
    const expected = [...result.files.keys()].filter((n) => n !== ZIP_FILE);
    expect(Object.keys(zip).sort()).toEqual(expected.sort());
    for (const name of expected) expect(text(zip[name]), name).toBe(text(result.files.get(name)));
  });

  test("every Excel variant is its CSV with a BOM, formulas neutralised, numbers untouched", () => {
    for (const name of [...result.files.keys()].filter((n) => n.startsWith("excel/"))) {
      const excel = text(result.files.get(name));
      expect(excel.startsWith("\uFEFF"), name).toBe(true);
      const plain = text(result.files.get(name.slice("excel/".length)));
      expect(Papa.parse(excel.slice(1), { skipEmptyLines: true }).data.length, name).toBe(
        Papa.parse(plain, { skipEmptyLines: true }).data.length,
      );
    }
    const facts = Papa.parse<Record<string, string>>(
      text(result.files.get("excel/facts.csv")).slice(1),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    const note = (id: string) => facts.find((f) => f.fact_id === id)!.note;
    expect(["x-002", "x-003", "x-004", "x-005"].map(note)).toEqual(["'=1+1", "'+x", "'@x", "'-x"]);
    const x025 = facts.find((f) => f.fact_id === "x-025")!;
    expect(x025.value).toBe("-300000000");
    expect(x025.value_printed).toBe("△ 300");
    // The plain CSV keeps the text exactly.
    expect(text(result.files.get("facts.csv"))).toContain(",=1+1\r\n");
  });

  test("datapackage.json lists every public CSV with its row count, fields and licence", () => {
    const pkg = JSON.parse(text(result.files.get("datapackage.json")));
    const csvs = [...result.files.keys()].filter(
      (n) => n.endsWith(".csv") && !n.startsWith("excel/"),
    );
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(csvs.sort());
    expect(pkg.licenses[0].name).toBe("CC-BY-4.0");
    expect(pkg.sources).toHaveLength(2);
    for (const r of pkg.resources) {
      const body = text(result.files.get(r.path));
      const parsed = Papa.parse<Record<string, string>>(body, {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors, r.path).toEqual([]);
      expect(parsed.data.length, r.path).toBe(r.count_of_rows);
      expect(parsed.meta.fields, r.path).toEqual(
        r.schema.fields.map((f: { name: string }) => f.name),
      );
      const product = result.products.find(
        (p) => `${p.folder ? `${p.folder}/` : ""}${p.name}.csv` === r.path,
      )!;
      expect(product.rows.length, r.path).toBe(r.count_of_rows);
    }
  });

  test("every CSV is RFC 4180 with CRLF line ends and ends with one", () => {
    for (const [name, content] of result.files) {
      if (!name.endsWith(".csv")) continue;
      const body = text(content);
      expect(body.endsWith("\r\n"), name).toBe(true);
      expect(body.replaceAll("\r\n", "").includes("\r"), name).toBe(false);
    }
  });
});

describe("bad input", () => {
  test("a missing data folder is an InputError, not a crash", () => {
    expect(() => runPipeline(join(FIXTURES, "no-such-folder"))).toThrow(InputError);
  });

  // Bug: scripts/lib/loadInput.ts readInputTables throws as soon as any cell fails its
  // column parser, so buildModel's checks (districts, labels, units, references) never
  // run on the other rows. bad-cross-phase/facts/x.csv has an impossible date on line 3
  // and an unknown district ("강복구") on line 4; only line 3 is reported, so the person
  // fixing the file needs a second run to learn about line 4 — against "Bad input stops
  // it with every problem listed" (scripts/data.ts) and "every input row ends up in the
  // output or in the error" (DESIGN.md).
  test("problems found by the cell parsers and by buildModel are reported together", () => {
    let problems: { line: number; column: string }[] = [];
    try {
      runPipeline(join(FIXTURES, "bad-cross-phase"));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems = e.problems;
    }
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, "period"],
      [4, "district"],
    ]);
  });
});
