/**
 * Korean pages in Korean: no English on a Korean page except where it is
 * marked as English (lang="en": a proper name, a quoted English title), code
 * and field names (<code>), addresses, file names and the short list of
 * acronyms Korean public-data sites use as they are (CSV, PNG, API …).
 * Read from the built HTML, every Korean page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { builtRoutes, DIST } from "./support/site.ts";
import { unmarkedEnglish } from "./support/unmarkedEnglish.ts";

const korean = builtRoutes().filter((r) => !r.startsWith("en/"));

describe("Korean pages are in Korean", () => {
  test("the check finds unmarked English and accepts marked English", () => {
    expect(unmarkedEnglish("<body><p>출처 (from p. 2)</p></body>")).toHaveLength(1);
    expect(
      unmarkedEnglish(
        '<html><body><p>출처 <span lang="en">Seoul Institute</span>, CSV</p></body></html>',
      ),
    ).toEqual([]);
    // What issue #17 found on Korean pages: page numbers the English way, enum values, a
    // setting's name in running text, English field names outside <code>.
    for (const html of [
      "<p>성북구 기본계획, p. 56</p>",
      "<p>출처 종류: official-document</p>",
      "<p>이 사이트는 SITE_URL 없이 빌드되었습니다.</p>",
      "<p>unit 열 참조</p>",
      "<p>구분: plan</p>",
      "<html><head><title>Districts · 서울 사회적경제 지도</title></head><body></body></html>",
      '<p><span aria-label="Show table">표</span></p>',
    ])
      expect(unmarkedEnglish(html), html).not.toEqual([]);
    // What a Korean page may show as it is: code, addresses, ids, file names, quoted titles.
    expect(
      unmarkedEnglish(
        "<p><code>unit</code> 열, seongbuk-plan-2017-093, facts.csv, https://example.kr/a, " +
          "/compare/budgets/#chart-budget-years, 데이터 버전 c2340708, 「… by 동네방네뉴스」</p>",
      ),
    ).toEqual([]);
  });

  test.each(korean)("/%s", (route) => {
    const file = join(DIST, route.endsWith(".html") ? route : `${route}index.html`);
    expect(unmarkedEnglish(readFileSync(file, "utf8"))).toEqual([]);
  });
});
