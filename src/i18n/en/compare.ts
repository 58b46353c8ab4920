import type { compare as ko } from "../ko/compare.ts";

export const compare: Record<keyof typeof ko, string> = {
  enterprisesTitle: "Social-economy enterprises by district",
  enterprisesDescription:
    "Counts of social enterprises, preliminary social enterprises, village enterprises, cooperatives and self-sufficiency enterprises, by district.",
  enterprisesLead:
    "Only figures of the same date from the same table are compared side by side. Figures with another reference date or definition are shown separately, each with its date.",
  enterprisesDates:
    "The figures in the chart below have different reference dates, each written beside its figure. Figures of different dates are not ranked.",
  claimSources: "Facts",
  switchLabel: "Show the chart as",
  switchTotals: "Totals",
  switchPer10k: "Per 10,000 residents",
  seePer10k: "See per 10,000 residents",
  seeTotals: "See the totals",
  budgetsTitle: "Social-economy budgets by district",
  budgetsDescription:
    "Social-economy budgets by district, year, programme and funder (national, city, district).",
  budgetsLead:
    "Each document's budget covers something different: Yeongdeungpo's is the whole social-economy division, Seongbuk's the financial plan of its master plan, Dobong's a single centre. Totals of different scope can't be compared by size, so read each table's caption.",
  specialZoneTitle: "Districts selected for Seoul's social-economy special zone",
  specialZoneLead:
    "The table below lists the districts Seoul selected for the preparatory and main stages of its social-economy special-zone programme {term}, with each round, period and project.",
  specialZoneTable: "Selected districts and projects (table)",
  colRound: "Round",
  colDistrict: "District",
  colPeriod: "Period",
  colProject: "Project",
  colSource: "Source",
  purchasingTitle: "Public purchasing of social-economy products",
  purchasingDescription:
    "Targets and results of public bodies' purchases from social-economy enterprises, with the achievement rate as printed and as recomputed.",
  purchasingLead:
    "The achievement rate is shown twice: as printed in the document, and recomputed as printed result ÷ target × 100. Where they differ, it is marked.",
  purchasingCoverage: "Districts with a printed purchasing target or result: {districts}.",
  seeQuality: "See every check of the printed rates against their recomputation",
};
