/** Shared helpers for the pipeline tests: paths, temporary folders, running the CLI. */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../..", import.meta.url)).replace(/\/$/, "");
export const FIXTURES = join(REPO, "test/fixtures/pipeline");
export const GOOD = join(FIXTURES, "good");
export const REAL_DATA = join(REPO, "data");

/** A fresh folder under the OS temp dir; remove it with removeTemp. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `atlas-${prefix}-`));
}

export function removeTemp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Copies a fixture folder into a temp folder and applies overrides:
 * path → new content, or null to delete the file.
 */
export function copyFixture(
  from: string,
  overrides: Record<string, string | Uint8Array | null> = {},
  prefix = "data",
): string {
  const dir = tempDir(prefix);
  cpSync(from, dir, { recursive: true });
  for (const [path, content] of Object.entries(overrides)) {
    const target = join(dir, path);
    if (content === null) rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  return dir;
}

/** A Node that runs .ts files natively: this one, or the project's npm-provided Node 24. */
function nodeBinary(): string {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  const stripsTypes = major >= 24 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
  if (stripsTypes) return process.execPath;
  const local = join(REPO, "node_modules/.bin/node");
  return existsSync(local) ? local : process.execPath;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node scripts/data.ts ARGS` from the repository root, as a person would,
 * without blocking, so several runs can share the machine's cores.
 * `compileCache` (a temp folder) lets the runs after the first skip recompiling
 * the pipeline's modules, which halves the time of each run.
 */
export function runCliAsync(args: string[], compileCache?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBinary(), ["scripts/data.ts", ...args], {
      cwd: REPO,
      env: compileCache ? { ...process.env, NODE_COMPILE_CACHE: compileCache } : process.env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf-8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf-8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs jobs with at most `limit` at a time, keeping their order in the results. */
export async function inPool<T, R>(items: T[], limit: number, job: (t: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
