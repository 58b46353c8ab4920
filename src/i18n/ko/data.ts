/** Interface strings of /data/ (Korean). */
export const data = {
  title: "데이터 내려받기",
  description:
    "서울 사회적경제 지도의 모든 데이터: CSV 파일과 필드 설명, 행 수, 데이터 패키지, 전체 ZIP, 인용 방법과 이용 조건.",
  lead: "이 사이트의 모든 숫자는 아래 CSV 파일에 있습니다. 파일마다 필드와 단위, 행 수를 적었고, 모든 행에는 출처 문서와 쪽이 붙어 있습니다.",
  everythingTitle: "한 번에 모두 받기",
  zipLink: "모든 파일 (ZIP)",
  zipNote: "아래의 CSV 전부, 엑셀용 CSV 전부, datapackage.json이 들어 있습니다.",
  packageLink: "데이터 패키지 설명 (datapackage.json)",
  packageNote:
    "모든 CSV의 필드, 형식, 단위, 출처, 이용 조건을 Frictionless Data Package 형식으로 적은 파일입니다.",
  csvNoteTitle: "일반 CSV와 엑셀용 CSV",
  csvNotePlain:
    "일반 CSV는 정확한 원본입니다: UTF-8, RFC 4180, 줄바꿈 CRLF, 문서에 적힌 값은 한 글자도 바꾸지 않았습니다. 프로그램(R, Python, 스프레드시트 가져오기)으로 읽을 때는 이 파일을 쓰세요.",
  csvNoteExcel:
    "엑셀용 CSV(`excel/` 폴더)는 엑셀에서 더블클릭으로 열어도 한글이 깨지지 않도록 파일 앞에 BOM을 붙였고, =, +, -, @ 로 시작해 수식으로 읽힐 수 있는 글자 칸 앞에는 작은따옴표(')를 붙여 수식이 실행되지 않게 했습니다. 그래서 몇몇 글자 칸은 원본과 한 글자 다릅니다.",
  filesTitle: "파일 목록",
  filesIntro: "표 {tables}개와 차트 데이터 {charts}개, 모두 {files}개 파일입니다.",
  filesTableLabel: "파일마다 행 수와 내려받기 링크",
  tablesTitle: "표",
  chartsTitle: "차트 데이터 (차트가 그리는 행 그대로)",
  colFile: "파일",
  colRows: "행 수",
  colSize: "크기",
  colCsv: "UTF-8 CSV",
  colExcel: "엑셀용 CSV",
  rowsCount: "{rows}행",
  fieldsCount: "필드 {fields}개",
  fieldsSummary: "필드 {fields}개 보기",
  fieldsCaption: "{file}의 필드",
  fieldsSameAs: "{file}에서 설명한 것과 같은 필드:",
  fieldName: "필드",
  fieldType: "형식",
  fieldUnit: "단위",
  fieldMeaning: "뜻",
  typeString: "문자열",
  typeInteger: "정수",
  typeNumber: "숫자",
  typeBoolean: "참/거짓",
  typeDate: "날짜",
  unitKRW: "원",
  unitCount: "개수",
  unitPercent: "%",
  unitPersons: "명",
  unitPer10k: "주민 1만 명당",
  unitSeeColumn: "행마다 `unit` 열에",
  downloadCsv: "CSV 내려받기",
  downloadExcel: "엑셀용 CSV",
  citeTitle: "인용하는 방법",
  citeIntro:
    "이 사이트의 데이터를 쓸 때는 이 사이트와, 숫자가 나온 원문 문서를 함께 밝혀 주세요. 원문 문서와 쪽은 모든 행의 `source_id` 열과 `page` 열에 있습니다.",
  citeSiteTitle: "이 사이트",
  citeVersionNote:
    "데이터 버전은 `facts.csv` 내용의 해시(SHA-256 앞 8자리)입니다. 숫자가 하나라도 바뀌면 버전도 바뀌므로, 인용한 숫자가 어느 데이터에서 나왔는지 알 수 있습니다.",
  citeSourcesTitle: "원문 문서",
  citeSourcesIntro:
    '[쪽] 자리에는 인용하는 행의 `page` 값을 넣으세요: 쪽 번호가 있는 문서는 "240쪽", 없는 문서는 절 제목입니다.',
  citeKo: "한국어",
  citeEn: "영어",
  licenceTitle: "이용 조건",
  licenceData:
    "이 사이트가 정리한 데이터(CSV, datapackage.json)는 크리에이티브 커먼즈 저작자표시 4.0 국제 라이선스(CC BY 4.0)로 누구나 쓸 수 있습니다. 이 사이트와 원문 문서를 밝혀 주세요.",
  licenceCode: "사이트의 코드는 MIT 라이선스입니다.",
  licenceSourcesIntro:
    "원문 문서는 각 발행 기관의 저작물입니다. 옮겨 적은 숫자 자체는 사실이지만, 문서마다 알려진 이용 조건은 다음과 같습니다 (`sources.csv`의 `licence_ko` 열, 영어는 `licence_en` 열).",
  licenceCcLink: "CC BY 4.0 전문",
  changelogTitle: "데이터 변경 기록",
  changelogVersion: "버전 {version}",
  changelogFacts: "근거",
  changelogNoHistory:
    "출처를 언제 추가했는지는 데이터에 기록되어 있지 않아, 이 기록은 지금 버전의 데이터가 담고 있는 것만 적습니다. 숫자를 고치면 자료의 `note`에 적고, 버전은 `facts.csv`가 바뀔 때마다 바뀝니다.",
  sourceLinkLabel: "출처 페이지에서 보기",
  filterLabel: "표에서 찾기",
  filterCount: "{shown}/{total}행",
  apiTitle: "JSON API",
  apiIntro:
    "프로그램에서 쓰기 좋도록 같은 데이터를 정적 JSON 파일로도 냅니다. 파일은 데이터가 바뀔 때만 바뀌고, 모든 파일에 데이터 버전이 들어 있습니다.",
  apiIndex: "자치구 목록, 데이터 파일 목록(CSV와 엑셀 파일 주소, 행 수), 데이터 버전과 날짜.",
  apiDistrict:
    "자치구 하나({districts}곳, 서울 전체 포함)의 모든 숫자(`facts.csv`의 행 그대로), 그 숫자에 관한 검증, 숫자 문장(`claims`, 있을 때), 출처. 예:",
  apiSchema: "두 파일의 JSON Schema. 값과 필드는 CSV와 같습니다: 숫자는 숫자, 빈칸은 `null`.",
  addressTitle: "주소를 모르는 출처",
  addressIntro:
    "다음 출처는 공개 주소(URL)를 아직 찾지 못했습니다. 발행 기관, 제목, 날짜는 출처 페이지에 있습니다.",
  addressNoReason: "이유가 아직 기록되지 않음",
  addressAllKnown: "모든 출처의 주소를 알고 있습니다.",
} as const;

/**
 * Citation formats, the same on both pages: a Korean and an English citation
 * of the site and of each source. "{page}" is left for the reader to fill.
 */
export const citationFormats = {
  siteKo: "서울 사회적경제 지도 (Seoul Social Economy Atlas), 데이터 버전 {version}.",
  siteEn: "Seoul Social Economy Atlas (서울 사회적경제 지도), data version {version}.",
  sourceKo: "{publisher}, 「{title}」, {date}, {page}.",
  sourceEn: "{publisher}, “{title}” ({titleKo}), {date}, {page}.",
  pageKo: "[쪽]",
  pageEn: "[page]",
  viaKo: "(서울 사회적경제 지도 데이터 버전 {version}에서)",
  viaEn: "(via Seoul Social Economy Atlas, data version {version})",
} as const;
