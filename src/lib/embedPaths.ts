import { CHART_IDS } from "./buildChart.ts";

export function embedPaths() {
  return CHART_IDS.map((id) => ({ params: { id } }));
}
