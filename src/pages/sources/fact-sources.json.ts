/** /sources/fact-sources.json: fact id → source id, read by /sources/ to send old #fact-… links on. */
import type { APIRoute } from "astro";
import { bundle } from "../../data/products.ts";
import { factSourceMap } from "../../models/sources.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(factSourceMap(bundle())) + "\n", {
    headers: { "Content-Type": "application/json" },
  });
