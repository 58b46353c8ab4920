/**
 * A brotli-compressed copy of dist/ in a temporary folder, served by the
 * project's own scripts/serve.ts with `Content-Encoding: br` on every
 * response: the browser sections then load pages the way any static host
 * (Netlify, Cloudflare Pages, GitHub Pages, nginx) would send them, compressed.
 * serve.ts itself sends files as they are on disk.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants } from "node:zlib";
import { serve, type RunningServer } from "../scripts/serve.ts";
import { BASE, DIST, removeDir, tempDir } from "./common.ts";

/** Large downloads (the ZIP) are left out: no page loads them while it is read. */
const MAX_FILE_BYTES = 3_000_000;

function brotli(bytes: Uint8Array): Buffer {
  return brotliCompressSync(bytes, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: bytes.byteLength <= 256_000 ? 11 : 5,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  });
}

export interface Mirror {
  root: string;
  /** Adds a file (path relative to the site root, without the base path). */
  add(path: string, content: string | Uint8Array): void;
  /** A file of the copy (path relative to the site root), as it was copied; undefined if absent. */
  read(path: string): Buffer | undefined;
  start(): Promise<RunningServer>;
  dispose(): Promise<void>;
  skipped: string[];
}

/** Files, sizes and modification times under dir: equal twice in a row = nobody is writing. */
function signature(dir: string): string {
  const parts: string[] = [];
  try {
    for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!e.isFile()) continue;
      const path = join(e.parentPath, e.name);
      try {
        const s = statSync(path);
        parts.push(`${path}:${s.size}:${s.mtimeMs}`);
      } catch {
        parts.push(`${path}:gone`);
      }
    }
  } catch {
    return "";
  }
  return parts.sort().join("\n");
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Waits until dist/ holds a site and has stopped changing (others may be
 * building it), copies it compressed, and copies again if it changed meanwhile.
 */
export async function compressedMirror(dist = DIST): Promise<Mirror> {
  const root = tempDir("mirror");
  const skipped: string[] = [];
  const add = (path: string, content: string | Uint8Array) => {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, brotli(typeof content === "string" ? Buffer.from(content) : content));
  };
  // What vanishes while it is copied is skipped (and the copy repeated).
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      try {
        const s = statSync(path);
        if (s.isDirectory()) walk(path);
        else if (s.size > MAX_FILE_BYTES) skipped.push(relative(dist, path));
        else add(relative(dist, path), readFileSync(path));
      } catch {
        skipped.push(relative(dist, path));
      }
    }
  };
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      let before = signature(dist);
      for (let waited = 0; waited < 90_000; waited += 1000) {
        await sleep(1000);
        const now = signature(dist);
        if (now === before && existsSync(join(dist, "index.html"))) break;
        before = now;
      }
      removeDir(root);
      mkdirSync(root, { recursive: true });
      skipped.length = 0;
      walk(dist);
      if (signature(dist) === before) break;
    }
    // serve.ts answers a missing file with 404.html: it must be compressed too.
    if (!existsSync(join(root, "404.html"))) add("404.html", "<!doctype html><title>404</title>");
  } catch (e) {
    removeDir(root);
    throw e;
  }
  const servers: RunningServer[] = [];
  return {
    root,
    add,
    read(path: string) {
      const file = join(root, path);
      return existsSync(file) ? brotliDecompressSync(readFileSync(file)) : undefined;
    },
    skipped,
    async start() {
      const server = await serve({ root, base: BASE, headers: { "Content-Encoding": "br" } });
      servers.push(server);
      return server;
    },
    async dispose() {
      for (const s of servers) await s.close().catch(() => {});
      removeDir(root);
    },
  };
}
