export const home = {
  title: "서울 사회적경제 지도",
  description:
    "서울 25개 자치구의 사회적경제 예산, 기업 수, 공공구매를 공개 문서의 숫자로 비교합니다. 모든 숫자는 출처 문서와 쪽까지 추적할 수 있습니다.",
  lead: "서울 25개 자치구의 사회적경제 예산, 사회적기업·협동조합·마을기업·자활기업 수, 사회적경제제품 공공구매를 공개된 행정 문서에서 인쇄된 그대로 옮겨 적어 비교합니다.",
  headlinesTitle: "한눈에 보기",
  mapTitle: "우리 구 찾기",
  mapIntro: "자치구를 누르면 그 구에 대해 알려진 모든 숫자를 볼 수 있습니다.",
  mapLegendData: "사회적경제 자료 있음",
  mapLegendNoData: "아직 자료 없음 (인구만)",
  mapLabel: "서울 25개 자치구 타일 지도",
  hasData: "자료 있음",
  noData: "자료 없음",
  compareTitle: "비교하기",
  compareEnterprises: "자치구별 사회적경제기업 수",
  compareBudgets: "자치구별 사회적경제 예산",
  comparePurchasing: "공공구매 목표와 실적",
  honestyTitle: "공식 숫자가 맞지 않는 곳",
  honestyLink: "검증 결과 모두 보기",
  coverage:
    "{sources}개 문서에서 {facts}개의 숫자를 옮겨 적었습니다. {withData}개 자치구에 사회적경제 자료가 있습니다.",
  headlineEnterprises:
    "{date} 기준 사회적경제기업은 서울 전체 {seoul}, 동북4구 가운데 {top}가 {topCount}로 가장 많습니다.",
  headlinePurchasing:
    "성북구의 사회적경제제품 공공구매는 {from}년 {fromValue}에서 {to}년 {toValue}로 늘었습니다.",
  printed: "인쇄",
  recomputed: "재계산",
  headlineMismatch: "인쇄된 합계·비율 {checks}건 가운데 {mismatches}건이 재계산과 맞지 않습니다.",
} as const;
