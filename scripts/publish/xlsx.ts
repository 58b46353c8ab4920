/**
 * Excel workbooks of the public products, made with exceljs: one of every
 * table and one per chart. Each data sheet has three header rows (the CSV
 * column name, its meaning in Korean, in English, with the unit) above the
 * rows exactly as in the CSV, numbers typed as numbers; a README sheet says
 * what each column means, where the data comes from, the licence and the
 * data version.
 *
 * Deterministic: the workbook's dates are the data's date (not the clock), and
 * the package is re-zipped with fixed timestamps (exceljs stamps every entry
 * with the time of writing).
 */
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import type { Source } from "../../contract/model.ts";
import { productPath, type Cell, type Field, type Product } from "../../contract/product.ts";
import { ALL_TABLES_XLSX, xlsxPath } from "../../contract/paths.ts";
import { eachRow } from "../../contract/rows.ts";
import { DATA_LICENCE } from "./dataPackage.ts";

/** Rows above the data on every data sheet: name, Korean meaning, English meaning. */
export const XLSX_HEADER_ROWS = 3;
export const README_SHEET = "README";

export interface WorkbookMeta {
  version: string;
  /** The data's date (YYYY, YYYY-MM or YYYY-MM-DD): the latest source date. */
  date: string;
  sources: readonly Source[];
}

// fflate writes DOS time from the local clock fields, so the date is made in the zone of the
// moment it is written: 2000-01-01 00:00 in every zone (a fixed UTC instant read 09:00 in
// Seoul and 00:00 in UTC, so two builds differed by the machine's time zone).
const zipMtime = () => new Date(2000, 0, 1);

/** An Excel sheet name: at most 31 characters, none of []:*?/\ . */
export function sheetName(p: Pick<Product, "name">): string {
  return p.name.replace(/[[\]:*?/\\]/g, "-").slice(0, 31);
}

/** Canonical units in Korean, for the Korean header row. */
const UNIT_KO: Record<string, string> = {
  KRW: "원",
  count: "개수",
  percent: "%",
  persons: "명",
  "per 10,000 residents": "주민 1만 명당",
  "see column unit": "unit 열 참조",
};

const withUnit = (text: string, f: Field, lang: "ko" | "en"): string =>
  !f.unit
    ? text
    : lang === "ko"
      ? `${text} [단위: ${UNIT_KO[f.unit] ?? f.unit}]`
      : `${text} [unit: ${f.unit}]`;

/** A cell as it goes into the sheet: numbers and booleans typed, null empty, text as text. */
function sheetValue(value: Cell | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  return value;
}

function addDataSheet(wb: ExcelJS.Workbook, p: Product): void {
  const ws = wb.addWorksheet(sheetName(p), {
    views: [{ state: "frozen", ySplit: XLSX_HEADER_ROWS }],
  });
  ws.addRow(p.fields.map((f) => f.name));
  ws.addRow(p.fields.map((f) => withUnit(f.description_ko ?? "", f, "ko")));
  ws.addRow(p.fields.map((f) => withUnit(f.description, f, "en")));
  for (const row of eachRow(p)) ws.addRow(p.fields.map((f) => sheetValue(row[f.name])));
  ws.getRow(1).font = { bold: true };
  for (const r of [2, 3]) {
    ws.getRow(r).font = { italic: true, color: { argb: "FF555555" } };
    ws.getRow(r).alignment = { wrapText: true, vertical: "top" };
  }
  p.fields.forEach((f, i) => {
    const col = ws.getColumn(i + 1);
    col.width = f.type === "string" ? 24 : 16;
    if (f.type === "number" || f.type === "integer")
      col.numFmt = f.type === "integer" ? "0" : "General";
  });
  // The filter sits on the last header row, so it filters the data rows only.
  ws.autoFilter = {
    from: { row: XLSX_HEADER_ROWS, column: 1 },
    to: { row: XLSX_HEADER_ROWS, column: Math.max(1, p.fields.length) },
  };
}

