/** Strings of the phone-reading work (issue #16): the tile map's figure, district pages' figure lists. */
export const phone = {
  mapFigure:
    "숫자: {period} 기준 사회적경제기업 수(모든 유형의 합계). 한 출처의 한 표에 같은 기준으로 실린 {n}개 구만 서로 비교할 수 있습니다.",
  mapSource: "출처",
  mapNoFigure: "모든 구를 같은 기준으로 비교할 수 있는 숫자는 아직 없습니다.",
  mapLevel: "{min}–{max}",
  mapLevelOne: "{min}",
  mapLegendMismatch: "인쇄된 합계가 항목별 숫자의 합과 다름 (인쇄된 그대로 표시)",
  tileMismatch: "(인쇄된 합계가 항목별 숫자의 합과 다름)",
  mapLegendOther: "다른 숫자나 특구 사업만 있음 (비교할 수 있는 숫자 없음)",
  mapLegendNone: "숫자 없음",
  tileFigure: "사회적경제기업 {value}개 ({period})",
  tileOther: "비교할 수 있는 숫자 없음, 다른 숫자 {facts}개",
  tileOtherProgramme: "비교할 수 있는 숫자 없음, 사회적경제 특구 사업 참여",
  tileOtherBoth: "비교할 수 있는 숫자 없음, 다른 숫자 {facts}개, 사회적경제 특구 사업 참여",
  tileNone: "숫자 없음",
  chartsJump: "이 쪽의 차트",
  factsFew:
    "{n}개 숫자를 모두 아래에 보여 줍니다. 출처마다 그 출처의 모든 숫자가 한 쪽에 있습니다.",
  factsMany:
    "{n}개 숫자가 {sources}개 출처에 있습니다. 표가 길어서 여기에는 출처별로 세어 두고, 숫자는 출처마다 한 쪽에 표로 모았습니다.",
  factsBySource: "출처별",
  sourceFactsOne: "{n}개 숫자",
  factLinkText: "출처",
  sourceFacts: "{n}개 숫자",
  measuresMore: "외 {n}개",
  sourcesMore: "출처 {n}곳 더 보기",
  colFigure: "숫자",
  noteShow: "메모 읽기",
  nearTitle: "지도에서 가까운 자치구",
  nearIntro:
    "타일 지도에서 이 구 옆에 놓인 자치구입니다. 타일 지도는 구를 같은 크기의 칸으로 단순하게 배치한 것이어서, 실제로 경계가 맞닿은 구와 다를 수 있습니다.",
} as const;
