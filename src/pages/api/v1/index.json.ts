/** /api/v1/index.json: the districts, the products and the data version (schema: contract/api.ts). */
import type { APIRoute } from "astro";
import { bundle } from "../../../data/products.ts";
import { apiIndex } from "../../../models/api.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(apiIndex(bundle()), null, 1) + "\n", {
    headers: { "Content-Type": "application/json" },
  });
