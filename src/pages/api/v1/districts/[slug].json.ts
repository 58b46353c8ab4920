/** /api/v1/districts/{slug}.json for Seoul and each of the 25 districts (schema: contract/api.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { bundle, districts } from "../../../../data/products.ts";
import { apiDistrictFile } from "../../../../models/api.ts";

export const getStaticPaths = (() =>
  districts().map((d) => ({ params: { slug: d.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(apiDistrictFile(bundle(), String(params.slug)), null, 1) + "\n", {
    headers: { "Content-Type": "application/json" },
  });
