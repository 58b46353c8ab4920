/**
 * Korean pages in Korean: no English on a Korean page except where it is
 * marked as English (lang="en": a proper name, a quoted English title), code
 * and field names (<code>), addresses, file names and the short list of
 * acronyms Korean public-data sites use as they are (CSV, PNG, API …).
 * Read from the built HTML, every Korean page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { builtRoutes, DIST } from "./support/site.ts";
import { unmarkedEnglish } from "./support/unmarkedEnglish.ts";

const korean = builtRoutes().filter((r) => !r.startsWith("en/"));

describe("Korean pages are in Korean", () => {
  test("the check finds unmarked English and accepts marked English", () => {
    expect(unmarkedEnglish("<body><p>출처 (from p. 2)</p></body>")).toHaveLength(1);
    expect(
      unmarkedEnglish(
        '<html><body><p>출처 <span lang="en">Seoul Institute</span>, CSV</p></body></html>',
      ),
    ).toEqual([]);
  });

  test.each(korean)("/%s", (route) => {
    const file = join(DIST, route.endsWith(".html") ? route : `${route}index.html`);
    expect(unmarkedEnglish(readFileSync(file, "utf8"))).toEqual([]);
  });
});
