/**
 * Every claim of the site, built once: home, /districts/, each district page,
 * /about/, /data/, the comparison pages, and the sentences of every chart (from the chart datasets,
 * which are cut before the claims). A claim id appears once; a claim that
 * cannot be made true stops the build with its id (ClaimError).
 */
import type { Claim } from "../../contract/claims.ts";
import type { Check } from "../../contract/check.ts";
import type { Model } from "../../contract/model.ts";
import type { Product } from "../../contract/product.ts";
import { chartClaims } from "./charts/index.ts";
import { compareClaims } from "./compareClaims.ts";
import { dataClaims } from "./dataClaims.ts";
import { ClaimError } from "./claimError.ts";
import { claimContext } from "./context.ts";
import { districtClaims } from "./districtClaims.ts";
import { makeClaim, type ClaimSpec } from "./make.ts";
import { aboutClaims, districtIndexClaims, homeClaims } from "./siteClaims.ts";

export function buildClaims(
  model: Model,
  checks: readonly Check[],
  charts: readonly Product[],
): Claim[] {
  const ctx = claimContext(model, checks, charts);
  const pages: ClaimSpec[][] = [
    homeClaims(ctx),
    districtIndexClaims(ctx),
    ...ctx.districts.map((d) => districtClaims(ctx, d)),
    aboutClaims(ctx),
    dataClaims(ctx),
    compareClaims(ctx),
    ...chartClaims(ctx),
  ];
  const claims = pages.flatMap((specs) => specs.map((s, i) => makeClaim(s, i + 1)));
  const seen = new Set<string>();
  for (const c of claims) {
    if (seen.has(c.id)) throw new ClaimError(c.id, "two claims have this id");
    seen.add(c.id);
  }
  return claims;
}
