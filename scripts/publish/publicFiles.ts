/**
 * The publish stage: every product as a plain and an Excel CSV, the data
 * package, the ZIP of all of them, and the site's private hand-off.
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
import { siteProducts, ZIP_FILE, type SiteData } from "../../contract/siteData.ts";
import { csvChunks } from "./csvText.ts";
import { dataPackage } from "./dataPackage.ts";
import { MemorySink, ZipWriter, type ByteSink } from "./zipFiles.ts";

/** One public file: its path under /data/ and its content, made chunk by chunk on demand. */
export interface PublicFile {
  name: string;
  chunks: () => Iterable<string | Uint8Array>;
}

/** Every public file except the ZIP (which holds all of these), in the order they are listed. */
export function publicFiles(model: Model, products: readonly Product[]): PublicFile[] {
  const files: PublicFile[] = [];
  for (const p of products) {
    files.push({ name: productPath(p), chunks: () => csvChunks(p.fields, p.rows) });
    files.push({
      name: `excel/${productPath(p)}`,
      chunks: () => csvChunks(p.fields, p.rows, { excel: true }),
    });
  }
  files.push({
    name: "datapackage.json",
    chunks: () => [JSON.stringify(dataPackage(products, model.sources), null, 2) + "\n"],
  });
  // Also write these files: other formats of the products (e.g. XLSX) are listed here, and are
  // then written, sized and zipped like every other file.
  return files;
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
 * Writes every public file and the ZIP to `folder`, streaming; returns the site's hand-off
 * (which refers to the products, and holds no file's content).
 */
export function publishTo(
  model: Model,
  checks: Check[],
  products: Product[],
  folder: FolderSink,
): SiteData {
  const listed = publicFiles(model, products);
  const written = new Map<string, number>();
  const factsHash = createHash("sha256");
  const zipOut = folder.open(ZIP_FILE);
  const zip = new ZipWriter(zipOut);
  for (const file of [...listed].sort((a, b) => (a.name < b.name ? -1 : 1))) {
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
    written.set(file.name, size);
  }
  zip.finish();
  zipOut.end();
  const sizes: Record<string, number> = {};
  for (const file of listed) sizes[file.name] = written.get(file.name)!;
  sizes[ZIP_FILE] = zipOut.size;
  // It changes exactly when the facts change, and never with the clock.
  const version = factsHash.digest("hex").slice(0, 8);
  return { version, model, checks, products: siteProducts(products), sizes };
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

/** A FolderSink that keeps every file in memory: text files as strings, the ZIP as bytes. */
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
          files.set(name, name === ZIP_FILE ? new Uint8Array(bytes) : bytes.toString("utf8"));
        },
      };
    },
  };
}

/** Every public file in memory (tests, and callers that want the content). */
export function publish(model: Model, checks: Check[], products: Product[]): Published {
  const all = new Map<string, string | Uint8Array>();
  const siteData = publishTo(model, checks, products, memoryFolder(all));
  // The order products are listed in, then the data package, then the ZIP.
  const files = new Map<string, string | Uint8Array>();
  for (const name of Object.keys(siteData.sizes)) files.set(name, all.get(name)!);
  return { files, siteData };
}
