/**
 * Builds the whole site from another data folder into a temporary directory,
 * leaving the real public/data/ and dist/ alone: the pipeline writes into a
 * copy of public/ and its private hand-off beside it (ATLAS_SITE_DATA), and
 * Astro reads both (ATLAS_PUBLIC_DIR) and writes to ATLAS_OUT_DIR (see
 * astro.config.mjs and src/data/products.ts).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../../..");

export interface BuiltSite {
  /** The temporary working folder (public copy and output live under it). */
  work: string;
  /** The built site, as dist/ would be. */
  out: string;
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  try {
    execFileSync(file, args, {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${file} ${args.join(" ")} failed: ${err.message}\n${err.stdout ?? ""}\n${err.stderr ?? ""}`,
    );
  }
}

/** `node scripts/data.ts --data <dataDir>` then `astro build`, into a fresh temporary folder. */
export function buildFrom(dataDir: string, label = "site"): BuiltSite {
  // Inside the repository (node_modules/.cache, ignored by every tool), so Astro keeps its
  // temporary server build in the out dir: outside cwd it would share ./.astro/ between builds.
  const parent = join(ROOT, "node_modules/.cache/atlas-builds");
  mkdirSync(parent, { recursive: true });
  const work = mkdtempSync(join(parent, `${label}-`));
  const pub = join(work, "public");
  const out = join(work, "dist");
  const siteData = join(work, "site-data.json");
  cpSync(join(ROOT, "public"), pub, {
    recursive: true,
    filter: (src) => resolve(src) !== resolve(ROOT, "public/data"),
  });
  run(process.execPath, [
    "scripts/data.ts",
    "--data",
    resolve(ROOT, dataDir),
    "--out",
    join(pub, "data"),
    "--site",
    siteData,
    "--quiet",
  ]);
  run("npx", ["astro", "build"], {
    ATLAS_PUBLIC_DIR: pub,
    ATLAS_OUT_DIR: out,
    ATLAS_SITE_DATA: siteData,
  });
  if (!readdirSync(out).includes("index.html")) throw new Error(`no index.html in ${out}`);
  return { work, out };
}