function addReadme(wb: ExcelJS.Workbook, products: readonly Product[], meta: WorkbookMeta): void {
  const ws = wb.addWorksheet(README_SHEET);
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 60;
  ws.getColumn(3).width = 60;
  ws.getColumn(4).width = 12;
  ws.getColumn(5).width = 16;
  const line = (...cells: ExcelJS.CellValue[]) => ws.addRow(cells);
  line("서울 사회적경제 지도 · Seoul Social Economy Atlas").font = { bold: true, size: 14 };
  line("데이터 버전 / data version", meta.version);
  line("데이터 날짜 / data date", meta.date, "The latest date of the sources: the data's date.");
  line("이용 조건 / licence", `${DATA_LICENCE.title} (${DATA_LICENCE.name})`, DATA_LICENCE.path);
  line(
    "인용 / cite",
    `서울 사회적경제 지도 (Seoul Social Economy Atlas), 데이터 버전 ${meta.version}.`,
    `Seoul Social Economy Atlas (서울 사회적경제 지도), data version ${meta.version}.`,
  );
  line(
    "읽는 법 / how to read",
    `시트마다 1행은 CSV 열 이름, 2행은 한국어 설명, 3행은 영어 설명, ${XLSX_HEADER_ROWS + 1}행부터 CSV와 같은 값입니다. 금액은 원 단위입니다.`,
    `On every sheet row 1 is the CSV column name, row 2 its meaning in Korean, row 3 in English; from row ${XLSX_HEADER_ROWS + 1} the values are those of the CSV. Money is in won.`,
  );
  line();
  for (const p of products) {
    line(sheetName(p), p.title_ko, p.title_en).font = { bold: true };
    line(`/data/${productPath(p)}`, p.description_ko, p.description_en);
    line("column / 열", "뜻 (한국어)", "meaning (English)", "type", "unit").font = { italic: true };
    for (const f of p.fields)
      line(f.name, f.description_ko ?? "", f.description, f.type, f.unit ?? "");
    line();
  }
  line("출처 / sources").font = { bold: true };
  line("id", "title (ko / en)", "publisher", "date", "address");
  for (const s of meta.sources)
    line(
      s.id,
      `${s.title_ko} / ${s.title_en}`,
      `${s.publisher_ko} / ${s.publisher_en}`,
      s.date,
      s.url,
    );
  ws.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  ws.getColumn(3).alignment = { wrapText: true, vertical: "top" };
}

/** The data date as a Date for the workbook's properties: its first day, UTC. */
export function dateOf(date: string): Date {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return new Date(Date.UTC(2000, 0, 1));
  return new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
}

/** Re-packs a ZIP with every entry at a fixed time, in name order. */
function fixedZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // [Content_Types].xml sorts first, where Office expects it.
  for (const name of Object.keys(entries).sort())
    out[name] = [entries[name]!, { mtime: zipMtime() }];
  return zipSync(out, { level: 9 });
}

export async function workbook(
  products: readonly Product[],
  meta: WorkbookMeta,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = dateOf(meta.date);
  wb.creator = "Seoul Social Economy Atlas";
  wb.lastModifiedBy = "Seoul Social Economy Atlas";
  wb.created = when;
  wb.modified = when;
  wb.title =
    products.length === 1 ? products[0]!.title_en : "Seoul Social Economy Atlas: all tables";
  wb.subject = `data version ${meta.version}`;
  addReadme(wb, products, meta);
  for (const p of products) addDataSheet(wb, p);
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: "visible" },
  ];
  const buffer = await wb.xlsx.writeBuffer();
  return fixedZip(new Uint8Array(buffer as ArrayBuffer));
}

/** Every workbook, by path under /data/: all tables in one, and one per chart. */
export async function workbooks(
  products: readonly Product[],
  meta: WorkbookMeta,
): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const tables = products.filter((p) => !p.folder);
  files.set(ALL_TABLES_XLSX, await workbook(tables, meta));
  for (const p of products.filter((x) => x.folder === "charts"))
    files.set(xlsxPath(p), await workbook([p], meta));
  return files;
}
