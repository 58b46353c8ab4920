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
import { publish } from "./publish/publicFiles.ts";
import { writeFolderAtomically } from "./publish/writeFolderAtomically.ts";
import { writeFileAtomically } from "./publish/writeFileAtomically.ts";
import type { Check } from "../contract/check.ts";
import type { Model } from "../contract/model.ts";
import type { Product } from "../contract/product.ts";
import type { SiteData } from "../contract/siteData.ts";

export { buildProducts };

export interface PipelineResult {
  model: Model;
  checks: Check[];
  products: Product[];
  /** Every public file, by path under /data/. */
  files: Map<string, string | Uint8Array>;
  /** The site's private hand-off (not published). */
  siteData: SiteData;
  inputFiles: { file: string; encoding: string; rows: number }[];
  /** Data rows read from facts/*.csv: with nothing dropped, equal to model.facts.length. */
  factRows: number;
}

export function runPipeline(dataDir: string): PipelineResult {
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
  const checks = reconcileModel(model, input.equivalences);
  const products = buildProducts(model, checks);

  const { files, siteData } = publish(model, checks, products);
  return {
    model,
    checks,
    products,
    files,
    siteData,
    inputFiles: input.files,
    factRows: input.facts.length,
  };
}

/** Writes the public files to outDir (all or nothing) and, if asked, the site's hand-off. */
export function writePipelineOutput(
  result: PipelineResult,
  outDir: string,
  siteDataFile?: string,
): void {
  writeFolderAtomically(outDir, result.files);
  if (siteDataFile !== undefined)
    writeFileAtomically(siteDataFile, JSON.stringify(result.siteData));
}
