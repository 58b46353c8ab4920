import type { phone as ko } from "../ko/phone.ts";

export const phone: Record<keyof typeof ko, string> = {
  mapFigure:
    "Numbers: social-economy enterprises of all kinds, as of {period}. Only the districts counted on one definition in one table of one source are compared by number; the others are marked apart.",
  mapSource: "Source",
  mapNoFigure: "No figure yet compares the districts on one definition and date.",
  mapLevel: "{min}–{max}",
  mapLevelOne: "{min}",
  mapLegendMismatch: "the printed total is not the sum of its printed parts (shown as printed)",
  tileMismatch: "(the printed total is not the sum of its printed parts)",
  mapLegendOther: "other figures or the special-zone programme only (no comparable figure)",
  mapLegendNone: "no figure at all",
  tileFigure: "{value} social-economy enterprises ({period})",
  tileOther: "no comparable figure; {facts} other figures",
  tileOtherProgramme: "no comparable figure; in the social-economy special-zone programme",
  tileOtherBoth:
    "no comparable figure; {facts} other figures; in the social-economy special-zone programme",
  tileNone: "no figure at all",
  chartsJump: "Charts on this page",
  chartsElsewhere: "The other charts this district is in are on the comparison pages:",
  factsFew:
    "All of this district's figures are below. Each source has a page with every figure taken from it.",
  factsMany:
    "The tables are long, so the figures are counted here by source and listed in full on each source's page.",
  factsTable: "Figures of {name}, one a row",
  factsBySource: "By source",
  sourceFactsOne: "{n} figure",
  factLinkText: "source",
  sourceFacts: "{n} figures",
  measuresMore: "and {n} more",
  sourcesMore: "{n} more sources",
  colFigure: "Figure",
  noteShow: "Read the note",
  nearTitle: "Near on the map",
  nearIntro:
    "Districts placed next to this one on the tile map. The tile map is a schematic of equal squares, so these are not always the districts that share a border with it.",
};
