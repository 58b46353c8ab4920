/** /api/v1/schema.json: the JSON Schema of the API, generated from its zod declaration. */
import type { APIRoute } from "astro";
import { apiJsonSchema } from "../../../../contract/api.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(apiJsonSchema(), null, 1) + "\n", {
    headers: { "Content-Type": "application/schema+json" },
  });
