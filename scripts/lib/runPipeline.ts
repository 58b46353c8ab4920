/**
 * The whole pipeline: read → validate → normalise → reconcile → aggregate →
 * write. Takes its input and output folders as arguments so tests (and
 * journalists) can run it on any folder.
 */
import { zipSync, strToU8 } from "fflate";
import { readInputTablesCollecting } from "./loadInput.ts";
import { InputError } from "./inputError.ts";
import { buildModel } from "./buildModel.ts";
import { reconcile, type Check } from "./reconcile.ts";
import { csvText } from "./csvText.ts";
import { dataPackage } from "./dataPackage.ts";
import { writeFolderAtomically } from "./writeFolderAtomically.ts";
import type { Model } from "./model.ts";
import { productPath, type Product } from "../products/product.ts";
import { chartDatasets } from "../charts/index.ts";
import { factsTable } from "../products/factsTable.ts";
import { enterprises } from "../products/enterprises.ts";
import { budgetLines, budgetYears } from "../products/budgets.ts";
import { purchasing } from "../products/purchasing.ts";
import { districtProfiles } from "../products/districtProfiles.ts";
import * as tables from "../products/tables.ts";

/** What the pages import: the model, the checks and every product, in one JSON file. */
export const BUNDLE_FILE = "bundle.json";
export const ZIP_FILE = "seoul-social-economy-atlas-data.zip";
// A fixed date inside the ZIP keeps two builds byte-identical.
const ZIP_MTIME = new Date(Date.UTC(2000, 0, 1));

export interface PipelineResult {
  model: Model;
  checks: Check[];
  products: Product[];
  files: Map<string, string | Uint8Array>;
  inputFiles: { file: string; encoding: string; rows: number }[];
  /** Data rows read from facts/*.csv: with nothing dropped, equal to model.facts.length. */
  factRows: number;
}

export function buildProducts(model: Model, checks: Check[]): Product[] {
  return [
    factsTable(model.facts),
    tables.reconciliationTable(checks),
    tables.sourcesTable(model),
    tables.districtsTable(model),
    tables.measuresTable(model),
    tables.labelsTable(model),
    tables.participationTable(model),
    enterprises(model.facts),
    budgetLines(model.facts),
    budgetYears(model.facts),
    purchasing(model.facts, checks),
    districtProfiles(model.districts, model.facts, model.participation),
    ...chartDatasets(model, checks),
  ];
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
  const checks = reconcile(model.facts);
  const products = buildProducts(model, checks);

  const files = new Map<string, string | Uint8Array>();
  for (const p of products) {
    files.set(productPath(p), csvText(p.fields, p.rows));
    files.set(`excel/${productPath(p)}`, csvText(p.fields, p.rows, { excel: true }));
  }
  files.set(
    "datapackage.json",
    JSON.stringify(dataPackage(products, model.sources), null, 2) + "\n",
  );
  const zipEntries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    zipEntries[name] = [
      typeof content === "string" ? strToU8(content) : content,
      { mtime: ZIP_MTIME },
    ];
  }
  files.set(ZIP_FILE, zipSync(zipEntries, { level: 9 }));
  const sizes = Object.fromEntries(
    [...files].map(([name, c]) => [
      name,
      typeof c === "string" ? Buffer.byteLength(c) : c.byteLength,
    ]),
  );
  files.set(BUNDLE_FILE, JSON.stringify({ model, checks, products, sizes }));
  return { model, checks, products, files, inputFiles: input.files, factRows: input.facts.length };
}

export function writePipelineOutput(result: PipelineResult, outDir: string): void {
  writeFolderAtomically(outDir, result.files);
}
