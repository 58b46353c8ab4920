/** Names of the workbook downloads (Korean). */
export const downloads = {
  workbookAll: "모든 표를 담은 엑셀 통합 문서 (XLSX)",
  workbookAllNote:
    "표마다 시트가 하나씩 있고, 숫자는 숫자로 들어 있습니다. 머리글은 한국어와 영어로 적었고, 열마다 뜻을 적은 README 시트가 맨 앞에 있습니다.",
  workbookChart: "엑셀 통합 문서 (XLSX)",
} as const;
