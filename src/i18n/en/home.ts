import type { home as ko } from "../ko/home.ts";

export const home: Record<keyof typeof ko, string> = {
  title: "Seoul Social Economy Atlas",
  description:
    "Seoul's 25 districts compared on social-economy budgets, enterprise counts and public purchasing, with every number traced to its source document and page.",
  lead: "Seoul's districts compared on social-economy budgets, counts of social enterprises, cooperatives, village and self-sufficiency enterprises, and public purchasing of their products — every number transcribed exactly as printed in public documents.",
  headlinesTitle: "At a glance",
  mapTitle: "Find your district",
  mapIntro: "Choose a district to see all its figures, with their sources.",
  mapLegendData: "social-economy data",
  mapLegendNoData: "no data yet (population only)",
  mapLabel: "Tile map of Seoul's 25 districts",
  hasData: "has data",
  noData: "no data",
  compareTitle: "Compare",
  compareEnterprises: "Social-economy enterprises by district",
  compareBudgets: "Social-economy budgets by district",
  comparePurchasing: "Public purchasing: targets and results",
  honestyTitle: "Where the official numbers don't add up",
  honestyLink: "See every check",
  claimSources: "facts",
};
