/**
 * claims.csv re-derived without the claim builder: the pipeline is run into
 * memory and only its published CSVs are read (see ./verify.ts). A doctored
 * claim must fail, so the check is known to bite.
 */
import { describe, expect, test } from "vitest";
import Papa from "papaparse";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { GOOD } from "../support/pipeline.ts";
import { verifyClaims, type Published } from "./verify.ts";

function published(dir: string): Published {
  const { files } = runPipeline(dir);
  const text = (name: string) => String(files.get(name) ?? "");
  return {
    claims: text("claims.csv"),
    facts: text("facts.csv"),
    reconciliation: text("reconciliation.csv"),
    sources: text("sources.csv"),
  };
}

type Row = Record<string, string>;
/** The published claims with one row changed. */
function doctor(files: Published, id: string, change: (r: Row) => void): Published {
  const rows = Papa.parse<Row>(files.claims, { header: true, skipEmptyLines: true }).data;
  const row = rows.find((r) => r.claim_id === id);
  if (!row) throw new Error(`no claim ${id}`);
  change(row);
  return { ...files, claims: Papa.unparse(rows) };
}

describe("every claim of the real data is true", () => {
  const files = published("data");
  const ids = Papa.parse<Row>(files.claims, { header: true, skipEmptyLines: true }).data.map(
    (r) => r.claim_id,
  );

  test("there are claims for the home page, the index, every district and about", () => {
    expect(ids).toContain("home-purchasing-seongbuk");
    expect(ids).toContain("districts-coverage");
    expect(
      ids.filter(
        (i) => i!.endsWith("-missing") || i!.endsWith("-enterprises") || i!.endsWith("-types"),
      ).length,
    ).toBeGreaterThanOrEqual(25);
    expect(ids).toContain("about-coverage");
  });

  test("re-derived numbers, words and dates all agree", () => {
    expect(verifyClaims(files)).toEqual([]);
  });

  test("the Seongbuk purchasing headline is Seongbuk's own official series", () => {
    const row = Papa.parse<Row>(files.claims, { header: true }).data.find(
      (r) => r.claim_id === "home-purchasing-seongbuk",
    )!;
    expect(row.text_ko).toBe(
      "성북구의 사회적경제제품 공공구매 실적은 2011년 5억 9,000만 원에서 2016년 50억 원으로 늘었습니다 (공식 문서).",
    );
  });

  describe("a doctored claim fails", () => {
    const cases: [string, string, (r: Row) => void, RegExp][] = [
      [
        "a number in the text",
        "home-purchasing-seongbuk",
        (r) => (r.text_ko = r.text_ko!.replace("50억 원", "27억 원")),
        /does not state "50억 원"/,
      ],
      [
        "a value",
        "district-seongbuk-enterprises",
        (r) => (r.values = r.values!.replace('"value":131', '"value":130')),
        /count is 130/,
      ],
      [
        "a comparison word",
        "home-purchasing-seongbuk",
        (r) => {
          r.comparisons = r.comparisons!.replace("rose", "fell");
          r.text_ko = r.text_ko!.replace("늘었습니다", "줄었습니다");
          r.text_en = r.text_en!.replace("rose", "fell");
        },
        /says fell, the facts say rose/,
      ],
      [
        "another district's fact",
        "home-purchasing-seongbuk",
        (r) => (r.values = r.values!.replace("seongbuk-plan-2017-014", "news-purchasing-016")),
        /toValue is 5000000000, but fact:news-purchasing-016 gives 2700000000/,
      ],
      [
        "a dropped qualifier",
        "district-seongbuk-enterprises",
        (r) => (r.values = r.values!.replace('"qualifier":""', '"qualifier":"approximate"')),
        /qualifier "approximate"/,
      ],
      [
        "a stray number",
        "home-checks",
        (r) => (r.text_en = `${r.text_en} Since 2011.`),
        /a number no value accounts for/,
      ],
      [
        "a rank",
        "district-gangbuk-rank",
        (r) => (r.values = r.values!.replace('"value":3,"unit":"rank"', '"value":1,"unit":"rank"')),
        /rank is 1/,
      ],
    ];
    test.each(cases)("%s", (_, id, change, message) => {
      const problems = verifyClaims(doctor(files, id, change));
      expect(problems.join("\n")).toMatch(message);
    });
  });
});

describe("the good fixture's claims are true too", () => {
  test("re-derived", () => {
    expect(verifyClaims(published(GOOD))).toEqual([]);
  });
});
