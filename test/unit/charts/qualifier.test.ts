/** An approximate printed figure never reads as an exact one: not in a chart label, its table or its alt text. */
import { describe, expect, test } from "vitest";
import { CHARTS } from "../../../src/charts/index.ts";
import { withQualifier } from "../../../src/lib/format.ts";
import { FIXTURES } from "./fixtures/rows.ts";
import { fixtureText } from "./fixtures/text.ts";

describe("withQualifier", () => {
  test.each([
    ["21억 원", "approximate", "ko", "약 21억 원"],
    ["KRW 2.1bn", "approximate", "en", "about KRW 2.1bn"],
    ["2회", "at_least", "ko", "2회 이상"],
    ["2", "at_least", "en", "at least 2"],
    ["30개", "less_than", "ko", "30개 미만"],
    ["5억 원", "", "ko", "5억 원"],
  ] as const)("%s, %s (%s) → %s", (text, q, lang, expected) => {
    expect(withQualifier(text, q, lang)).toBe(expected);
  });

  test("an unknown qualifier stops the build", () => {
    expect(() => withQualifier("1", "roughly", "ko")).toThrow(/unknown qualifier/);
  });
});

describe("purchasing-series keeps 약 / about", () => {
  const rows = FIXTURES["purchasing-series"].map((r, i) =>
    i === 0 ? { ...r, qualifier: "approximate" } : r,
  );
  const first = FIXTURES["purchasing-series"][0]!;
  test.each(["ko", "en"] as const)("%s: label, table and alt text", (lang) => {
    const chart = CHARTS["purchasing-series"].build(rows, {
      lang,
      text: fixtureText("purchasing-series", lang),
    });
    const word = lang === "ko" ? "약 " : "about ";
    expect(chart.svg).toContain(word);
    const row = chart.table.rows.find((r) => r.includes(String(first.fact_id)))!;
    expect(row.some((cell) => cell.startsWith(word))).toBe(true);
    const plain = CHARTS["purchasing-series"].build(FIXTURES["purchasing-series"], {
      lang,
      text: fixtureText("purchasing-series", lang),
    });
    expect(plain.svg).not.toContain(word === "약 " ? ">약 " : ">about ");
  });
});
