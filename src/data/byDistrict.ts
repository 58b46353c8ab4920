/**
 * Per-district indexes of the bundle, built once per build: a district page
 * looks its rows up instead of scanning every fact, so building all district
 * pages grows linearly with the number of districts, not quadratically.
 */
import { bundle, chartData, type Fact } from "./products.ts";
import type { Participation } from "../../contract/model.ts";
import { CHART_IDS, type ChartId } from "../lib/buildChart.ts";

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

let factIndex: Map<string, Fact[]> | undefined;
let roundIndex: Map<string, Participation[]> | undefined;
let chartIndex: Map<string, ChartId[]> | undefined;

export function factsOfDistrict(code: string): Fact[] {
  factIndex ??= groupBy(bundle().model.facts, (f) => f.district_code);
  return factIndex.get(code) ?? [];
}

export function roundsOfDistrict(code: string): Participation[] {
  roundIndex ??= groupBy(bundle().model.participation, (p) => p.district_code);
  return roundIndex.get(code) ?? [];
}

/** The charts whose data includes a district (by slug), in registry order. */
export function chartsWithDistrict(slug: string): ChartId[] {
  if (!chartIndex) {
    chartIndex = new Map();
    for (const id of CHART_IDS) {
      for (const s of new Set(chartData(id).rows.map((r) => String(r.district_slug ?? "")))) {
        const list = chartIndex.get(s) ?? [];
        list.push(id);
        chartIndex.set(s, list);
      }
    }
  }
  return chartIndex.get(slug) ?? [];
}
