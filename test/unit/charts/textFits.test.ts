/**
 * What a reader would notice first: chart text running off the edge or too
 * small to read. Every text element of every chart, in both languages, at
 * the phone width, 360 and 640 px, with and without a highlight, is measured
 * with the chart font (src/charts/draw/textMeasure.ts, with its slack for
 * other fonts) and must lie inside the SVG's viewBox, at 12 px or more.
 */
import { describe, expect, it } from "vitest";
import { CHARTS, type ChartId } from "../../../src/charts/index.ts";
import { MIN_TEXT_SIZE, NARROW_WIDTH } from "../../../src/charts/draw/sizes.ts";
import { textBoxes, textsOutside } from "../../../src/charts/draw/textBoxes.ts";
import { measureText } from "../../../src/charts/draw/textMeasure.ts";
import { LANGS } from "../../../src/i18n/index.ts";
import { runPipeline } from "../../../scripts/pipeline.ts";
import { FIXTURES } from "./fixtures/rows.ts";
import { fixtureText } from "./fixtures/text.ts";

const IDS = Object.keys(CHARTS) as ChartId[];
const WIDTHS = [NARROW_WIDTH, 360, 640];
const HIGHLIGHTS = [undefined, "seongbuk", "dobong", "yeongdeungpo", "gangbuk"];
const real = new Map(
  runPipeline("data")
    .products.filter((p) => p.folder === "charts")
    .map((p) => [p.name, p.rows] as const),
);

describe("the measurement", () => {
  it("measures with the font's own widths: Hangul 0.92 em, Latin narrower", () => {
    expect(measureText("가나다", 10)).toBeCloseTo(27.6, 1);
    expect(measureText("iii", 10)).toBeLessThan(measureText("WWW", 10));
  });

  it("finds text that runs out of its SVG", () => {
    const svg =
      '<svg viewBox="0 0 100 40" style="font-size:13px"><text x="90" y="20">Yeongdeungpo-gu</text></svg>';
    expect(textsOutside(svg)).toHaveLength(1);
    const inside =
      '<svg viewBox="0 0 100 40"><g font-size="12" text-anchor="end"><text x="98" y="20">247</text></g></svg>';
    expect(textsOutside(inside)).toEqual([]);
  });
});

describe.each(IDS)("%s", (id) => {
  describe.each(LANGS)("in %s", (lang) => {
    for (const [data, rows] of [
      ["fixture", FIXTURES[id]],
      ["real data", real.get(id)!],
    ] as const)
      it.each(WIDTHS)(
        `keeps every text of the ${data} inside at %i px, 12 px or more`,
        (width) => {
          for (const highlight of HIGHLIGHTS) {
            const text = fixtureText(id, lang);
            const options =
              highlight === undefined ? { lang, width, text } : { lang, width, text, highlight };
            const svg = CHARTS[id].build(rows, options).svg;
            expect(textsOutside(svg), `${highlight ?? "no highlight"}`).toEqual([]);
            const { width: w, boxes } = textBoxes(svg);
            expect(w).toBe(width);
            expect(boxes.length).toBeGreaterThan(3);
            for (const b of boxes) expect(b.size, b.text).toBeGreaterThanOrEqual(MIN_TEXT_SIZE);
          }
          // Six drawings of a chart of the real data: a few seconds on a busy 2-core machine.
        },
        30_000,
      );
  });
});
