import { expect, test } from "vitest";
import { HtmlValidate, type Report } from "html-validate";
import { join } from "node:path";
import { builtRoutes, DIST } from "./support/site.ts";
import { checkLinks } from "./support/links.ts";

const routes = builtRoutes();
const base = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");

test("every internal link, asset and #anchor in the build resolves", () => {
  const broken = checkLinks(DIST, routes, base);
  expect(broken.map((b) => `/${b.page} → ${b.link}: ${b.reason}`)).toEqual([]);
});

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Chart SVGs rendered by Observable Plot carry style attributes; allowed by the CSP too.
    "no-inline-style": "off",
    // Korean text and long Korean headings in tables read better unwrapped.
    "long-title": "off",
    // Astro formats attributes its own way; layout is Prettier's job, not the validator's.
    "attribute-boolean-style": "off",
    "no-trailing-whitespace": "off",
    // A scrolling table wrapper is role="region" + tabindex + a name (the APG scrollable-table
    // pattern); a <section> there would add a landmark for every table.
    "prefer-native-element": ["error", { exclude: ["region"] }],
  },
});

test.each(routes)("/%s is valid HTML", async (route) => {
  const file = join(DIST, route.endsWith(".html") ? route : `${route}index.html`);
  const report: Report = await validator.validateFile(file);
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
  expect(messages).toEqual([]);
});
