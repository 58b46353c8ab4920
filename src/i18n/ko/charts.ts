/** Strings of a chart's figure: sharing, citing and embedding (Korean). */
export const charts = {
  shareTitle: "공유·인용·삽입",
  linkToChart: "이 차트로 바로 가는 링크",
  shareLink: "링크",
  shareCitation: "인용",
  shareEmbed: "삽입 코드",
  copy: "복사",
  copied: "복사했습니다",
  citation: (title: string, url: string, site: string) => `${site}, 「${title}」, ${url}`,
  embedHelp:
    "아래 코드를 복사해 붙여 넣으면 이 차트가 출처와 함께 표시됩니다. 함께 넣은 스크립트가 iframe 높이를 차트에 맞춥니다(없어도 휴대전화 화면에 맞는 높이로 보입니다).",
  relativeUrls:
    "이 사이트는 사이트 주소를 정하지 않고 만들어져 위의 주소가 상대 경로입니다. 다른 사이트에 붙여 넣기 전에 주소 앞에 이 사이트의 주소를 붙이세요.",
};
