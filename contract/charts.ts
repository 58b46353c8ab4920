/**
 * Every chart of the site, defined once: its id (the dataset is published as
 * /data/charts/<id>.csv), its title and what its data holds, in both
 * languages. The pipeline's chart datasets and the site's drawings both take
 * their words from here, so a title cannot differ between the CSV and the page.
 */
export interface ChartDefinition {
  title_ko: string;
  title_en: string;
  description_ko: string;
  description_en: string;
}

export const CHART_DEFINITIONS = {
  "enterprises-northeast-2017": {
    title_ko: "동북4구와 서울의 유형별 사회적경제기업 수 (2017년 3월 1일)",
    title_en:
      "Social-economy enterprises by type: Seoul and the four north-east districts, 1 March 2017",
    description_ko:
      "한 날짜, 한 표(성북구 기본계획)의 유형별 기업 수. 2017년 1분기 주민등록인구로 계산한 주민 1만 명당 수와 서울 전체 대비 비중이 함께 있습니다.",
    description_en:
      "Counts by type at one date from one table (Seongbuk master plan), with per-10,000-resident figures against the 2017 Q1 registered population and each district's share of Seoul's count.",
  },
  "enterprises-totals": {
    title_ko: "자치구별 사회적경제기업 총수 (문서의 합계, 기준일별)",
    title_en: "Total social-economy enterprises by district, as printed, with each figure's date",
    description_ko:
      "문서에 적힌 사회적경제기업·조직 총수 전부, 각각의 기준일과 출처와 함께. 날짜와 정의가 다른 숫자는 순위를 매기지 않고 나란히 보여 줍니다.",
    description_en:
      "Every printed total of social-economy enterprises or organisations, each with its own reference date and source. Figures of different dates and definitions are shown side by side, not ranked.",
  },
  "enterprises-totals-per-10k": {
    title_ko: "자치구별 주민 1만 명당 사회적경제기업 수 (문서의 합계, 기준일별)",
    title_en:
      "Social-economy enterprises per 10,000 residents by district, from the printed totals, with each figure's date",
    description_ko:
      "문서에 적힌 사회적경제기업 총수를 기준일에 가장 가까운(1년 이내) 주민등록인구(등록외국인 포함)로 나눈 값. 그런 인구가 없는 총수는 빠집니다. 순위는 매기지 않습니다.",
    description_en:
      "The printed totals of social-economy enterprises divided by the registered population (foreigners included) printed nearest their date, within a year; totals without one are left out. Not ranked.",
  },
  "budget-years": {
    title_ko: "자치구별 연도별 사회적경제 예산 총액 (계획)",
    title_en: "Planned social-economy budget totals by district and year",
    description_ko:
      "자치구별로 한 해의 예산 총액 (문서에 적힌 그대로). 각 총액은 표 제목이 말하는 범위(부서 전체 예산, 기본계획, 센터 하나)를 담습니다.",
    description_en:
      "Printed budget totals for a single year, by district. Each covers what its table's caption says: a division's whole budget, a master plan, one centre.",
  },
  "budget-by-funder": {
    title_ko: "재원별 사회적경제 예산 (국비·시비·구비)",
    title_en: "Social-economy budgets by funder (national, city, district)",
    description_ko:
      "재원이 적힌 예산 항목을 자치구·연도·재원·표(`caption`)별로 더한 값. 서로 다른 표의 항목은 더하지 않습니다.",
    description_en:
      "Budget lines that print a funder, added up by district, year, funder and table (caption). Lines of different tables are never added together.",
  },
  purchasing: {
    title_ko: "사회적경제제품 공공구매 목표와 실적",
    title_en: "Public purchasing of social-economy products: target and result",
    description_ko: "연도별 공공구매 목표와 실적, 문서의 달성률과 재계산 달성률.",
    description_en:
      "Yearly purchasing targets and results with the achievement rate as printed and as recomputed.",
  },
  "purchasing-series": {
    title_ko: "사회적경제제품 공공구매 연도별 추이 (출처 종류별 표시)",
    title_en:
      "Public purchasing of social-economy products by year, each point marked by the kind of its source",
    description_ko:
      "서울 전체와 자치구의 한 해 공공구매 목표와 실적 전부. 공식 문서, 보도자료, 언론 보도에서 가져왔고 값마다 출처 종류가 붙어 있습니다. 여러 출처가 같은 값(같은 곳, 연도, 구분, 값)을 적었으면 한 번만 그립니다: 공식 문서가 있으면 그것을, 없으면 가장 이른 출처를 씁니다. 모든 출처의 값은 facts.csv에 남아 있습니다.",
    description_en:
      "Every single-year purchasing target and result for Seoul as a whole and the districts, from official documents, press releases and news reports, one row per printed figure with its source kind. A figure printed by more than one source (same place, year, status and value) is drawn once, from the official document if there is one, else from the earliest source; every printing stays in facts.csv.",
  },
  "special-zone-budget": {
    title_ko: "서울시 사회적경제 특구 사업비: 계획과 집행",
    title_en: "Seoul's social-economy special-zone programme: planned and executed budget",
    description_ko: "서울시 사회적경제 특구 사업의 연도별 계획과 집행 (2014년~2018년 6월).",
    description_en:
      "Seoul city's yearly plan and execution for the special-zone programme, 2014 to June 2018.",
  },
} as const satisfies Record<string, ChartDefinition>;

export type ChartId = keyof typeof CHART_DEFINITIONS;
export const CHART_IDS = Object.keys(CHART_DEFINITIONS) as ChartId[];
