/**
 * Excel workbooks of the public products, made with exceljs: one of every
 * table and one per chart. Each data sheet has three header rows (the CSV
 * column name, its meaning in Korean, in English, with the unit) above the
 * rows exactly as in the CSV, numbers typed as numbers; a README sheet says
 * what each column means, where the data comes from, the licence and the
 * data version.
 *
 * Streamed with exceljs's WorkbookWriter: each row is written out as it is
 * added, so a workbook of a million facts is never held in memory.
 *
 * Deterministic: the workbook's dates are the data's date (not the clock), and
 * every ZIP entry carries one fixed time (exceljs's archiver would stamp each
 * with the time of writing).
 */
import ExcelJS from "exceljs";
import { Writable } from "node:stream";
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

// exceljs's archiver writes DOS time from the UTC fields of the date it is given, so the fixed
// time is a UTC instant: 2000-01-01 00:00 in every zone (a local midnight read 1999-12-31 15:00
// when built in Seoul, so two builds differed by the machine's time zone).
const zipMtime = () => new Date(Date.UTC(2000, 0, 1));

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

type Sheet = ExcelJS.Worksheet;

function addDataSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, p: Product): void {
  const ws = wb.addWorksheet(sheetName(p), {
    views: [{ state: "frozen", ySplit: XLSX_HEADER_ROWS }],
  });
  // Columns first: the streamed writer gives each cell its column's style as the cell is made.
  ws.columns = p.fields.map((f) => ({
    width: f.type === "string" ? 24 : 16,
    ...(f.type === "number" || f.type === "integer"
      ? { style: { numFmt: f.type === "integer" ? "0" : "General" } }
      : {}),
  }));
  const header = (values: ExcelJS.CellValue[], style: (r: ExcelJS.Row) => void) => {
    const row = ws.addRow(values);
    style(row);
    row.commit();
  };
  header(
    p.fields.map((f) => f.name),
    (r) => (r.font = { bold: true }),
  );
  for (const lang of ["ko", "en"] as const)
    header(
      p.fields.map((f) =>
        withUnit((lang === "ko" ? f.description_ko : f.description) ?? "", f, lang),
      ),
      (r) => {
        r.font = { italic: true, color: { argb: "FF555555" } };
        r.alignment = { wrapText: true, vertical: "top" };
      },
    );
  // The filter sits on the last header row, so it filters the data rows only.
  ws.autoFilter = {
    from: { row: XLSX_HEADER_ROWS, column: 1 },
    to: { row: XLSX_HEADER_ROWS, column: Math.max(1, p.fields.length) },
  };
  const names = p.fields.map((f) => f.name);
  const cells: ExcelJS.CellValue[] = new Array(names.length);
  // A data cell's style is its column's (the rows have none). exceljs copies it into a new
  // object for every cell and then renders each copy to find its style id, unless it has seen
  // the very object before: one shared copy per column is the same style, looked up once
  // (at 100k rows this lookup was 37 of the workbooks' 64 s).
  const styles = names.map((_, i) => ({ ...ws.getColumn(i + 1).style }));
  // Each row goes to the sheet's stream as it is added: the sheet is never held.
  for (const row of eachRow(p)) {
    for (let i = 0; i < names.length; i++) cells[i] = sheetValue(row[names[i]!]);
    const r = ws.addRow(cells);
    // Every value is given (null for empty), so every column has its cell.
    for (let i = 0; i < names.length; i++) r.getCell(i + 1).style = styles[i]!;
    r.commit();
  }
  (ws as Sheet & { commit(): void }).commit();
}

function addReadme(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  products: readonly Product[],
  meta: WorkbookMeta,
): void {
  const ws = wb.addWorksheet(README_SHEET);
  const wrap = { alignment: { wrapText: true, vertical: "top" } } as const;
  ws.columns = [
    { width: 22 },
    { width: 60, style: wrap },
    { width: 60, style: wrap },
    { width: 12 },
    { width: 16 },
  ];
  let pending: ExcelJS.Row | undefined;
  // A row is committed (written out) when the next one is added, so its font can still be set.
  const line = (...cells: ExcelJS.CellValue[]) => {
    pending?.commit();
    return (pending = ws.addRow(cells));
  };
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
  pending?.commit();
  (ws as Sheet & { commit(): void }).commit();
}

/** The data date as a Date for the workbook's properties: its first day, UTC. */
export function dateOf(date: string): Date {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return new Date(Date.UTC(2000, 0, 1));
  return new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
}

/** Where a workbook's bytes go, in order. */
export interface WorkbookSink {
  write(bytes: Uint8Array): void;
}

/**
 * exceljs's streamed writer, with every ZIP entry stamped at the fixed time (its archiver
 * stamps each entry with the clock). The first entries are added in the constructor, so they
 * are held back until the stamp is in place.
 */
class FixedTimeWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  private ready = false;
  constructor(options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>) {
    super(options);
    const zip = (this as unknown as { zip: Archive }).zip;
    const append = zip.append.bind(zip);
    zip.append = (source, data) => append(source, { ...data, date: zipMtime() });
    this.ready = true;
    (this as unknown as { promise: Promise<unknown> }).promise = Promise.all([
      super.addThemes(),
      super.addOfficeRels(),
    ]);
  }
  override addThemes(): Promise<void> {
    return this.ready ? super.addThemes() : Promise.resolve();
  }
  override addOfficeRels(): Promise<void> {
    return this.ready ? super.addOfficeRels() : Promise.resolve();
  }
}

interface Archive {
  append(source: unknown, data: { name: string; date?: Date }): unknown;
}

/** ZIP deflate level of the workbooks (zlib's default; deflating is ~2% of the workbook time). */
const WORKBOOK_LEVEL = 6;

/**
 * Writes one workbook to `sink` as exceljs streams it: each row is written out as it is added,
 * so neither the rows nor the sheet XML are held.
 */
export async function writeWorkbook(
  products: readonly Product[],
  meta: WorkbookMeta,
  sink: WorkbookSink,
): Promise<void> {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      sink.write(chunk);
      done();
    },
  });
  const closed = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  const when = dateOf(meta.date);
  const wb = new FixedTimeWorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: USE_SHARED_STRINGS,
    zip: { zlib: { level: WORKBOOK_LEVEL } },
  });
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
  await wb.commit();
  await closed;
}

/**
 * Text cells inline, not in a shared-strings table: measured at 10k synthetic rows, shared
 * strings cost 12.9 s CPU / 393 MiB peak for 3.03 MB of workbooks, inline 12.2 s / 373 MiB
 * for 3.30 MB; the shared table also holds every distinct text (a million fact ids) to the end.
 */
const USE_SHARED_STRINGS = false;

/** Every workbook, by path under /data/, with the products it holds: all tables, and one per chart. */
export function workbookFiles(products: readonly Product[]): [string, Product[]][] {
  return [
    [ALL_TABLES_XLSX, products.filter((p) => !p.folder)],
    ...products
      .filter((p) => p.folder === "charts")
      .map((p): [string, Product[]] => [xlsxPath(p), [p]]),
  ];
}
