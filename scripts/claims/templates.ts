/**
 * Every claim template, in Korean and English. "{slot}" is a value or a text;
 * "{slot|이/가}" attaches the Korean particle that fits it (see render.ts).
 * Templates hold no digits: every number comes from a value.
 */
export const TEMPLATES = {
  coverage: {
    ko: "출처 {sources}(공식 문서 {docs}, 공식 통계 {stats}, 보도자료 {press}, 언론 보도 {news}, 블로그 {blogs})에서 숫자 {facts|을/를} 옮겨 적었습니다. 그 가운데 {social|이/가} 사회적경제 숫자이고, {context|은/는} 맥락으로 쓰는 인구·세대 숫자입니다.",
    en: "{facts} numbers were transcribed from {sources} sources ({docs} {docsWord}, {stats} {statsWord}, {press} {pressWord}, {news} {newsWord}, {blogs} {blogsWord}): {social} about the social economy and {context} on population and households, for context.",
  },
  "districts-with-data": {
    ko: "서울 {districts} 가운데 {withData}에 사회적경제 자료가 있습니다.",
    en: "{withData} of Seoul's {districts} districts have social-economy data.",
  },
  "districts-with-total": {
    ko: "서울 {districts} 가운데 {withData}에 사회적경제 자료가 있고, {withTotal}에 사회적경제기업 총수가 적혀 있습니다.",
    en: "Of Seoul's {districts} districts, {withData} have social-economy data and {withTotal} have a printed total of social-economy enterprises.",
  },
  "districts-named": {
    ko: "서울 {districts} 가운데 사회적경제 자료가 있는 곳은 {withData}({names})이고, 나머지 자치구는 인구만 있습니다.",
    en: "Of Seoul's {districts} districts, {withData} have social-economy data ({names}); the others have only their population.",
  },
  "seoul-total": {
    ko: "{date} 기준 서울 전체의 사회적경제기업은 {count}입니다 ({kind}).",
    en: "{OnDate}, Seoul as a whole had {count} social-economy enterprises ({kind}).",
  },
  "seoul-total-unchecked": {
    ko: "{date} 기준 서울 전체의 사회적경제기업 합계는 {count|으로/로} 적혀 있지만, 유형별 항목을 더하면 {parts}입니다 ({kind}).",
    en: "{OnDate}, Seoul's printed total of social-economy enterprises was {count}, but its parts by type add up to {parts} ({kind}).",
  },
  "table-largest": {
    ko: "같은 표({date} 기준)의 {n} 가운데서는 {top|이/가} {topCount|으로/로} 가장 많습니다 ({kind}).",
    en: "Of the {n} districts in the same table ({date}), {top} had the most: {topCount} ({kind}).",
  },
  "purchasing-rose": {
    ko: "{name}의 사회적경제제품 공공구매 실적은 {from} {fromValue}에서 {to} {toValue|으로/로} 늘었습니다 ({kind}).",
    en: "{name}'s public purchasing of social-economy products rose from {fromValue} in {from} to {toValue} in {to} ({kind}).",
  },
  "purchasing-fell": {
    ko: "{name}의 사회적경제제품 공공구매 실적은 {from} {fromValue}에서 {to} {toValue|으로/로} 줄었습니다 ({kind}).",
    en: "{name}'s public purchasing of social-economy products fell from {fromValue} in {from} to {toValue} in {to} ({kind}).",
  },
  "purchasing-unchanged": {
    ko: "{name}의 사회적경제제품 공공구매 실적은 {from}에도 {to}에도 {toValue}였습니다 ({kind}).",
    en: "{name}'s public purchasing of social-economy products was {toValue} both in {from} and in {to} ({kind}).",
  },
  checks: {
    ko: "문서에 적힌 합계·비율·증감 {checks} 가운데 {mismatches|은/는} 재계산 값과 맞지 않고, 두 출처가 같은 숫자를 적은 {crossChecks} 가운데 {disagreements|은/는} 값이 서로 다릅니다.",
    en: "{mismatches} of {checks} printed totals, rates and changes don't match their recomputation, and {disagreements} of {crossChecks} figures printed by two sources disagree.",
  },
  "largest-gap": {
    ko: "문서 안에서 크기에 견주어 차이가 가장 큰 곳은 {place}({date})로, 문서에 적힌 값은 {printed}, 재계산 값은 {computed}입니다.",
    en: "The largest gap for its size is {place} ({date}): printed {printed}, recomputed {computed}.",
  },
  "source-years": {
    ko: "출처의 날짜는 {from}부터 {to}까지 걸쳐 있습니다. 날짜가 다른 숫자를 나란히 놓을 때는 언제나 각자의 날짜를 함께 적습니다.",
    en: "The sources are dated from {from} to {to}. Wherever numbers of different dates are shown side by side, each keeps its own date.",
  },
  "zone-budget": {
    ko: "서울시 문서는 이 사업의 {period} 사업비로 계획 {planned}, 집행 {executed|을/를} 적었습니다 ({kind}).",
    en: "Seoul's document records {planned} planned and {executed} executed for the programme over {period} ({kind}).",
  },
  "enterprises-latest": {
    ko: "{name}의 사회적경제기업·조직은 {date} 기준 {count}입니다 ({kind}).",
    en: "{name} had {count} social-economy enterprises and organisations {onDate} ({kind}).",
  },
  "enterprises-latest-unchecked": {
    ko: "{name}의 사회적경제기업·조직은 {date} 기준 {count|으로/로} 적혀 있지만, 유형별 항목을 더하면 {parts}입니다 ({kind}).",
    en: "{name}'s printed total of social-economy enterprises and organisations {onDate} is {count}, but its parts by type add up to {parts} ({kind}).",
  },
  "types-only": {
    ko: "{name}의 사회적경제기업 총수는 출처에 없고, {date} 기준 {list}만 알려져 있습니다 ({kind}).",
    en: "No total of social-economy enterprises is printed for {name}; what is known {onDate} is {list} ({kind}).",
  },
  per10k: {
    ko: "주민 1만 명당 {per10k}입니다 ({popDate} 기준 {definition} {pop|으로/로} 나눈 값).",
    en: "That is {per10k} per 10,000 residents (divided by the {definition} of {pop} on {popDate}).",
  },
  "per10k-unchecked": {
    ko: "문서의 합계로 나누면 주민 1만 명당 {per10k}이지만, 합계가 맞지 않으므로 이 수도 확실하지 않습니다 ({popDate} 기준 {definition} {pop|으로/로} 나눈 값).",
    en: "Divided by the printed total it is {per10k} per 10,000 residents, but as the total does not add up, neither does this figure (the {definition} of {pop} on {popDate}).",
  },
  "per10k-none": {
    ko: "{date}에서 한 해 안에 문서에 적힌 {definition|이/가} 없어 주민 1만 명당 수와 순위는 계산하지 않았습니다.",
    en: "No {definition} was printed within a year of {date}, so there is no figure per 10,000 residents and no rank.",
  },
  "rank-first": {
    ko: "{date} 기준 합계가 있는 {n} 가운데 {name|은/는} 주민 1만 명당 사회적경제기업이 가장 많습니다{excluded}.",
    en: "Of the {n} districts with a total on {date}, {name} has the most social-economy enterprises per 10,000 residents{excluded}.",
  },
  "rank-nth": {
    ko: "{date} 기준 합계가 있는 {n} 가운데 {name|은/는} 주민 1만 명당 사회적경제기업이 {rank|으로/로} 많습니다{excluded}.",
    en: "Of the {n} districts with a total on {date}, {name} ranks {rank} in social-economy enterprises per 10,000 residents{excluded}.",
  },
  "rank-none-unchecked": {
    ko: "{name|은/는} 문서의 합계가 항목의 합과 맞지 않아 다른 자치구와 순위를 매기지 않았습니다.",
    en: "{name} is not ranked against other districts, because its printed total does not match its parts.",
  },
  "rank-none-alone": {
    ko: "{date} 기준 합계가 있는 다른 자치구가 없어 순위는 매기지 않았습니다.",
    en: "No other district has a total on {date}, so there is no rank.",
  },
  "budget-latest": {
    ko: "가장 최근 예산은 {year} {label}({status}) {value}입니다 ({kind}).",
    en: "Its latest budget figure is the {label} ({status}) for {year}: {value} ({kind}).",
  },
  "budget-latest-unchecked": {
    ko: "가장 최근 예산은 {year} {label}({status}) {value|으로/로} 적혀 있지만, 항목을 더하면 {parts}입니다 ({kind}).",
    en: "Its latest budget figure, the {label} ({status}) for {year}, is printed as {value}, but its items add up to {parts} ({kind}).",
  },
  "purchasing-latest": {
    ko: "가장 최근 사회적경제제품 공공구매 실적은 {year} {value}입니다 ({kind}).",
    en: "Its latest public purchasing of social-economy products is {value} in {year} ({kind}).",
  },
  population: {
    ko: "{definition|은/는} {date} 기준 {pop}입니다 ({kind}).",
    en: "Its {definition} was {pop} on {date} ({kind}).",
  },
  missing: {
    ko: "{list|은/는} 이 사이트의 출처에 아직 없습니다.",
    en: "The atlas's sources do not yet give its {list}.",
  },
  "data-changelog": {
    ko: "이 버전에는 출처 {sources}(공식 문서 {docs}, 공식 통계 {stats}, 보도자료 {press}, 언론 보도 {news}, 블로그 {blogs})에서 옮겨 적은 숫자 {facts}, 문서 안의 검증 {checks}, 두 출처 사이의 비교 {crossChecks|이/가} 있고, 가장 최근 출처는 {last} 것입니다.",
    en: "This version holds {facts} numbers transcribed from {sources} sources ({docs} {docsWord}, {stats} {statsWord}, {press} {pressWord}, {news} {newsWord}, {blogs} {blogsWord}), {checks} checks within documents and {crossChecks} comparisons between two sources; the latest source is from {last}.",
  },
  "compare-enterprises-missing": {
    ko: "사회적경제기업 수가 적힌 자료가 없는 곳은 {n}({names})입니다.",
    en: "{n} districts have no printed count of social-economy enterprises: {names}.",
  },
  "compare-enterprises-all": {
    ko: "모든 자치구에 사회적경제기업 수가 적힌 자료가 있습니다.",
    en: "Every district has a printed count of social-economy enterprises.",
  },
  "compare-budgets-per-10k": {
    ko: "예산은 주민 한 사람당으로 나누지 않았습니다: 같은 정의의 인구 숫자는 {popDate} 것뿐이어서, 예산 총액 {n} 가운데 그 해 전후 한 해 안에 인구가 있는 것은 {m}뿐입니다.",
    en: "Budgets are not divided per resident: the population of the one definition is printed only {onPopDate}, so a population within a year is found for only {m} of the {n} budget totals.",
  },
  "compare-budgets-per-10k-dates": {
    ko: "예산은 주민 한 사람당으로 나누지 않았습니다: 예산 총액 {n} 가운데 그 해 전후 한 해 안에 같은 정의의 인구가 있는 것은 {m}뿐입니다.",
    en: "Budgets are not divided per resident: a population of the one definition within a year is found for only {m} of the {n} budget totals.",
  },
  "compare-purchasing-per-10k": {
    ko: "공공구매 금액은 주민 한 사람당으로 나누지 않았습니다: 같은 정의의 인구 숫자는 {popDate} 것뿐이어서, 연도별 목표·실적 {n} 가운데 그 해 전후 한 해 안에 인구가 있는 것은 {m}뿐입니다.",
    en: "Purchasing is not divided per resident: the population of the one definition is printed only {onPopDate}, so a population within a year is found for only {m} of the {n} yearly targets and results.",
  },
  "compare-purchasing-per-10k-dates": {
    ko: "공공구매 금액은 주민 한 사람당으로 나누지 않았습니다: 연도별 목표·실적 {n} 가운데 그 해 전후 한 해 안에 같은 정의의 인구가 있는 것은 {m}뿐입니다.",
    en: "Purchasing is not divided per resident: a population of the one definition within a year is found for only {m} of the {n} yearly targets and results.",
  },
  // The charts' sentences (scope "chart"): takeaways, text alternatives, unit lines.
  "chart-empty": {
    ko: "이 차트에 그릴 숫자가 아직 없습니다.",
    en: "There are no figures to draw in this chart yet.",
  },
  "chart-empty-alt": {
    ko: "빈 차트: 그릴 숫자가 없습니다.",
    en: "An empty chart: there are no figures to draw.",
  },
  "northeast-largest": {
    ko: "{date} 기준 {types} 유형을 합하면 {n} 가운데 {top|이/가} 주민 1만 명당 {rate|으로/로} 가장 많고, 서울 전체는 {seoul}입니다.",
    en: "{OnDate}, adding up the {types} types, {top} has the most enterprises per 10,000 residents of the {n} districts: {rate}, against {seoul} for Seoul as a whole.",
  },
  "northeast-largest-alone": {
    ko: "{date} 기준 {types} 유형을 합하면 {n} 가운데 {top|이/가} 주민 1만 명당 {rate|으로/로} 가장 많습니다.",
    en: "{OnDate}, adding up the {types} types, {top} has the most enterprises per 10,000 residents of the {n} districts: {rate}.",
  },
  "northeast-counts": {
    ko: "{date} 기준 {types} 유형의 기업 수입니다 (한 자치구가 주민 1만 명당 가장 많다고 할 수 없습니다).",
    en: "Counts of {types} types {onDate} (no one district has the most per 10,000 residents).",
  },
  "northeast-alt": {
    ko: "가로 막대 그래프: {typeList} {types} 유형마다 {places}의 주민 1만 명당 기업 수를 막대로 그리고, 기업 수와 주민 1만 명당 수를 숫자로 적었습니다 (서울 전체는 테두리 막대). {types} 유형 합계: {totals}.",
    en: "Horizontal bar chart: for each of {types} types ({typeList}), one bar per place ({places}) showing enterprises per 10,000 residents, labelled with the count and the rate (Seoul as a whole as an outlined bar). Totals of the {types} types: {totals}.",
  },
  "northeast-unit": {
    ko: "주민 1만 명당 개 (기업 수는 {date}, {definition|은/는} {popDate} 기준)",
    en: "enterprises per 10,000 residents (counts {onDate}; {definition} {onPopDate})",
  },
  "northeast-unit-counts": {
    ko: "개 ({date} 기준)",
    en: "enterprises ({onDate})",
  },
  "totals-largest": {
    ko: "{date} 기준 같은 출처의 합계로는 {top|이/가} {topCount|으로/로} 가장 많습니다 ({kind}).",
    en: "{OnDate}, from one source, {top} has the most: {topCount} ({kind}).",
  },
  "totals-as-of": {
    ko: "{date} 기준 합계입니다.",
    en: "Totals {onDate}.",
  },
  "totals-unranked": {
    ko: "합계 {n|은/는} 기준일과 출처({sources})가 서로 달라 순위를 매기지 않았으니 비교에 주의하세요.",
    en: "The {n} totals have different dates and come from {sources} sources, so they are not ranked: compare with care.",
  },
  "totals-unranked-latest": {
    ko: "합계 {n|은/는} 기준일과 출처({sources})가 서로 달라 순위를 매기지 않았으며, 가장 최근 합계는 {latestDate} {name}의 {latest}({kind})이니 비교에 주의하세요.",
    en: "The {n} totals have different dates and come from {sources} sources, so they are not ranked; the latest is {name}'s {latest} {onLatestDate} ({kind}): compare with care.",
  },
  "totals-alt": {
    ko: "가로 막대 그래프: 자치구별로 문서에 적힌 사회적경제기업 합계를 기준일과 함께 그렸습니다 (순위 아님): {list}.",
    en: "Horizontal bar chart of the printed totals of social-economy enterprises by district, each labelled with its date (not a ranking): {list}.",
  },
  "totals-alt-seoul": {
    ko: "가로 막대 그래프: 자치구별로 문서에 적힌 사회적경제기업 합계를 기준일과 함께 그렸습니다 (순위 아님): {list}. 서울 전체 합계는 자치구와 규모가 달라 막대 없이 숫자로만 적었습니다.",
    en: "Horizontal bar chart of the printed totals of social-economy enterprises by district, each labelled with its date (not a ranking): {list}. Seoul's total is written out, not drawn, as it is on another scale.",
  },
  "totals-per10k-unranked-pop": {
    ko: "주민 1만 명당 수 {n|은/는} 기준일과 출처({sources})가 서로 달라 순위를 매기지 않았으니 비교에 주의하세요. 모두 {popDate} 기준 {definition|으로/로} 나눴습니다.",
    en: "The {n} per-resident figures have different dates and come from {sources} sources, so they are not ranked: compare with care. Each is divided by the {definition} {onPopDate}.",
  },
  "totals-per10k-unranked": {
    ko: "주민 1만 명당 수 {n|은/는} 기준일과 출처({sources})가 서로 달라 순위를 매기지 않았으니 비교에 주의하세요. 인구는 {definition} 가운데 기준일에 가장 가까운 숫자입니다.",
    en: "The {n} per-resident figures have different dates and come from {sources} sources, so they are not ranked: compare with care. Each is divided by the {definition} printed nearest its date.",
  },
  "totals-per10k-as-of-pop": {
    ko: "{date} 기준 합계를 {popDate} 기준 {definition|으로/로} 나눈 주민 1만 명당 수입니다.",
    en: "Totals {onDate} per 10,000 residents, divided by the {definition} {onPopDate}.",
  },
  "totals-per10k-as-of": {
    ko: "{date} 기준 합계를 {definition|으로/로} 나눈 주민 1만 명당 수입니다.",
    en: "Totals {onDate} per 10,000 residents, divided by the {definition}.",
  },
  "totals-per10k-alt": {
    ko: "가로 막대 그래프: 자치구별로 문서에 적힌 사회적경제기업 합계를 주민 1만 명당으로 나눠 기준일과 함께 그렸습니다 (순위 아님): {list}.",
    en: "Horizontal bar chart of the printed totals of social-economy enterprises per 10,000 residents, by district, each labelled with its date (not a ranking): {list}.",
  },
  "totals-per10k-alt-seoul": {
    ko: "가로 막대 그래프: 자치구별로 문서에 적힌 사회적경제기업 합계를 주민 1만 명당으로 나눠 기준일과 함께 그렸습니다 (순위 아님, 서울 전체는 테두리 막대): {list}.",
    en: "Horizontal bar chart of the printed totals of social-economy enterprises per 10,000 residents, by district, each labelled with its date (not a ranking; Seoul as a whole as an outlined bar): {list}.",
  },
  "totals-per10k-unit": {
    ko: "주민 1만 명당 개 (기업 수는 숫자마다 기준일이 다름, {definition|은/는} {popDate} 기준)",
    en: "enterprises per 10,000 residents (each count has its own date; {definition} {onPopDate})",
  },
  "totals-per10k-unit-dates": {
    ko: "주민 1만 명당 개 (기업 수와 인구는 숫자마다 기준일이 다름)",
    en: "enterprises per 10,000 residents (each count and population has its own date)",
  },
  "compare-per-10k-dropped": {
    ko: "주민 1만 명당 그림에는 기준일 전후 한 해 안에 같은 정의의 인구 숫자가 없는 합계 {n|이/가} 빠져 있습니다: {list}.",
    en: "The per-resident chart leaves out {n} totals with no population of the same definition within a year of their date: {list}.",
  },
  "compare-per-10k-all": {
    ko: "주민 1만 명당 그림에는 합계가 모두 있습니다.",
    en: "Every total is in the per-resident chart.",
  },
  "budget-years-tables": {
    ko: "문서에 적힌 총액마다 다루는 범위가 달라(표 {tables}) 자치구끼리 견주지 않았으며, 표마다 가장 최근 해의 총액은 {list}입니다.",
    en: "Each printed total covers a different scope ({tables} tables), so districts are not compared; the latest total of each table is {list}.",
  },
  "budget-years-table": {
    ko: "이 표에서 가장 최근 해의 총액은 {list}입니다.",
    en: "The latest total of the table is {list}.",
  },
  "budget-years-alt": {
    ko: "가로 막대 그래프: 자치구와 표마다 한 묶음씩, 연도별 예산 총액(계획)을 그렸습니다. {groups}.",
    en: "Horizontal bar chart: one group per district and printed table, a bar per year for the planned budget total. {groups}.",
  },
  "funder-shares": {
    ko: "표마다 가장 최근 해에 자치구 자체 예산(구비)이 차지하는 몫은 {list}이고, 표마다 다루는 범위가 달라 합계끼리 비교할 수는 없습니다.",
    en: "In each table's latest year, district funds make up {list}; each table covers something different, so the sums are not compared across districts.",
  },
  "funder-no-share": {
    ko: "구비가 적힌 표가 없어 자치구 자체 예산의 몫은 계산하지 않았고, 표마다 다루는 범위가 달라 합계끼리 비교할 수는 없습니다.",
    en: "No table prints district funds, so there is no district share; each table covers something different, so the sums are not compared across districts.",
  },
  "funder-alt": {
    ko: "누적 가로 막대 그래프: 자치구·표·연도마다 막대 하나를 재원(국비, 시비, 구비 등)별로 나눠 쌓고, 막대 아래에 재원별 금액을 적었습니다. {bars}.",
    en: "Stacked horizontal bar chart: one bar per district, table and year, split by funder (national, city, district…), with each funder's amount written under the bar. {bars}.",
  },
  "purchasing-chart-rose": {
    ko: "{name}의 공공구매 실적은 {from} {fromValue}에서 {to} {toValue|으로/로} 늘었고, 문서의 달성률 {rated} 가운데 {wrong|은/는} 실적÷목표로 다시 계산한 값과 맞지 않습니다.",
    en: "{name}'s purchasing result rose from {fromValue} in {from} to {toValue} in {to}, and {wrong} of the {rated} printed achievement rates don't match result ÷ target.",
  },
  "purchasing-chart-fell": {
    ko: "{name}의 공공구매 실적은 {from} {fromValue}에서 {to} {toValue|으로/로} 줄었고, 문서의 달성률 {rated} 가운데 {wrong|은/는} 실적÷목표로 다시 계산한 값과 맞지 않습니다.",
    en: "{name}'s purchasing result fell from {fromValue} in {from} to {toValue} in {to}, and {wrong} of the {rated} printed achievement rates don't match result ÷ target.",
  },
  "purchasing-chart-unchanged": {
    ko: "{name}의 공공구매 실적은 {from}에도 {to}에도 {toValue}였고, 문서의 달성률 {rated} 가운데 {wrong|은/는} 실적÷목표로 다시 계산한 값과 맞지 않습니다.",
    en: "{name}'s purchasing result was {toValue} both in {from} and in {to}, and {wrong} of the {rated} printed achievement rates don't match result ÷ target.",
  },
  "purchasing-chart-across": {
    ko: "{n}에서 문서의 달성률 {rated} 가운데 {wrong|은/는} 실적÷목표로 다시 계산한 값과 맞지 않습니다.",
    en: "Across {n} districts, {wrong} of the {rated} printed achievement rates don't match result ÷ target.",
  },
  "purchasing-chart-alt": {
    ko: "가로 막대 그래프: 연도마다 공공구매 목표(테두리 막대)와 실적(채운 막대), 그 아래 문서의 달성률과 재계산 달성률. {years}.",
    en: "Horizontal bar chart: for each year, the purchasing target (outlined bar) and result (solid bar), with the printed and recomputed achievement rates below. {years}.",
  },
  "series-latest": {
    ko: "가장 최근 실적은 {name}의 {when} {amount}({kind})이고, {points} 점 가운데 {others|은/는} 공식 문서나 공식 통계가 아닌 출처(보도자료, 언론 보도, 블로그)에서 왔으니 범위와 시점을 확인하세요.",
    en: "The latest result is {name}'s {amount} {onWhen} ({kind}); {others} of the {points} points come from sources other than official documents and statistics (press releases, news reports, blogs), so check their scope and date.",
  },
  "series-points": {
    ko: "{points} 점 가운데 {others|은/는} 공식 문서나 공식 통계가 아닌 출처(보도자료, 언론 보도, 블로그)에서 왔으니 범위와 시점을 확인하세요.",
    en: "{others} of the {points} points come from sources other than official documents and statistics (press releases, news reports, blogs), so check their scope and date.",
  },
  "series-alt": {
    ko: "점 그래프: 자치구(와 서울 전체)마다 따로 눈금을 둔 연도별 공공구매 실적(녹색)과 목표(파란색, 점선). 공식 문서는 채운 점, 보도자료는 빈 네모, 언론 보도는 빈 원. {places}.",
    en: "Dot chart: public-purchasing results (green) and targets (blue, dashed) by year, one panel per district (and Seoul as a whole), each on its own scale. Filled marks are official documents, hollow squares press releases, hollow circles news reports. {places}.",
  },
  "zone-rose": {
    ko: "서울시 특구 사업비 계획은 {from} {fromValue}에서 {to} {toValue|으로/로} 늘었지만, {executed}.",
    en: "Seoul's planned special-zone spending rose from {fromValue} in {from} to {toValue} in {to}, but {executed}.",
  },
  "zone-fell": {
    ko: "서울시 특구 사업비 계획은 {from} {fromValue}에서 {to} {toValue|으로/로} 줄었고, {executed}.",
    en: "Seoul's planned special-zone spending fell from {fromValue} in {from} to {toValue} in {to}, and {executed}.",
  },
  "zone-unchanged": {
    ko: "서울시 특구 사업비 계획은 {from}에도 {to}에도 {toValue}였고, {executed}.",
    en: "Seoul's planned special-zone spending was {toValue} both in {from} and in {to}, and {executed}.",
  },
  "zone-executed": {
    ko: "서울시 특구 사업비의 {executed}.",
    en: "Of Seoul's special-zone spending, {executed}.",
  },
  "zone-alt": {
    ko: "가로 막대 그래프: 서울시 사회적경제 특구 사업비의 연도별 계획(테두리 막대)과 집행(채운 막대). “-”로 적힌 해는 막대 없이 “없음”으로 적었습니다. {periods}.",
    en: "Horizontal bar chart of Seoul's social-economy special-zone budget by year: planned (outlined bar) and executed (solid bar). Years printed as “-” have no bar and read “none”. {periods}.",
  },
} as const satisfies Record<string, { ko: string; en: string }>;

export type TemplateId = keyof typeof TEMPLATES;
