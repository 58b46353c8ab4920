/**
 * The workbooks read back with exceljs: every data cell equals the CSV's
 * (numbers as numbers), the headers carry both languages, the README sheet is
 * there, and two runs give the same bytes.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, test } from "vitest";
import { runPipeline, type PipelineResult } from "../../../scripts/pipeline.ts";
import { addWorkbooks } from "../../../scripts/publish/publicFiles.ts";
import { README_SHEET, XLSX_HEADER_ROWS, sheetName } from "../../../scripts/publish/xlsx.ts";
import { ALL_TABLES_XLSX, workbookOf, xlsxPath } from "../../../contract/paths.ts";
import { productPath, type Product } from "../../../contract/product.ts";
import { REAL_DATA } from "../support/pipeline.ts";

let result: PipelineResult;

async function read(path: string): Promise<ExcelJS.Workbook> {
  const bytes = result.files.get(path);
  if (!(bytes instanceof Uint8Array)) throw new Error(`no workbook ${path}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function csvRows(p: Product): string[][] {
  const text = result.files.get(productPath(p)) as string;
  return Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: false }).data;
}

/** A sheet cell as the CSV writes it. */
function asCsv(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  throw new Error(`unexpected cell ${JSON.stringify(value)}`);
}

beforeAll(async () => {
  result = runPipeline(REAL_DATA);
  await addWorkbooks(result);
}, 60_000);

describe("workbooks", () => {
  test("one of all tables and one per chart, with sizes recorded", () => {
    const charts = result.products.filter((p) => p.folder === "charts");
    expect(charts.length).toBeGreaterThan(0);
    for (const p of charts) {
      expect(workbookOf(p)).toBe(xlsxPath(p));
      expect(result.files.has(xlsxPath(p))).toBe(true);
      expect(result.siteData.sizes[xlsxPath(p)]).toBeGreaterThan(0);
    }
    expect(result.files.has(ALL_TABLES_XLSX)).toBe(true);
  });

  test("every cell of every sheet equals the CSV, numbers typed as numbers", async () => {
    const books = new Map<string, ExcelJS.Workbook>();
    for (const p of result.products) {
      const path = workbookOf(p);
      if (!books.has(path)) books.set(path, await read(path));
      const ws = books.get(path)!.getWorksheet(sheetName(p));
      expect(ws, `${path} has a sheet ${sheetName(p)}`).toBeDefined();
      const csv = csvRows(p);
      const header = csv[0]!;
      expect(ws!.getRow(1).values).toEqual([undefined, ...header]);
      expect(ws!.rowCount).toBe(XLSX_HEADER_ROWS + csv.length - 1);
      const numeric = new Set(
        p.fields.filter((f) => f.type === "number" || f.type === "integer").map((f) => f.name),
      );
      for (let r = 1; r < csv.length; r++) {
        const row = ws!.getRow(XLSX_HEADER_ROWS + r);
        header.forEach((name, c) => {
          const value = row.getCell(c + 1).value;
          const expected = csv[r]![c]!;
          expect(asCsv(value), `${path} ${p.name} row ${r} ${name}`).toBe(expected);
          if (numeric.has(name) && expected !== "") expect(typeof value).toBe("number");
        });
      }
    }
  }, 60_000);

  test("headers in Korean and English, with units; README with version, licence and sources", async () => {
    const facts = result.products.find((p) => p.name === "facts" && !p.folder)!;
    const wb = await read(ALL_TABLES_XLSX);
    const ws = wb.getWorksheet("facts")!;
    const value = facts.fields.findIndex((f) => f.name === "value") + 1;
    expect(String(ws.getRow(2).getCell(value).value)).toMatch(/[가-힣]/);
    expect(String(ws.getRow(3).getCell(value).value)).toMatch(/unit:/);
    const header = ws.getRow(1).values as string[];
    expect(header).toContain("unit");
    expect(header).toContain("source_id");
    const readme = wb.getWorksheet(README_SHEET)!;
    const text: string[] = [];
    readme.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    const all = text.join("\n");
    expect(all).toContain(result.siteData.version);
    expect(all).toContain("CC-BY-4.0");
    for (const s of result.model.sources) expect(all).toContain(s.id);
    for (const f of facts.fields) expect(text).toContain(f.name);
  });

  test("the same input gives byte-identical workbooks", async () => {
    const again = runPipeline(REAL_DATA);
    await addWorkbooks(again);
    for (const [path, bytes] of result.files) {
      if (!path.endsWith(".xlsx")) continue;
      expect(
        Buffer.compare(Buffer.from(again.files.get(path) as Uint8Array), Buffer.from(bytes)),
        path,
      ).toBe(0);
    }
  }, 60_000);

  test("workbooks are the same bytes built in Asia/Seoul as in UTC, every entry dated 2000-01-01", async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = "Asia/Seoul";
      const seoul = runPipeline(REAL_DATA);
      await addWorkbooks(seoul);
      process.env.TZ = "UTC";
      for (const [path, bytes] of result.files) {
        if (!path.endsWith(".xlsx")) continue;
        const other = Buffer.from(seoul.files.get(path) as Uint8Array);
        expect(Buffer.compare(other, Buffer.from(bytes)), path).toBe(0);
        // Every central directory entry: DOS time 0, date 2000-01-01.
        const dos = ((2000 - 1980) << 9) | (1 << 5) | 1;
        let entries = 0;
        for (let i = other.indexOf(CENTRAL); i >= 0; i = other.indexOf(CENTRAL, i + 4)) {
          expect([other.readUInt16LE(i + 12), other.readUInt16LE(i + 14)], path).toEqual([0, dos]);
          entries++;
        }
        expect(entries, path).toBeGreaterThan(5);
      }
    } finally {
      process.env.TZ = zone;
    }
  }, 60_000);
});

const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
