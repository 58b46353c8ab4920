/**
 * The layer rules dependency-cruiser cannot see (it does not parse .astro
 * files), and the size bar: a view reaches the pipeline only through
 * contract/, and no source file grows past about 400 lines.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

function filesUnder(dir: string, ends: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ends.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Every relative import of an .astro file's frontmatter, resolved from the repository root. */
export function astroImports(file: string, text: string): string[] {
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
  return [...front.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) =>
    relative(ROOT, resolve(ROOT, dirname(file), m[1]!)),
  );
}

describe("layers the cruiser cannot parse", () => {
  const views = filesUnder("src", /\.astro$/);

  test("finds the views", () => {
    expect(views.length).toBeGreaterThan(20);
  });

  test("the import reader sees a pipeline import when there is one", () => {
    const text = '---\nimport { x } from "../../scripts/pipeline.ts";\n---\n<p/>';
    expect(astroImports("src/views/X.astro", text)).toEqual(["scripts/pipeline.ts"]);
  });

  test.each(views)("%s reaches the pipeline only through contract/", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    const bad = astroImports(file, text).filter((p) => p.startsWith("scripts/"));
    expect(bad).toEqual([]);
  });
});

describe("no source file over about 400 lines", () => {
  const sources = ["src", "scripts", "contract", "integrations"].flatMap((d) =>
    filesUnder(d, /\.(ts|astro|mjs)$/),
  );
  test.each(sources)("%s", (file) => {
    const lines = readFileSync(join(ROOT, file), "utf8").split("\n").length;
    expect(lines).toBeLessThanOrEqual(420);
  });
});
