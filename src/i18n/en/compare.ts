import type { compare as ko } from "../ko/compare.ts";

export const compare: Record<keyof typeof ko, string> = {
  enterprisesTitle: "Social-economy enterprises by district",
  enterprisesDescription:
    "Counts of social enterprises, preliminary social enterprises, village enterprises, cooperatives and self-sufficiency enterprises, by district.",
  enterprisesLead:
    "Only figures of the same date from the same table are compared side by side. Figures with another reference date or definition are shown separately, each with its date.",
  enterprisesDates:
    "The figures on this page have different reference dates: {dates}. Figures of different dates are not ranked.",
  enterprisesMissing: "Districts with no printed count of social-economy enterprises: {n}.",
  budgetsTitle: "Social-economy budgets by district",
  budgetsDescription:
    "Social-economy budgets by district, year, programme and funder (national, city, district).",
  budgetsLead:
    "Each document's budget covers something different: Yeongdeungpo's is the whole social-economy division, Seongbuk's the financial plan of its master plan, Dobong's a single centre. Totals of different scope can't be compared by size, so read each table's caption.",
  specialZoneTitle: "Districts selected for Seoul's social-economy special zone",
  specialZoneLead:
    "In three rounds in 2015–2016 Seoul selected 11 districts for the preparatory and main stages of its social-economy special-zone programme {term}.",
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
  purchasingMismatch: "{n} printed rates don't match result ÷ target.",
  purchasingCoverage: "Districts with a printed purchasing target or result: {districts}.",
  seeQuality: "See every check",
};
