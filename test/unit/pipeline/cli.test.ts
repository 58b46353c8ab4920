/**
 * The CLI (`node scripts/data.ts --data DIR --out DIR`) as a person runs it:
 * on each bad fixture folder it must exit 1, name the file, line and column of
 * every problem on stderr, and write nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { addWorkbooks } from "../../../scripts/publish/publicFiles.ts";
import {
  copyFixture,
  FIXTURES,
  GOOD,
  REPO,
  removeTemp,
  inPool,
  runCliAsync,
  tempDir,
  type CliRun,
} from "../support/pipeline.ts";

const temps: string[] = [];
afterAll(() => temps.forEach(removeTemp));
const temp = (prefix: string) => {
  const dir = tempDir(prefix);
  temps.push(dir);
  return dir;
};

interface BadCase {
  dir: string;
  file: string;
  /** 0 when the problem is the whole file (missing, undecodable). */
  line: number;
  column: string;
  message: RegExp;
}

const CASES: BadCase[] = [
  {
    dir: "bad-unknown-district",
    file: "facts/x.csv",
    line: 3,
    column: "district",
    message: /unknown district "성복구"/,
  },
  {
    dir: "bad-number",
    file: "facts/x.csv",
    line: 4,
    column: "value_printed",
    message: /"1,0000" is not a number as printed/,
  },
  {
    dir: "bad-huge-number",
    file: "facts/x.csv",
    line: 4,
    column: "value_printed",
    message: /comes to 99999999999999000000 won, beyond the range a number holds exactly/,
  },
  {
    dir: "bad-control-character",
    file: "facts/x.csv",
    line: 4,
    column: "note",
    message: /control character U\+0007 at character 5/,
  },
  {
    dir: "bad-qualifier",
    file: "facts/x.csv",
    line: 4,
    column: "qualifier",
    message: /"약 1억" is printed as approximate, but the column says at_least/,
  },
  {
    dir: "bad-unit",
    file: "facts/x.csv",
    line: 3,
    column: "unit_printed",
    message: /unknown unit "개수"; expected one of 원 천원/,
  },
  {
    dir: "bad-unit-kind",
    file: "facts/x.csv",
    line: 4,
    column: "unit_printed",
    message: /unit "개" is count, but measure "budget" is money/,
  },
  {
    dir: "bad-missing-label",
    file: "facts/x.csv",
    line: 3,
    column: "category",
    message: /no label for "마을기업"/,
  },
  {
    dir: "bad-part-of",
    file: "facts/x.csv",
    line: 3,
    column: "part_of",
    message: /no fact with id "x-009"/,
  },
  {
    dir: "bad-duplicate-id",
    file: "facts/y.csv",
    line: 2,
    column: "id",
    message: /fact id "x-002" is already used at \S*facts\/x\.csv line 3/,
  },
  {
    dir: "bad-header",
    file: "facts/x.csv",
    line: 1,
    column: "",
    message: /header: missing column\(s\) value_printed; unknown column\(s\) valu_printed/,
  },
  {
    dir: "bad-encoding",
    file: "facts/x.csv",
    line: 0,
    column: "",
    message: /neither UTF-8 nor CP949\/EUC-KR/,
  },
  {
    dir: "bad-missing-districts",
    file: "districts.csv",
    line: 0,
    column: "",
    message: /required file is missing/,
  },
  {
    dir: "bad-label-two-keys",
    file: "labels/y.csv",
    line: 2,
    column: "key",
    message: /label "사회적기업" is mapped to "social_enterprise" elsewhere/,
  },
  {
    dir: "bad-unused-label",
    file: "labels/x.csv",
    line: 5,
    column: "label",
    message: /label "마을기업" is not used by any fact/,
  },
  {
    dir: "bad-computed-as",
    file: "facts/x.csv",
    line: 3,
    column: "computed_as",
    message: /expected "ratio\(NUM_ID,DEN_ID\)".*found "ratio\(x-001\)"/,
  },
  {
    dir: "bad-period",
    file: "facts/x.csv",
    line: 3,
    column: "period",
    message: /expected a period .*found "2017-13"/,
  },
];

/** How formatProblem names a place: `FILE, line N, column "C": MESSAGE`. */
function where(c: BadCase): string {
  const file = `${relative(REPO, join(FIXTURES, c.dir))}/${c.file}`;
  return [file, c.line > 0 ? `line ${c.line}` : "", c.column ? `column "${c.column}"` : ""]
    .filter(Boolean)
    .join(", ");
}

/** One CLI run: its output folder (inside `parent`, a fresh temp folder) and its result. */
interface Job {
  parent: string;
  out: string;
  args: string[];
  run?: CliRun;
}

function job(data: string, parent = temp("out")): Job {
  const out = join(parent, "out");
  return { parent, out, args: ["--data", data, "--out", out] };
}

