/**
 * The streamed publish path: the CSV writer quotes exactly as papaparse did, the streamed ZIP
 * opens in other readers with the same bytes inside, the hand-off's chunks are exactly
 * JSON.stringify, and a failure half-way leaves no output.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import Papa from "papaparse";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { csvChunks, csvPairChunks, csvText } from "../../../scripts/publish/csvText.ts";
import { MemorySink, SMALL_ENTRY, ZipWriter, zipFiles } from "../../../scripts/publish/zipFiles.ts";
import { fromTableJson, tableJsonChunks } from "../../../contract/tableJson.ts";
import { writeFolderAtomicallyWith } from "../../../scripts/publish/writeFolderAtomically.ts";
import { writeFileAtomically } from "../../../scripts/publish/writeFileAtomically.ts";
import { runPipeline, runPipelineToFolder } from "../../../scripts/pipeline.ts";
import { addWorkbooks, memoryFolder, publishTo } from "../../../scripts/publish/publicFiles.ts";
import {
  siteDataFile,
  siteDataFromFile,
  ZIP_FILE,
  type SiteDataFile,
} from "../../../contract/siteData.ts";
import type { Model } from "../../../contract/model.ts";
import { field } from "../../../contract/product.ts";
import { GOOD, removeTemp, tempDir } from "../support/pipeline.ts";

let dir = "";
afterEach(() => removeTemp(dir));

const fields = [field("a", "string", "A."), field("b", "string", "B."), field("n", "number", "N.")];
const minimalModel: Model = {
  districts: [],
  sources: [],
  measures: [],
  labels: [],
  facts: [],
  participation: [],
};

describe("csvChunks", () => {
  test("quotes exactly as papaparse's unparse did, for any text", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", " ", ",", '"', "\r", "\n", "\uFEFF", "가", "="),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 5 }), (pairs) => {
        const rows = pairs.map(([a, b], i) => ({ a, b, n: i }));
        const papa =
          Papa.unparse(
            { fields: ["a", "b", "n"], data: rows.map((r) => [r.a, r.b, String(r.n)]) },
            { newline: "\r\n", quotes: false, header: true },
          ) + "\r\n";
        expect(csvText(fields, rows)).toBe(papa);
      }),
      { numRuns: 300 },
    );
  });

  test("a large product comes out in many chunks that join to the whole", () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => ({ a: `행 ${i}`, b: "y, z", n: i }));
    const chunks = [...csvChunks(fields, rows)];
    expect(chunks.length).toBeGreaterThan(1);
    const papa =
      Papa.unparse(
        { fields: ["a", "b", "n"], data: rows.map((r) => [r.a, r.b, String(r.n)]) },
        { newline: "\r\n", quotes: false, header: true },
      ) + "\r\n";
    expect(Buffer.concat(chunks).toString("utf8")).toBe(papa);
  });
});

describe("csvPairChunks", () => {
  test("the plain and Excel CSVs in one pass equal each made alone, sharing unchanged chunks", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({
      a: i === 150_000 ? "=SUM(A1)" : `행 ${i}`,
      b: i === 7 ? "-5" : "y, z",
      n: -i,
    }));
    const pairs = [...csvPairChunks(fields, rows)];
    const join = (xs: Uint8Array[]) => Buffer.concat(xs).toString("utf8");
    expect(join(pairs.map((c) => c.plain))).toBe(csvText(fields, rows));
    expect(join(pairs.map((c) => c.excel))).toBe(csvText(fields, rows, { excel: true }));
    const shared = pairs.filter((c) => c.plain === c.excel).length;
    expect(shared).toBeGreaterThan(0);
    expect(shared).toBeLessThan(pairs.length);
  }, 30_000);

  test("a large product's Excel CSV, deflated from the plain one's pieces, unzips to its bytes", () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => ({
      a: i % 100_000 === 7 ? "@formula" : `synthetic-${i}`,
      b: "서울특별시, 성북구",
      n: i * 1000,
    }));
    const product = {
      name: "big",
      title_ko: "큰 표",
      title_en: "Big",
      description_ko: "",
      description_en: "",
      fields,
      rows,
    };
    const files = new Map<string, string | Uint8Array>();
    publishTo(minimalModel, [], [product], memoryFolder(files));
    const zip = unzipSync(files.get(ZIP_FILE) as Uint8Array);
    expect(Object.keys(zip)).toEqual(["big.csv", "excel/big.csv", "datapackage.json"]);
    for (const name of ["big.csv", "excel/big.csv"]) {
      expect((files.get(name) as string).length).toBeGreaterThan(SMALL_ENTRY);
      expect(Buffer.from(zip[name]!).toString("utf8"), name).toBe(files.get(name));
    }
    expect(files.get("excel/big.csv")).toBe(csvText(fields, rows, { excel: true }));
  }, 60_000);
});

describe("ZipWriter", () => {
  test("a streamed entry larger than SMALL_ENTRY, in many writes, unzips to its bytes", () => {
    const line = 'fact,서울특별시,1234,"a, b"\r\n';
    const big = Buffer.from(line.repeat(Math.ceil((SMALL_ENTRY * 1.5) / line.length)));
    const sink = new MemorySink();
    const zip = new ZipWriter(sink);
    zip.begin("big.csv");
    for (let i = 0; i < big.length; i += 100_000) zip.write(big.subarray(i, i + 100_000));
    zip.end();
    zip.begin("empty.csv");
    zip.end();
    zip.finish();
    const files = unzipSync(new Uint8Array(sink.bytes()));
    expect(Object.keys(files)).toEqual(["big.csv", "empty.csv"]);
    expect(Buffer.from(files["big.csv"]!).equals(big)).toBe(true);
    expect(files["empty.csv"]!.byteLength).toBe(0);
  });

  test("the same files give the same bytes", () => {
    const files = new Map<string, string>([
      ["b.csv", "x\r\n"],
      ["a.csv", "y\r\n"],
    ]);
    expect(Buffer.from(zipFiles(files)).equals(Buffer.from(zipFiles(files)))).toBe(true);
    expect(Object.keys(unzipSync(zipFiles(files)))).toEqual(["a.csv", "b.csv"]);
  });
});

describe("table JSON (the hand-off)", () => {
  const value = {
    version: "x",
    skip: undefined,
    model: {
      facts: Array.from({ length: 3000 }, (_, i) => ({
        id: `f${i}`,
        v: i % 3 ? i : null,
        part_of: i % 2 ? [`f${i - 1}`] : [],
        note: 'quote " and 가',
      })),
      // Not one shape: written as records.
      mixed: Array.from({ length: 100 }, (_, i) => (i % 2 ? { a: i } : { a: i, maybe: undefined })),
    },
    list: [1, undefined, "가"],
    nested: { a: { b: { c: { d: [1, 2] } } } },
  };

  test("read back, it is the value as JSON.stringify would give it", () => {
    const chunks = [...tableJsonChunks(value)];
    expect(chunks.length).toBeGreaterThan(3);
    const text = chunks.join("");
    expect(fromTableJson(JSON.parse(text))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  test("a long list of records of one shape is written with its keys once", () => {
    const text = [...tableJsonChunks(value)].join("");
    expect(text.split('"part_of"').length - 1).toBe(1);
    expect(text.split('"maybe"').length - 1).toBe(0);
  });
});

describe("streamed output is all or nothing", () => {
  test("a failure while writing leaves the previous output and no temporary folder", () => {
    dir = tempDir("stream");
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "keep.csv"), "kept");
    expect(() =>
      writeFolderAtomicallyWith(out, (temp) => {
        writeFileSync(join(temp, "half.csv"), "half");
        throw new Error("disk full");
      }),
    ).toThrow("disk full");
    expect(readdirSync(out)).toEqual(["keep.csv"]);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  test("a failing chunk source leaves no hand-off file, not even a temporary one", () => {
    dir = tempDir("stream");
    const file = join(dir, "site.json");
    writeFileAtomically(file, "old");
    function* failing() {
      yield "{";
      throw new Error("broken");
    }
    expect(() => writeFileAtomically(file, failing())).toThrow("broken");
    expect(readFileSync(file, "utf-8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["site.json"]);
  });

  test("the streamed CLI path writes exactly the in-memory files, workbooks and hand-off", async () => {
    dir = tempDir("stream");
    const out = join(dir, "out");
    const site = join(dir, "site.json");
    const written = await runPipelineToFolder(GOOD, out, site);
    const expected = runPipeline(GOOD);
    await addWorkbooks(expected);
    expect([...expected.files.keys()].filter((n) => n.endsWith(".xlsx")).length).toBeGreaterThan(0);
    expect(written.fileCount).toBe(expected.files.size);
    for (const [name, content] of expected.files) {
      const bytes = readFileSync(join(out, name));
      expect(bytes.equals(Buffer.from(content)), name).toBe(true);
    }
    expect(fromTableJson(JSON.parse(readFileSync(site, "utf-8")))).toEqual(
      JSON.parse(JSON.stringify(siteDataFile(expected.siteData))),
    );
    expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(false);
  }, 60_000);
});

describe("the hand-off holds each fact and check once", () => {
  const built = runPipeline(GOOD).siteData;
  const text = [...tableJsonChunks(siteDataFile(built))].join("");

  test("a fact's note and a check's explanation appear once in the file", () => {
    const fact = built.model.facts.find((f) => f.note.length > 10)!;
    const check = built.checks.find((c) => c.explanation_en.length > 10)!;
    const count = (needle: string) => text.split(JSON.stringify(needle)).length - 1;
    expect(count(fact.note)).toBe(1);
    expect(count(check.explanation_en)).toBe(1);
  });

  test("read back, every product has the rows the pipeline built", () => {
    const read = siteDataFromFile(fromTableJson(JSON.parse(text)) as SiteDataFile);
    expect(JSON.parse(JSON.stringify(read))).toEqual(JSON.parse(JSON.stringify(built)));
    const facts = read.products.find((p) => p.name === "facts" && !p.folder)!;
    expect(facts.rows.length).toBe(built.model.facts.length);
  });
});
