import type { phone as ko } from "../ko/phone.ts";

export const phone: Record<keyof typeof ko, string> = {
  mapFigure:
    "Numbers: social-economy enterprises of all kinds, as of {period}. Only the {n} districts counted on one definition in one table of one source can be compared with each other.",
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
  factsFew: "All {n} figures are below. Each source has a page with every figure taken from it.",
  factsMany:
    "{n} figures from {sources} sources. The tables are long, so they are counted here by source and listed in full on each source's page.",
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
