// @ts-check
import { defineConfig } from "astro/config";
import securityHeaders from "./integrations/securityHeaders.ts";

// Where the site is published is set at build time, so one build command
// serves both a domain root and a sub-path (e.g. GitHub Pages project sites).
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || "/";

export default defineConfig({
  output: "static",
  // Tests build the site from another data folder into a temporary directory.
  publicDir: process.env.ATLAS_PUBLIC_DIR || "public",
  outDir: process.env.ATLAS_OUT_DIR || "dist",
  site,
  base,
  trailingSlash: "always",
  // The stylesheet is inlined: first paint needs one request. The CSP allows exactly the
  // inlined styles, by hash (integrations/securityHeaders.ts).
  build: { format: "directory", inlineStylesheets: "always" },
  // Nothing on a page may depend on the clock or the machine.
  devToolbar: { enabled: false },
  integrations: [securityHeaders()],
});
