/**
 * The rows of the two products that are one row per fact (facts.csv) and one row per check
 * (reconciliation.csv). The pipeline builds those products with these, and the site rebuilds
 * their rows with the same functions from the hand-off's facts and checks (which carries each
 * fact and check once, see ./siteData.ts), so the two cannot differ.
 */
import type { Check } from "./check.ts";
import type { Fact } from "./model.ts";
import type { Product, ProductRow } from "./product.ts";

/** One row of facts.csv, in FACT_FIELDS order (scripts/products/facts.csv.ts). */
export function factRow(f: Fact): ProductRow {
  return {
    fact_id: f.id,
    district_code: f.district_code,
    district_slug: f.district_slug,
    district_ko: f.district_ko,
    district_en: f.district_en,
    period: f.period,
    period_start: f.period_start,
    period_end: f.period_end,
    measure: f.measure,
    measure_en: f.measure_en,
    category: f.category,
    category_key: f.category_key,
    category_ko: f.category_ko,
    category_en: f.category_en,
    funder: f.funder,
    funder_key: f.funder_key,
    funder_ko: f.funder_ko,
    funder_en: f.funder_en,
    status: f.status,
    value: f.value,
    unit: f.unit,
    value_printed: f.value_printed,
    unit_printed: f.unit_printed,
    qualifier: f.qualifier,
    value_implied: f.value_implied,
    implied_as: f.implied_as,
    implied_reason: f.implied_reason,
    is_total: f.is_total,
    part_of: f.part_of.join("|"),
    computed_as: f.computed_as,
    source_id: f.source_id,
    source_kind: f.source_kind,
    page: f.page,
    section: f.section,
    caption: f.caption,
    note: f.note,
  };
}

/** One row of reconciliation.csv: the check's own fields. */
export const checkRow = (c: Check): ProductRow => ({ ...c }) as ProductRow;

/** Products whose rows are made from other data, one at a time, when they are read. */
const derived = new WeakMap<object, { count: number; each: () => Iterable<ProductRow> }>();

/**
 * Gives `p` rows made by `each` (`count` of them) without holding them: `eachRow` and `rowCount`
 * read them one at a time, and `p.rows` makes the array on first use (tests, and the site's
 * pages that want it) and keeps it. The facts and reconciliation products are one row per fact
 * and per check: held as rows as well, at a million facts they would be ~0.5 GB more.
 */
export function deriveRows<P extends Omit<Product, "rows">>(
  p: P,
  count: number,
  each: () => Iterable<ProductRow>,
): P & { rows: ProductRow[] } {
  let rows: ProductRow[] | undefined;
  Object.defineProperty(p, "rows", {
    enumerable: true,
    configurable: true,
    get: () => (rows ??= [...each()]),
  });
  derived.set(p, { count, each });
  return p as P & { rows: ProductRow[] };
}

/** A product's rows, one at a time: made on the way for a product of derived rows. */
export const eachRow = (p: Product): Iterable<ProductRow> => derived.get(p)?.each() ?? p.rows;

/** How many rows a product has, without making them. */
export const rowCount = (p: Product): number => derived.get(p)?.count ?? p.rows.length;

/** The product without its rows, and without making them. */
export function withoutRows(p: Product): Omit<Product, "rows"> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(p)) if (key !== "rows") out[key] = p[key as keyof Product];
  return out as Omit<Product, "rows">;
}

/** `xs.map(f)` one at a time. */
export function* mapEach<T, U>(xs: readonly T[], f: (x: T) => U): Generator<U> {
  for (const x of xs) yield f(x);
}
