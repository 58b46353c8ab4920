/**
 * The publish stage: every product as a plain and an Excel CSV, the data
 * package, the ZIP of all of them, the Excel workbooks, and the site's private hand-off.
 *
 * Everything is streamed: each file is made a chunk at a time (a few thousand CSV rows),
 * and each chunk goes to the file and into the ZIP entry beside it before the next is made,
 * so no file is ever held whole in memory (a million facts make ~1.5 GB of CSV).
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Check } from "../../contract/check.ts";
import type { Model } from "../../contract/model.ts";
import { productPath, type Product } from "../../contract/product.ts";
import { excelCsvPath } from "../../contract/paths.ts";
import { eachRow } from "../../contract/rows.ts";
import { ZIP_FILE, type SiteData } from "../../contract/siteData.ts";
import { dataDate } from "../../contract/api.ts";
import { csvPairChunks } from "./csvText.ts";
import { dataPackage } from "./dataPackage.ts";
import { workbookFiles, writeWorkbook } from "./xlsx.ts";
import { Deflater, MemorySink, ZipWriter, type ByteSink } from "./zipFiles.ts";
import { siteCounts } from "../claims/siteCounts.ts";

/** Where the public files go: files open side by side, each one's bytes appended (and patched, for the ZIP). */
export interface FolderSink {
  open(name: string): ByteSink & { end(): void; readonly size: number };
}

export interface Published {
  /** Every public file, by path under /data/. */
  files: Map<string, string | Uint8Array>;
  siteData: SiteData;
}

/**
 * Writes every product's CSVs, the data package and the ZIP of them (CSV and data package only)
 * to `folder`, streaming; returns the site's hand-off, whose `sizes` list the files in product
 * order (plain, then Excel), then the data package, then the ZIP. In the ZIP each product's
 * plain CSV is followed by its Excel one, in path order, and the data package comes last: it
 * states the data version, the hash of facts.csv, known once that is written.
 */
export function publishTo(
  model: Model,
  checks: Check[],
  products: Product[],
  folder: FolderSink,
): SiteData {
  const sizes: Record<string, number> = {};
  for (const p of products) {
    sizes[productPath(p)] = 0;
    sizes[excelCsvPath(p)] = 0;
  }
  const factsHash = createHash("sha256");
  const zipOut = folder.open(ZIP_FILE);
  const zip = new ZipWriter(zipOut);
  const byPath = [...products].sort((a, b) => (productPath(a) < productPath(b) ? -1 : 1));
  for (const p of byPath) {
    const [plainName, excelName] = [productPath(p), excelCsvPath(p)];
    const plainOut = folder.open(plainName);
    const excelOut = folder.open(excelName);
    zip.begin(plainName);
    // The Excel CSV is deflated beside the plain one, taking its pieces where the bytes agree,
    // and goes into the ZIP after it.
    const excel = new Deflater(zip.deflater);
    const excelPieces: Buffer[] = [];
    for (const chunk of csvPairChunks(p.fields, eachRow(p))) {
      plainOut.write(chunk.plain);
      zip.write(chunk.plain);
      if (plainName === "facts.csv") factsHash.update(chunk.plain);
      excelOut.write(chunk.excel);
      excelPieces.push(...excel.write(chunk.excel));
    }
    zip.end();
    excelPieces.push(...excel.end());
    zip.add(excelName, excel, excelPieces);
    plainOut.end();
    excelOut.end();
    sizes[plainName] = plainOut.size;
    sizes[excelName] = excelOut.size;
  }
  // It changes exactly when the facts change, and never with the clock.
  const version = factsHash.digest("hex").slice(0, 8);
  const release = { version, date: dataDate(model.sources) };
  const pkg = Buffer.from(
    JSON.stringify(dataPackage(products, model.sources, release), null, 2) + "\n",
    "utf8",
  );
  const pkgOut = folder.open("datapackage.json");
  pkgOut.write(pkg);
  pkgOut.end();
  zip.begin("datapackage.json");
  zip.write(pkg);
  zip.end();
  sizes["datapackage.json"] = pkg.byteLength;
  zip.finish();
  zipOut.end();
  sizes[ZIP_FILE] = zipOut.size;
  return { version, model, checks, products, site_counts: siteCounts(model, checks), sizes };
}

/**
 * Writes the Excel workbooks (xlsx/…, see ./xlsx.ts) of what publishTo made into `folder`, and
 * adds their sizes to the hand-off. exceljs writes asynchronously, so this is a step of its
 * own after the (synchronous) CSV publish; the ZIP stays CSV-only. Each workbook is streamed
 * to its file as exceljs makes it.
 */
export async function publishWorkbooksTo(siteData: SiteData, folder: FolderSink): Promise<void> {
  const { model, products, version } = siteData;
  const meta = { version, date: dataDate(model.sources), sources: model.sources };
  for (const [path, held] of workbookFiles(products)) {
    const out = folder.open(path);
    await writeWorkbook(held, meta, out);
    out.end();
    siteData.sizes[path] = out.size;
  }
}

/** A FolderSink that writes files under `dir` (a temporary folder: see writeFolderAtomicallyWith). */
export function diskFolder(dir: string): FolderSink {
  return {
    open(name) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      const fd = openSync(path, "w");
      let size = 0;
      let closed = false;
      return {
        get size() {
          return size;
        },
        write(bytes) {
          let done = 0;
          while (done < bytes.byteLength)
            done += writeSync(fd, bytes, done, bytes.byteLength - done, size + done);
          size += bytes.byteLength;
        },
        patch(offset, bytes) {
          let done = 0;
          while (done < bytes.byteLength)
            done += writeSync(fd, bytes, done, bytes.byteLength - done, offset + done);
        },
        end() {
          if (!closed) closeSync(fd);
          closed = true;
        },
      };
    },
  };
}

/** Binary files kept as bytes in memory; the rest are text. */
const isBinary = (name: string) => name === ZIP_FILE || name.endsWith(".xlsx");

/** A FolderSink that keeps every file in memory: text files as strings, the ZIP and workbooks as bytes. */
export function memoryFolder(files: Map<string, string | Uint8Array>): FolderSink {
  return {
    open(name) {
      const sink = new MemorySink();
      let size = 0;
      return {
        get size() {
          return size;
        },
        write(bytes) {
          sink.write(bytes);
          size += bytes.byteLength;
        },
        patch: (offset, bytes) => sink.patch(offset, bytes),
        end() {
          const bytes = sink.bytes();
          files.set(name, isBinary(name) ? new Uint8Array(bytes) : bytes.toString("utf8"));
        },
      };
    },
  };
}

/** Every public file but the workbooks in memory (tests, and callers that want the content). */
export function publish(model: Model, checks: Check[], products: Product[]): Published {
  const all = new Map<string, string | Uint8Array>();
  const siteData = publishTo(model, checks, products, memoryFolder(all));
  const files = new Map<string, string | Uint8Array>();
  for (const name of Object.keys(siteData.sizes)) files.set(name, all.get(name)!);
  return { files, siteData };
}

/** Adds the Excel workbooks to what publish() made, as publishWorkbooksTo does on disk. */
export async function addWorkbooks(published: Published): Promise<void> {
  // Appended after the ZIP, in the order their sizes are added.
  await publishWorkbooksTo(published.siteData, memoryFolder(published.files));
}
