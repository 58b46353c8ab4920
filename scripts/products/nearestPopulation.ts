import type { Fact } from "../../contract/model.ts";

/** The population key the population facts use for "all residents". */
export const POPULATION_TOTAL_KEY = "population_total";
/** A count is only put per resident against a population at most this far from its date. */
export const MAX_POPULATION_GAP_DAYS = 366;

/**
 * The one population definition every per-resident figure uses: the registered
 * population including registered foreigners (총인구 = 한국인 + 등록외국인), as
 * Seoul's quarterly statistic prints it.
 */
export const POPULATION_DEFINITION = "registered_incl_foreigners";
export const POPULATION_DEFINITION_KO = "등록외국인을 포함한 주민등록인구";
export const POPULATION_DEFINITION_EN = "registered population including registered foreigners";

/**
 * Sources whose printed 총인구 is another definition, so they are never used
 * for per-resident figures. The Ministry's resident-registration statistic
 * (mois-pop-2016, end of 2016) counts Korean nationals only: Seoul 9,930,616
 * against 10,197,604 residents with foreigners three months later.
 */
export const OTHER_DEFINITION_SOURCES: Readonly<Record<string, string>> = {
  "mois-pop-2016": "Korean nationals only (주민등록 한국인)",
};

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

export interface PopulationMatch {
  population: number;
  period: string;
  source_id: string;
  fact_id: string;
  gap_days: number;
  definition: string;
}

/** A population fact of the one definition. */
export function isDefinitionPopulation(f: Fact): boolean {
  return (
    f.measure === "population" &&
    f.category_key === POPULATION_TOTAL_KEY &&
    f.value !== null &&
    f.period_end !== "" &&
    !(f.source_id in OTHER_DEFINITION_SOURCES)
  );
}

/**
 * For a district and a date, the population of the one definition printed
 * nearest that date (within a year), or undefined: per-resident figures are
 * never made from a population of another time or another definition.
 */
export function populationLookup(facts: readonly Fact[]) {
  const byDistrict = new Map<string, Fact[]>();
  for (const f of facts) {
    if (!isDefinitionPopulation(f)) continue;
    const list = byDistrict.get(f.district_code) ?? [];
    list.push(f);
    byDistrict.set(f.district_code, list);
  }
  return (districtCode: string, date: string): PopulationMatch | undefined => {
    if (date === "") return undefined;
    let best: PopulationMatch | undefined;
    for (const f of byDistrict.get(districtCode) ?? []) {
      const gap = days(f.period_end, date);
      const better = !best || gap < best.gap_days || (gap === best.gap_days && f.id < best.fact_id);
      if (gap <= MAX_POPULATION_GAP_DAYS && better) {
        best = {
          population: f.value as number,
          period: f.period,
          source_id: f.source_id,
          fact_id: f.id,
          gap_days: gap,
          definition: POPULATION_DEFINITION,
        };
      }
    }
    if (best) best.gap_days = Math.round(best.gap_days);
    return best;
  };
}

/** The latest population of the one definition, for each district. */
export function latestPopulation(facts: readonly Fact[]): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (const f of facts) {
    if (!isDefinitionPopulation(f)) continue;
    const seen = out.get(f.district_code);
    if (
      !seen ||
      f.period_end > seen.period_end ||
      (f.period_end === seen.period_end && f.id < seen.id)
    )
      out.set(f.district_code, f);
  }
  return out;
}
