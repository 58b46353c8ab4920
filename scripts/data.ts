// npm run data -- --data DIR --out DIR [--site FILE]
// Builds the public data products from a folder of transcribed CSVs. Bad input
// stops it with every problem listed (file, line, column, what was expected)
// and nothing written.
import { parseArgs } from "node:util";
import { InputError } from "./validate/inputError.ts";
import { runPipelineToFolder } from "./pipeline.ts";
import { DEFAULT_SITE_DATA } from "../contract/siteData.ts";

export const DEFAULT_DATA = "data";
export const DEFAULT_OUT = "public/data";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: DEFAULT_DATA },
    out: { type: "string", default: DEFAULT_OUT },
    // The site's private hand-off: read by the Astro build, never published. Written by
    // default only beside the default output, so a run on another folder leaves the site's alone.
    site: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
  strict: true,
});

try {
  const site =
    values.site ??
    (values.out === DEFAULT_OUT ? process.env.ATLAS_SITE_DATA || DEFAULT_SITE_DATA : undefined);
  // Streamed: every file goes to disk (and into the ZIP) a chunk at a time, all or nothing.
  const result = await runPipelineToFolder(values.data, values.out, site);
  if (!values.quiet) {
    const rowsIn = result.factRows;
    const mismatches = result.checks.filter((c) => c.result === "mismatch").length;
    console.log(
      `data: ${result.inputFiles.length} files read, ${rowsIn} fact rows in, ${result.model.facts.length} facts out; ` +
        `${result.checks.length} checks (${mismatches} mismatches); ${result.fileCount} files written to ${values.out}/`,
    );
  }
} catch (e) {
  if (e instanceof InputError) {
    console.error(
      `data: the input in ${values.data}/ has ${e.problems.length} problem(s); nothing was written.\n`,
    );
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
