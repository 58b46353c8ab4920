/**
 * The static JSON API (/api/v1/…), declared once: the site builds its files
 * from these types, a test validates every file against them, and
 * /api/v1/schema.json is this schema as JSON Schema (z.toJSONSchema).
 *
 * Rows mirror the public CSVs: a fact is a row of facts.csv with the same
 * column names and the same values (numbers as numbers, empty cells as null),
 * a check a row of reconciliation.csv, a source a row of sources.csv. Columns
 * the CSVs gain later pass through (catchall), so the API never lags them.
 */
import { z } from "zod";

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const apiDistrict = z
  .object({
    code: z
      .string()
      .regex(/^\d{5}$/)
      .describe("Seoul administrative code; 11000 is Seoul as a whole."),
    slug: z.string().describe("URL slug: /districts/{slug}/ and /api/v1/districts/{slug}.json."),
    name_ko: z.string(),
    name_en: z.string(),
    aliases: z.array(z.string()).describe("Every spelling the pipeline accepts for this district."),
    is_city: z.boolean().describe("Seoul as a whole rather than one of the 25 districts."),
  })
  .strict();

export const apiFact = z
  .object({
    fact_id: z.string(),
    district_code: z.string(),
    district_slug: z.string(),
    period: z.string(),
    measure: z.string(),
    category: z.string(),
    status: z.enum(["plan", "target", "actual"]),
    value: z
      .number()
      .nullable()
      .describe("Canonical value (money in won); null where '-' was printed."),
    unit: z.string(),
    value_printed: z.string(),
    unit_printed: z.string(),
    is_total: z.boolean(),
    source_id: z.string(),
    page: z.string(),
    note: z.string(),
  })
  .catchall(cell)
  .describe("One row of /data/facts.csv.");

export const apiCheck = z
  .object({
    check_id: z.string(),
    kind: z.string(),
    fact_id: z.string(),
    result: z.string(),
    inputs: z.string().describe("The fact ids the recomputation used, space-separated."),
    printed: z.number().nullable(),
    computed: z.number().nullable(),
    difference: z.number().nullable(),
  })
  .catchall(cell)
  .describe("One row of /data/reconciliation.csv.");

export const apiSource = z
  .object({
    id: z.string(),
    kind: z.string(),
    title_ko: z.string(),
    title_en: z.string(),
    publisher_ko: z.string(),
    publisher_en: z.string(),
    date: z.string(),
    url: z.string(),
  })
  .catchall(cell)
  .describe("One row of /data/sources.csv.");

export const apiClaim = z
  .object({ claim_id: z.string() })
  .catchall(cell)
  .describe("One row of /data/claims.csv (when the claims product is published).");

export const apiProduct = z
  .object({
    name: z.string(),
    folder: z.string().nullable(),
    title_ko: z.string(),
    title_en: z.string(),
    rows: z.number().int(),
    csv: z.string().describe("Path from the site root."),
    xlsx: z.string().describe("The workbook holding these rows, path from the site root."),
  })
  .strict();

export const apiIndex = z
  .object({
    api: z.literal("v1"),
    version: z.string().describe("The data version (hash of facts.csv), as cited on /data/."),
    date: z.string().describe("The latest source date: the data's date, not the build's."),
    schema: z.string(),
    districts: z.array(apiDistrict.extend({ facts: z.number().int(), url: z.string() }).strict()),
    products: z.array(apiProduct),
  })
  .strict();

export const apiDistrictFile = z
  .object({
    api: z.literal("v1"),
    version: z.string(),
    district: apiDistrict,
    facts: z.array(apiFact).describe("Every fact about the district, in facts.csv order."),
    claims: z.array(apiClaim),
    checks: z
      .array(apiCheck)
      .describe("Every check whose fact, or any of whose inputs, concerns the district."),
    sources: z.array(apiSource).describe("The sources of those facts."),
  })
  .strict();

export type ApiIndex = z.infer<typeof apiIndex>;
export type ApiDistrictFile = z.infer<typeof apiDistrictFile>;

function part(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
}

/** The published JSON Schema: both files' schemas under one document. */
export function apiJsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Seoul Social Economy Atlas API v1",
    description:
      "/api/v1/index.json is an ApiIndex; /api/v1/districts/{slug}.json is an ApiDistrictFile.",
    $defs: { ApiIndex: part(apiIndex), ApiDistrictFile: part(apiDistrictFile) },
  };
}

/**
 * The data's date: the latest date of any source (YYYY, YYYY-MM or
 * YYYY-MM-DD compare as text), so it changes with the data, never with the clock.
 */
export function dataDate(sources: readonly { date: string }[]): string {
  return (
    sources
      .map((s) => s.date)
      .filter((d) => /^\d{4}/.test(d))
      .sort()
      .at(-1) ?? ""
  );
}
