export const compare = {
  enterprisesTitle: "자치구별 사회적경제기업 수",
  enterprisesDescription:
    "사회적기업, 예비사회적기업, 마을기업, 협동조합, 자활기업 수를 자치구별로 비교합니다.",
  enterprisesLead:
    "같은 날짜, 같은 표에서 나온 숫자끼리만 나란히 비교합니다. 기준일이나 정의가 다른 숫자는 날짜를 붙여 따로 보여 줍니다.",
  enterprisesDates:
    "아래 차트의 숫자는 기준일이 서로 다르고, 숫자마다 그 날짜를 함께 적었습니다. 날짜가 다른 숫자는 순위를 매기지 않습니다.",
  claimSources: "근거",
  switchLabel: "차트 보기 방식",
  switchTotals: "총수",
  switchPer10k: "주민 1만 명당",
  seePer10k: "주민 1만 명당으로 보기",
  seeTotals: "총수로 보기",
  budgetsTitle: "자치구별 사회적경제 예산",
  budgetsDescription: "사회적경제 예산을 자치구, 연도, 사업, 재원(국비·시비·구비)별로 비교합니다.",
  budgetsLead:
    "문서마다 예산이 다루는 범위가 다릅니다: 영등포구는 사회적경제과 전체 예산, 성북구는 사회적경제 기본계획의 재정계획, 도봉구는 마을사회적경제지원센터 한 곳의 사업비입니다. 같은 범위가 아니면 크기를 비교할 수 없으니 각 표의 제목을 함께 보세요.",
  specialZoneTitle: "서울시 사회적경제 특구 선정 자치구",
  specialZoneLead:
    "서울시가 사회적경제 특구 준비사업·본사업에 선정한 자치구와 그 차수, 기간, 사업은 아래 표와 같습니다{term}.",
  specialZoneTable: "특구 선정 자치구와 사업 (표)",
  colRound: "차수",
  colDistrict: "자치구",
  colPeriod: "기간",
  colProject: "사업명",
  colSource: "출처",
  purchasingTitle: "사회적경제제품 공공구매 목표와 실적",
  purchasingDescription:
    "공공기관이 사회적경제기업 제품을 사들인 목표와 실적, 문서의 달성률과 재계산 달성률.",
  purchasingLead:
    "달성률은 문서에 적힌 값과, 실적 ÷ 목표 × 100으로 다시 계산한 값(재계산 값)을 나란히 보여 줍니다. 둘이 다르면 표시합니다.",
  purchasingCoverage: "공공구매 목표나 실적이 적힌 자치구: {districts}.",
  seeQuality: "문서의 달성률과 재계산 값의 검증 결과 모두 보기",
} as const;
