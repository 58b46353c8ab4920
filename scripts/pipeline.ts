/**
 * The whole pipeline, one stage a folder: read → validate → normalise →
 * reconcile → products → publish. Takes its input and output folders as arguments so tests (and
 * journalists) can run it on any folder.
 */
import { readInputTablesCollecting } from "./read/readInput.ts";
import { InputError } from "./validate/inputError.ts";
import { buildModel } from "./normalise/buildModel.ts";
import { reconcileModel } from "./reconcile/reconcile.ts";
import { buildProducts } from "./products/index.ts";
import { diskFolder, publish, publishTo, publishWorkbooksTo } from "./publish/publicFiles.ts";
import {
  writeFolderAtomically,
  writeFolderAtomicallyAsync,
} from "./publish/writeFolderAtomically.ts";
import { writeFileAtomically } from "./publish/writeFileAtomically.ts";
import { tableJsonChunks } from "../contract/tableJson.ts";
import type { Check } from "../contract/check.ts";
import type { Model } from "../contract/model.ts";
import type { Product } from "../contract/product.ts";
import { siteDataFile, type SiteData } from "../contract/siteData.ts";

export { buildProducts };

/** What the stages before publishing make. */
export interface Built {
  model: Model;
  checks: Check[];
  products: Product[];
  inputFiles: { file: string; encoding: string; rows: number }[];
  /** Data rows read from facts/*.csv: with nothing dropped, equal to model.facts.length. */
  factRows: number;
}

export interface PipelineResult extends Built {
  /** Every public file, by path under /data/. */
  files: Map<string, string | Uint8Array>;
  /** The site's private hand-off (not published). */
  siteData: SiteData;
}

/** read → validate → normalise → reconcile → products; throws an InputError on bad input. */
export function buildAll(dataDir: string): Built {
  // The raw rows are dropped once the model is built (only their count is kept): at a million
  // rows they are ~1 GB that nothing after normalising needs.
  const { model, inputFiles, factRows, equivalences } = readAndNormalise(dataDir);
  const checks = reconcileModel(model, equivalences);
  const products = buildProducts(model, checks);
  return { model, checks, products, inputFiles, factRows };
}

function readAndNormalise(dataDir: string) {
  const { input, problems, referencesOk } = readInputTablesCollecting(dataDir);
  let model: Model | undefined;
  if (referencesOk) {
    try {
      model = buildModel(input, { inputComplete: problems.length === 0 });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length > 0 || !model) {
    // In file and line order, so a person can work down the list.
    throw new InputError(
      [...problems].sort((a, b) =>
        a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
      ),
    );
  }
  return {
    model,
    inputFiles: input.files,
    factRows: input.facts.length,
    equivalences: input.equivalences,
  };
}

/** The whole pipeline in memory: every public file's content and the hand-off. */
export function runPipeline(dataDir: string): PipelineResult {
  const built = buildAll(dataDir);
  const { files, siteData } = publish(built.model, built.checks, built.products);
  return { ...built, files, siteData };
}

/**
 * The whole pipeline, streamed to disk: the public files and the workbooks to outDir (all or
 * nothing) and, if asked, the site's hand-off. Holds no CSV's content in memory. Returns what
 * was built and how many files were written (under outDir).
 */
export async function runPipelineToFolder(
  dataDir: string,
  outDir: string,
  siteDataFile?: string,
): Promise<Built & { siteData: SiteData; fileCount: number }> {
  const built = buildAll(dataDir);
  const siteData = await writeFolderAtomicallyAsync(outDir, async (temp) => {
    const folder = diskFolder(temp);
    const data = publishTo(built.model, built.checks, built.products, folder);
    await publishWorkbooksTo(data, folder);
    return data;
  });
  if (siteDataFile !== undefined) writeSiteData(siteDataFile, siteData);
  return { ...built, siteData, fileCount: Object.keys(siteData.sizes).length };
}

/** Writes the public files to outDir (all or nothing) and, if asked, the site's hand-off. */
export function writePipelineOutput(
  result: PipelineResult,
  outDir: string,
  siteDataFile?: string,
): void {
  writeFolderAtomically(outDir, result.files);
  if (siteDataFile !== undefined) writeSiteData(siteDataFile, result.siteData);
}

/** The hand-off, each fact and check once (contract/siteData.ts), as table JSON (contract/tableJson.ts), streamed. */
function writeSiteData(file: string, siteData: SiteData): void {
  writeFileAtomically(file, tableJsonChunks(siteDataFile(siteData)));
}
