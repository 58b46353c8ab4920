import { CHART_DEFINITIONS, type ChartId } from "../../../contract/charts.ts";
import type { Lang } from "../../i18n/index.ts";

/** A chart's title, from its one definition in contract/charts.ts. */
export function chartTitle(id: ChartId, lang: Lang): string {
  return CHART_DEFINITIONS[id][`title_${lang}`];
}
