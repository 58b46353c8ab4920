/** A printed table caption without its bullet and unit note: "○ 연도별 추진계획 (단위 : 업체)" → "연도별 추진계획". */
export function cleanCaption(caption: string): string {
  return caption
    .replace(/\(\s*단위\s*[:：][^)]*\)/g, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .trim();
}

/** The first part of a printed page reference: "p. 4 (II-① …)" → "p. 4". */
export function shortPage(page: string): string {
  return page.split(" (")[0]!.trim();
}
