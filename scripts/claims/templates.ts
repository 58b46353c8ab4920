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
} as const satisfies Record<string, { ko: string; en: string }>;

export type TemplateId = keyof typeof TEMPLATES;