const fixture = (dir: string) => relative(REPO, join(FIXTURES, dir));

// Every run is started up front, a few at a time: each is a fresh Node process.
const jobs = {
  bad: new Map<string, Job>(),
  twoRows: undefined as unknown as Job,
  existingOut: undefined as unknown as Job,
  good: undefined as unknown as Job & { data: string },
};

beforeAll(async () => {
  for (const c of CASES) jobs.bad.set(c.dir, job(fixture(c.dir)));
  jobs.twoRows = job(fixture("bad-two-rows"));
  jobs.existingOut = job(fixture("bad-number"));
  mkdirSync(join(jobs.existingOut.out, "charts"), { recursive: true });
  writeFileSync(join(jobs.existingOut.out, "facts.csv"), "previous build\r\n");
  writeFileSync(join(jobs.existingOut.out, "charts/x.csv"), "previous chart\r\n");
  // The good data sits in a folder whose path contains "facts" (see the bug below).
  const data = copyFixture(GOOD, {}, "facts");
  temps.push(data);
  jobs.good = { ...job(data), data };

  const all = [...jobs.bad.values(), jobs.twoRows, jobs.existingOut, jobs.good];
  // A compile cache shared by the runs halves the time of each.
  const cache = temp("node-compile-cache");
  await inPool(all, 3, async (j) => {
    j.run = await runCliAsync(j.args, cache);
  });
}, 120_000);

describe("the CLI on bad input", () => {
  test.each(CASES)("$dir: exit 1, names $file line $line $column, writes nothing", (c) => {
    const { run, out, parent } = jobs.bad.get(c.dir)!;
    expect(run!.status, run!.stderr).toBe(1);
    expect(run!.stderr).toContain("has 1 problem(s); nothing was written.");
    const line = run!.stderr.split("\n").find((l) => l.startsWith(`${where(c)}: `));
    expect(line, `no line starting "${where(c)}: " in:\n${run!.stderr}`).toBeDefined();
    expect(line).toMatch(c.message);
    expect(run!.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  test("every problem of a file is reported at once: two bad rows, both lines named", () => {
    const { run, parent } = jobs.twoRows;
    expect(run!.status).toBe(1);
    expect(run!.stderr).toContain("has 2 problem(s)");
    expect(run!.stderr).toContain(
      'test/fixtures/pipeline/bad-two-rows/facts/x.csv, line 3, column "district": unknown district "성복구"',
    );
    expect(run!.stderr).toContain(
      'test/fixtures/pipeline/bad-two-rows/facts/x.csv, line 4, column "value_printed": "12억억"',
    );
    expect(readdirSync(parent)).toEqual([]);
  });

  test("an existing output folder is left exactly as it was", () => {
    const { run, out, parent } = jobs.existingOut;
    expect(run!.status).toBe(1);
    expect(readdirSync(parent)).toEqual(["out"]);
    expect(readdirSync(out).sort()).toEqual(["charts", "facts.csv"]);
    expect(readFileSync(join(out, "facts.csv"), "utf-8")).toBe("previous build\r\n");
    expect(readFileSync(join(out, "charts/x.csv"), "utf-8")).toBe("previous chart\r\n");
  });
});

describe("the CLI on good input", () => {
  test("exits 0 and writes exactly what runPipeline and the workbook step build", async () => {
    const { run, out, parent, data } = jobs.good;
    expect(run!.status, run!.stderr).toBe(0);
    expect(run!.stderr).toBe("");
    const built = runPipeline(data);
    await addWorkbooks(built);
    const expected = built.files;
    const written: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else written.push(relative(out, path));
      }
    };
    walk(out);
    expect(written.sort()).toEqual([...expected.keys()].sort());
    for (const [name, content] of expected) {
      expect(Buffer.compare(readFileSync(join(out, name)), Buffer.from(content)), name).toBe(0);
    }
    expect(readdirSync(parent)).toEqual(["out"]);
    // It rebuilds the workbooks in-process to compare: seconds on a busy 2-core machine.
  }, 30_000);

  test("reports facts out and checks on stdout", () => {
    expect(jobs.good.run!.stdout).toMatch(/39 facts out; 11 checks \(3 mismatches\)/);
  });

  // Bug: scripts/data.ts counts "fact rows in" as the rows of every input file whose
  // path contains "facts" (`f.file.includes("facts")`), so when the data folder's own
  // path contains "facts" (here /tmp/atlas-facts-…/), districts, sources, measures,
  // labels and participation rows are counted as fact rows too: it prints
  // "70 fact rows in, 39 facts out" for 39 fact rows.
  test('counts only the rows of facts/*.csv as "fact rows in"', () => {
    expect(jobs.good.data).toMatch(/facts/);
    expect(jobs.good.run!.stdout).toMatch(/ 39 fact rows in, 39 facts out/);
  });
});
