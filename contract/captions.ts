/**
 * A printed table caption without its bullet and unit note: "○ 연도별 추진계획
 * (단위 : 업체)" → "연도별 추진계획". Shared: the chart labels and the chart
 * sentences (claims) name a table's scope the same way.
 */
export function cleanCaption(caption: string): string {
  return caption
    .replace(/\(\s*단위\s*[:：][^)]*\)/g, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .trim();
}
