/**
 * Registers (data/registers/<name>.csv + <name>.mapping.csv): one enterprise a
 * row, counted into facts by district and type that go through the same
 * validation, reconciliation and products as the transcribed ones.
 * Fixtures: test/fixtures/registers/ (written by make-register-fixtures.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { InputError } from "../../../scripts/validate/inputError.ts";
import { parseRegisterDate } from "../../../scripts/read/registers/registerDate.ts";
import { districtOfCell } from "../../../scripts/read/registers/registerDistrict.ts";
import { lineRanges } from "../../../scripts/read/registers/countRegister.ts";
import { districtResolver } from "../../../scripts/normalise/districtResolver.ts";
import { readInputTables } from "../../../scripts/read/readInput.ts";
import {
  FOLDERS,
  REGISTER,
  registerFixtures,
} from "../../fixtures/registers/make-register-fixtures.ts";
import {
  GOOD,
  REPO,
  copyFixture,
  inPool,
  removeTemp,
  runCliAsync,
  tempDir,
  type CliRun,
} from "../support/pipeline.ts";

const REGISTERS = join(REPO, "test/fixtures/registers");
const fixture = (dir: string) => relative(REPO, join(REGISTERS, dir));
const temps: string[] = [];
afterAll(() => temps.forEach(removeTemp));

const good = runPipeline(fixture("good"));
const fromRegister = good.model.facts.filter((f) => f.source_id === "example-register");

describe("the fixture register", () => {
  test("the committed files are what make-register-fixtures.ts writes", () => {
    for (const [path, bytes] of Object.entries(registerFixtures())) {
      const committed = readFileSync(join(REGISTERS, path));
      expect(Buffer.compare(committed, Buffer.from(bytes)), path).toBe(0);
    }
  });

  test("good/registers/example.csv is CP949 (not UTF-8) with a title row above the header", () => {
    const bytes = readFileSync(join(REGISTERS, "good/registers/example.csv"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const text = iconv.decode(bytes, "cp949");
    expect(text.replaceAll("\r\n", "\n")).toBe(REGISTER);
    expect(text.split("\r\n")[0]).toMatch(
      /^서울특별시 사회적경제기업 현황 \(2024\.12\.31\. 기준\)/,
    );
    expect(text).toContain("똠"); // in CP949, not in EUC-KR
  });
});

describe("counting a register", () => {
  test("counts by district × type are right", () => {
    const counts = Object.fromEntries(
      fromRegister
        .filter((f) => !f.is_total)
        .map((f) => [`${f.district_slug} ${f.category_key}`, f.value]),
    );
    expect(counts).toEqual({
      "seongbuk cooperative": 1,
      "seongbuk social_enterprise": 2,
      "seongbuk village_enterprise": 1,
      "seongbuk preliminary_social_enterprise": 1,
      "seongbuk social_cooperative": 1,
      "gangbuk self_sufficiency_enterprise": 1,
      "gangbuk social_enterprise": 1,
      "gangbuk cooperative": 1,
      "dobong village_enterprise": 1,
      "dobong social_enterprise": 1,
      "dobong preliminary_social_enterprise": 1,
      "nowon cooperative": 1,
      "nowon social_cooperative": 1,
      "nowon self_sufficiency_enterprise": 1,
    });
    const totals = Object.fromEntries(
      fromRegister.filter((f) => f.is_total).map((f) => [f.district_slug, f.value]),
    );
    expect(totals).toEqual({ seongbuk: 6, gangbuk: 3, dobong: 3, nowon: 3 });
    // Every one of the 15 rows is counted once.
    expect(fromRegister.filter((f) => !f.is_total).reduce((s, f) => s + f.value!, 0)).toBe(15);
  });

  test("facts carry the register's source, stable ids, the page and a note naming the rows", () => {
    for (const f of fromRegister) {
      expect(f).toMatchObject({
        source_id: "example-register",
        measure: "enterprises",
        status: "actual",
        unit_printed: "개",
        value_printed: String(f.value),
        period: "2024-12-31",
        page: "",
        section: "register example.csv (lines 3–17)",
        caption: "서울특별시 사회적경제기업 현황 (2024.12.31. 기준)",
      });
      expect(f.id).toBe(`example-${f.district_slug}-${f.category_key}`);
      expect(f.note).toMatch(/^Counted from register rows/);
      expect(f.input_file).toBe(join(fixture("good"), "registers/example.csv"));
    }
    const social = fromRegister.find((f) => f.id === "example-seongbuk-social_enterprise")!;
    expect(social.note).toContain('whose 기업유형 is "인증사회적기업" (lines 4, 16)');
    expect(social.part_of).toEqual(["example-seongbuk-all"]);
    const total = fromRegister.find((f) => f.id === "example-seongbuk-all")!;
    expect(total).toMatchObject({ is_total: true, category: "계", part_of: [] });
  });

  test("each district's total reconciles with its parts (match)", () => {
    const checks = good.checks.filter((c) => c.source_id === "example-register");
    expect(checks.map((c) => [c.fact_id, c.result])).toEqual([
      ["example-seongbuk-all", "match"],
      ["example-gangbuk-all", "match"],
      ["example-dobong-all", "match"],
      ["example-nowon-all", "match"],
    ]);
  });

  test("the facts reach the products (facts.csv, enterprises)", () => {
    const facts = good.files.get("facts.csv") as string;
    expect(facts).toContain("example-nowon-social_cooperative,11350,");
    const enterprises = good.products.find((p) => p.rows.some((r) => r.type_key !== undefined));
    expect(enterprises?.rows.some((r) => r.source_id === "example-register")).toBe(true);
  });

  test("a UTF-8 (BOM) register gives exactly the same facts", () => {
    const utf8 = runPipeline(fixture("good-utf8"));
    const strip = (fs: typeof fromRegister) => fs.map(({ input_file: _, ...f }) => f);
    expect(strip(utf8.model.facts.filter((f) => f.source_id === "example-register"))).toEqual(
      strip(fromRegister),
    );
  });

  test("without data/registers/ the input is exactly what it was", () => {
    expect(existsSync(join(GOOD, "registers"))).toBe(false);
    const input = readInputTables(GOOD);
    expect(input.facts.every((f) => f.file.includes("/facts/"))).toBe(true);
  });
});

describe("pieces", () => {
  test("dates in the formats registers print", () => {
    expect(parseRegisterDate("2017-03-01")).toBe("2017-03-01");
    expect(parseRegisterDate("2017.03.01")).toBe("2017-03-01");
    expect(parseRegisterDate("2017. 3. 1.")).toBe("2017-03-01");
    expect(parseRegisterDate("20170301")).toBe("2017-03-01");
    expect(parseRegisterDate("2017.02.30")).toBeUndefined();
    expect(parseRegisterDate("2017")).toBeUndefined();
  });

  test("districts in any known form, or from an address", () => {
    const input = readInputTables(GOOD);
    const resolver = districtResolver(input.districts.map((d) => d.record));
    for (const cell of ["성북구", "성북", "Seongbuk-gu", "11290", "서울특별시 성북구 종암로 25"])
      expect(districtOfCell(resolver, cell)?.code, cell).toBe("11290");
    expect(districtOfCell(resolver, "서울특별시 중구 세종대로 110")).toBeUndefined();
    expect(districtOfCell(resolver, "성복구")).toBeUndefined();
  });

  test("line ranges", () => {
    expect(lineRanges([3, 4, 5, 7, 9, 10])).toBe("3–5, 7, 9–10");
  });
});

interface BadCase {
  dir: string;
  file: string;
  line: number;
  column: string;
  message: RegExp;
}

const BAD: BadCase[] = [
  {
    dir: "bad-unknown-type",
    file: "registers/example.csv",
    line: 9,
    column: "기업유형",
    message: /unknown type "사회적기업\(인증\)"/,
  },
  {
    dir: "bad-unknown-district",
    file: "registers/example.csv",
    line: 5,
    column: "자치구",
    message: /unknown district "성복구"/,
  },
  {
    dir: "bad-date",
    file: "registers/example.csv",
    line: 7,
    column: "인증(지정)일",
    message: /expected a date such as .*found "2019\.13\.02"/,
  },
  {
    dir: "bad-date-after-reference",
    file: "registers/example.csv",
    line: 13,
    column: "인증(지정)일",
    message: /date 20250110 is after the register's reference date 2024-12-31/,
  },
  {
    dir: "bad-missing-column",
    file: "registers/example.mapping.csv",
    line: 7,
    column: "value",
    message: /no column "인증일" in the header of .*example\.csv \(line 2/,
  },
  {
    dir: "bad-header-row",
    file: "registers/example.mapping.csv",
    line: 3,
    column: "value",
    message: /header_row 1: line 1 of .*holds none of the mapped columns/,
  },
];

test("every bad folder is tested", () => {
  expect(Object.keys(FOLDERS).filter((d) => d.startsWith("bad-"))).toEqual(BAD.map((c) => c.dir));
});

describe("bad registers: one problem each, with file, line and column", () => {
  test.each(BAD)("$dir: $file line $line $column", (c) => {
    let error: unknown;
    try {
      runPipeline(fixture(c.dir));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: join(fixture(c.dir), c.file),
      line: c.line,
      column: c.column,
    });
    expect(problems[0]!.message).toMatch(c.message);
  });

  test("a register without its mapping, and a mapping without its register, are errors", () => {
    const dir = copyFixture(join(REGISTERS, "good"), {
      "registers/example.mapping.csv": null,
      "registers/other.mapping.csv": "field,value\n",
    });
    temps.push(dir);
    expect(() => runPipeline(dir)).toThrow(
      /no mapping example\.mapping\.csv[\s\S]*no register other\.csv/,
    );
  });

  test("a mapping type that maps to a missing label is an error in the mapping", () => {
    const mapping = readFileSync(join(REGISTERS, "good/registers/example.mapping.csv"), "utf-8");
    const dir = copyFixture(join(REGISTERS, "good"), {
      "registers/example.mapping.csv": mapping.replace(
        "type:자활기업,자활기업",
        "type:자활기업,자활",
      ),
    });
    temps.push(dir);
    expect(() => runPipeline(dir)).toThrow(
      /example\.mapping\.csv, line 16, column "value": no label for "자활"/,
    );
  });
});

describe("the CLI on registers", () => {
  const runs = new Map<string, { out: string; parent: string; run?: CliRun }>();
  beforeAll(async () => {
    for (const dir of [...BAD.map((c) => c.dir), "good"]) {
      const parent = tempDir("out");
      temps.push(parent);
      runs.set(dir, { parent, out: join(parent, "out") });
    }
    const cache = tempDir("node-compile-cache");
    temps.push(cache);
    await inPool([...runs], 3, async ([dir, job]) => {
      job.run = await runCliAsync(["--data", fixture(dir), "--out", job.out], cache);
    });
  }, 120_000);

  test.each(BAD)("$dir: exits 1, names the place, writes nothing", (c) => {
    const { run, out, parent } = runs.get(c.dir)!;
    expect(run!.status, run!.stderr).toBe(1);
    expect(run!.stderr).toContain("has 1 problem(s); nothing was written.");
    const where = `${fixture(c.dir)}/${c.file}, line ${c.line}, column "${c.column}": `;
    const line = run!.stderr.split("\n").find((l) => l.startsWith(where));
    expect(line, `no line starting "${where}" in:\n${run!.stderr}`).toMatch(c.message);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  test("good: exits 0 and writes the register's facts", () => {
    const { run, out } = runs.get("good")!;
    expect(run!.status, run!.stderr).toBe(0);
    expect(readFileSync(join(out, "facts.csv"), "utf-8")).toBe(good.files.get("facts.csv"));
  });
});
