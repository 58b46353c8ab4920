import type { Fact } from "../../contract/model.ts";

/** The population key the population facts use for "all residents". */
export const POPULATION_TOTAL_KEY = "population_total";
/** A count is only put per resident against a population at most this far from its date. */
export const MAX_POPULATION_GAP_DAYS = 366;

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

export interface PopulationMatch {
  population: number;
  period: string;
  source_id: string;
  fact_id: string;
  gap_days: number;
}

/**
 * For a district and a date, the registered population printed nearest that
 * date (within a year), or undefined: per-resident figures are never made
 * from a population of another time.
 */
export function populationLookup(facts: readonly Fact[]) {
  const byDistrict = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.measure !== "population" || f.category_key !== POPULATION_TOTAL_KEY || f.value === null)
      continue;
    if (f.period_end === "") continue;
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
          gap_days: Math.round(gap),
        };
      }
    }
    return best;
  };
}
