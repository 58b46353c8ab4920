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
import { eachRow } from "../../contract/rows.ts";
import { ZIP_FILE, type SiteData } from "../../contract/siteData.ts";
import { dataDate } from "../../contract/api.ts";
import { csvChunks } from "./csvText.ts";
import { dataPackage } from "./dataPackage.ts";
import { workbooks } from "./xlsx.ts";
import { MemorySink, ZipWriter, type ByteSink } from "./zipFiles.ts";
import { siteCounts } from "../claims/siteCounts.ts";

/** One public file: its path under /data/ and its content, made chunk by chunk on demand. */
export interface PublicFile {
  name: string;
  chunks: () => Iterable<string | Uint8Array>;
}

/** Every product as a plain and an Excel CSV, in product order. */
export function csvFiles(products: readonly Product[]): PublicFile[] {
  return products.flatMap((p) => [
    { name: productPath(p), chunks: () => csvChunks(p.fields, eachRow(p)) },
    {
      name: `excel/${productPath(p)}`,
      chunks: () => csvChunks(p.fields, eachRow(p), { excel: true }),
    },
  ]);
}

/** Where the public files go: one file open at a time, its bytes appended (and patched, for the ZIP). */
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
 * order, then the data package, then the ZIP. In the ZIP the CSVs are in path order and the data
 * package comes last: it states the data version, the hash of facts.csv, known once that is written.
 */
export function publishTo(
  model: Model,
  checks: Check[],
  products: Product[],
  folder: FolderSink,
): SiteData {
  const csvs = csvFiles(products);
  const sizes: Record<string, number> = {};
  for (const file of csvs) sizes[file.name] = 0;
  const factsHash = createHash("sha256");
  const zipOut = folder.open(ZIP_FILE);
  const zip = new ZipWriter(zipOut);
  const write = (file: PublicFile) => {
    const out = folder.open(file.name);
    zip.begin(file.name);
    let size = 0;
    for (const chunk of file.chunks()) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      out.write(bytes);
      zip.write(bytes);
      if (file.name === "facts.csv") factsHash.update(bytes);
      size += bytes.byteLength;
    }
    zip.end();
    out.end();
    sizes[file.name] = size;
  };
  for (const file of [...csvs].sort((a, b) => (a.name < b.name ? -1 : 1))) write(file);
  // It changes exactly when the facts change, and never with the clock.
  const version = factsHash.digest("hex").slice(0, 8);
  const release = { version, date: dataDate(model.sources) };
  write({
    name: "datapackage.json",
    chunks: () => [JSON.stringify(dataPackage(products, model.sources, release), null, 2) + "\n"],
  });
  zip.finish();
  zipOut.end();
  sizes[ZIP_FILE] = zipOut.size;
  return { version, model, checks, products, site_counts: siteCounts(model, checks), sizes };
}

/**
 * Writes the Excel workbooks (xlsx/…, see ./xlsx.ts) of what publishTo made into `folder`, and
 * adds their sizes to the hand-off. exceljs writes asynchronously, so this is a step of its
 * own after the (synchronous) CSV publish; the ZIP stays CSV-only.
 */
export async function publishWorkbooksTo(siteData: SiteData, folder: FolderSink): Promise<void> {
  const { model, products, version } = siteData;
  const meta = { version, date: dataDate(model.sources), sources: model.sources };
  for (const [path, bytes] of await workbooks(products, meta)) {
    const out = folder.open(path);
    out.write(bytes);
    out.end();
    siteData.sizes[path] = bytes.byteLength;
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
