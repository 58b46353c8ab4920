/**
 * The layer rules (DESIGN.md, "The seam"): pipeline stages → built products →
 * site, sharing only contract/. Checked in `npm test` by `npm run check:layers`.
 * .astro files are not parsed here; test/unit/layers.test.ts checks their imports.
 */
module.exports = {
  forbidden: [
    {
      name: "site-reaches-pipeline-only-through-contract",
      comment: "src/ (the site) may import contract/, never a pipeline stage under scripts/.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^scripts/" },
    },
    {
      name: "pipeline-knows-nothing-of-the-site",
      comment: "scripts/ (the pipeline) never imports the site.",
      severity: "error",
      from: { path: "^scripts/" },
      to: { path: "^src/" },
    },
    {
      name: "contract-stands-alone",
      comment: "contract/ is shared by both sides, so it imports neither.",
      severity: "error",
      from: { path: "^contract/" },
      to: { path: "^(src|scripts|integrations|bench)/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-orphans",
      comment: "A module nothing imports and that imports nothing is dead or misplaced.",
      severity: "error",
      from: {
        orphan: true,
        pathNot: [
          "(^|/)[.][^/]+[.](?:js|cjs|mjs|ts)$",
          "[.]d[.]ts$",
          "^test/",
          "^src/pages/",
          "(^|/)(astro|vitest)[.]config[.](?:mjs|ts)$",
        ],
      },
      to: {},
    },
    {
      name: "production-not-to-tests",
      severity: "error",
      from: { path: "^(src|scripts|contract|integrations)/" },
      to: { path: "^test/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".mjs", ".js"] },
  },
};
