/**
 * One bar of the budget-by-funder chart can hold the same funder twice: Yeongdeungpo's
 * 2019 report prints city money both as 시 and as 시비, and the pooled lines have no
 * single page. The label must still tell the two apart (it once read "시비()").
 */
import { describe, expect, test } from "vitest";
import type { FunderLine } from "../../../src/charts/budget-by-funder/model.ts";
import { partName } from "../../../src/charts/budget-by-funder/text.ts";

const line = (funder: string, printed: string, page: string): FunderLine => ({
  slug: "yeongdeungpo",
  name: { ko: "영등포구", en: "Yeongdeungpo-gu" },
  year: "2019",
  funder,
  funderEn: "",
  printed,
  value: 1,
  lines: 1,
  caption: "소요예산",
  scope: "소요예산",
  sourceId: "ydp-report-2019",
  page,
});

describe("a funder twice in one bar", () => {
  test("is told apart by its printed label when the labels differ", () => {
    const bar = [line("city", "시", ""), line("city", "시비", ""), line("district", "구비", "")];
    expect(bar.map((r) => partName(r, bar, "ko"))).toEqual(["시비(‘시’)", "시비(‘시비’)", "구비"]);
    expect(bar.map((r) => partName(r, bar, "en"))).toEqual([
      "City (‘시’)",
      "City (‘시비’)",
      "District",
    ]);
  });

  test("is told apart by its page when the label is the same", () => {
    const bar = [line("city", "시비", "p. 4 (II-1)"), line("city", "시비", "p. 8ff.")];
    expect(bar.map((r) => partName(r, bar, "ko"))).toEqual(["시비(p. 4)", "시비(p. 8ff.)"]);
  });

  test("never prints empty brackets", () => {
    const bar = [line("city", "", ""), line("city", "", "")];
    for (const lang of ["ko", "en"] as const)
      for (const r of bar) expect(partName(r, bar, lang)).not.toMatch(/\(\s*[‘’]*\s*\)/);
  });
});
