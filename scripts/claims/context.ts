/** What every claim builder reads: the model, the checks, the chart datasets, and indexes built once. */
import type { ChartId } from "../../contract/charts.ts";
import type { Check } from "../../contract/check.ts";
import type { District, Fact, Model } from "../../contract/model.ts";
import type { Product, ProductRow } from "../../contract/product.ts";
import type { SiteCounts } from "../../contract/siteData.ts";
import { populationLookup } from "../products/nearestPopulation.ts";
import { siteCounts } from "./siteCounts.ts";
import { sumChecks } from "./select.ts";
import { CITY_CODE } from "../../contract/districts.ts";
import { ClaimError } from "./claimError.ts";

export interface ClaimContext {
  model: Model;
  checks: readonly Check[];
  counts: SiteCounts;
  city: District;
  districts: District[];
  factsOf: (code: string) => Fact[];
  sumCheck: Map<string, Check>;
  population: ReturnType<typeof populationLookup>;
  districtOf: (code: string) => District;
  /** A fact by id; an unknown id is a ClaimError naming the claim. */
  factById: (claimId: string, id: string) => Fact;
  /** The rows a chart draws (its published dataset). */
  chartRows: (id: ChartId) => readonly ProductRow[];
}

export function claimContext(
  model: Model,
  checks: readonly Check[],
  charts: readonly Product[] = [],
): ClaimContext {
  const factBy = new Map(model.facts.map((f) => [f.id, f]));
  const byCode = new Map<string, Fact[]>();
  for (const f of model.facts) {
    const list = byCode.get(f.district_code);
    if (list) list.push(f);
    else byCode.set(f.district_code, [f]);
  }
  const districtBy = new Map(model.districts.map((d) => [d.code, d]));
  const city = model.districts.find((d) => d.is_city) ?? {
    code: CITY_CODE,
    slug: "seoul",
    name_ko: "서울시",
    name_en: "Seoul",
    aliases: [],
    tile_row: null,
    tile_col: null,
    is_city: true,
  };
  return {
    model,
    checks,
    counts: siteCounts(model, checks),
    city,
    districts: model.districts.filter((d) => !d.is_city),
    factsOf: (code) => byCode.get(code) ?? [],
    sumCheck: sumChecks(checks),
    population: populationLookup(model.facts),
    districtOf: (code) => {
      const d = districtBy.get(code);
      if (!d) throw new Error(`no district ${code}`);
      return d;
    },
    factById: (claimId, id) => {
      const f = factBy.get(id);
      if (!f) throw new ClaimError(claimId, `rests on fact ${id}, which is not in the model`);
      return f;
    },
    chartRows: (id) => {
      const p = charts.find((c) => c.folder === "charts" && c.name === id);
      if (!p) throw new ClaimError(`chart-${id}`, "no dataset for this chart");
      return p.rows;
    },
  };
}

/** Whether a printed total fails its sum check. */
export const fails = (ctx: ClaimContext, f: Fact): boolean =>
  ctx.sumCheck.get(f.id)?.result === "mismatch";
