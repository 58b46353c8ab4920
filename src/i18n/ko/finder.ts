/** Interface strings of the district finder (Korean). */
export const finder = {
  label: "자치구 찾기",
  hint: "구 이름이나 행정코드로 찾습니다: 성북, 성북구 (영어 이름과 다섯 자리 코드도 됩니다)",
  go: "가기",
  found: "{n}개 자치구 (Enter를 누르면 첫 번째로 갑니다)",
  none: "그런 이름의 자치구가 없습니다",
} as const;
