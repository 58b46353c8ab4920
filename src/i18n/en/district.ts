import type { district as ko } from "../ko/district.ts";

export const district: Record<keyof typeof ko, string> = {
  indexTitle: "Districts",
  indexDescription:
    "The social-economy figures of each of Seoul's 25 districts, with their sources.",
  indexLead:
    "Choose a district to see its social-economy budgets, enterprise counts, public purchasing and programme targets, each with its source.",
  indexTableTitle: "All districts",
  colDistrict: "District",
  colFacts: "Social-economy figures",
  colEnterprises: "Social-economy enterprises (latest printed total)",
  colEnterprisesKind: "Kind of that total's source",
  indexKindNote:
    "The latest printed totals differ from district to district in date and source: official documents, press releases and news reports share one column, so read the kind of source beside each. Figures of different dates are not ranked.",
  totalMismatch: "does not match its parts",
  colRounds: "Special-zone rounds",
  pageDescription:
    "The social economy of {name}: budgets, enterprise counts, public purchasing and programme targets, traced to source and page.",
  summaryTitle: "Summary",
  noDataTitle: "No data yet",
  noData:
    "None of the atlas's source documents gives social-economy figures (budgets, enterprise counts, public purchasing) for {name} yet.",
  noDataFill:
    "This page fills up when someone transcribes a public document: the district office's social-economy master plan or work report, its budget book, or the register of social-economy enterprises on the Seoul Open Data Plaza. The data page and data/README.md in the repository say how.",
  howToAdd: "How to add data",
  chartsTitle: "Against other districts and Seoul",
  chartsIntro: "In the charts below, {name} is drawn with a heavy outline and a bold label.",
  factsTitle: "Every figure for this district",
  factsIntro: "By measure, with the value and unit as printed and the source and page.",
  colPeriod: "Period",
  colCategory: "Item",
  colFunder: "Funder",
  colStatus: "Status",
  colValue: "Value",
  colPrinted: "As printed",
  colSource: "Source, page",
  colKind: "Kind of source",
  rows: "{n} figures",
  programmesTitle: "Programmes taken part in",
  specialZone: "Seoul social-economy special zone",
  noProgrammes: "No record of selection for Seoul's social-economy special-zone programme.",
  programmesMore: "The special-zone programme and the districts of each round",
  project: "Project",
  neighboursTitle: "Neighbouring districts",
  neighboursIntro: "Districts next to this one on the map.",
  backToIndex: "All districts",
};
