/**
 * PNGs are drawn with the chart font cut down to the SVG's own characters (resvg is
 * slow with the whole 6 MB faces). The cut must not change the picture: here, against
 * the whole faces, with Hangul, bold, and characters written as references.
 */
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, test } from "vitest";
import { FONT_FILES, CHART_FONT } from "../../../src/charts/draw/textMeasure.ts";
import { pngFromSvg } from "../../../src/lib/chartImage.ts";

const svg =
  `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="70" font-family="${CHART_FONT}">` +
  `<text x="4" y="20" font-size="14">영등포구 2019년: 시비(&apos;시&apos;) 11.4억 원</text>` +
  `<text x="4" y="40" font-size="12" font-weight="bold">Guro-gu &amp; &quot;Seoul&quot; &#x2014; 1만 명당</text>` +
  `<text x="4" y="60" font-size="12">&#8220;마을기업&#8221; · 12%</text></svg>`;

const whole = (s: string) =>
  new Resvg(s, {
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: CHART_FONT,
    },
    fitTo: { mode: "zoom", value: 2 },
    background: "#ffffff",
  })
    .render()
    .asPng();

describe("chart PNGs", () => {
  test("are the same picture with the font cut to the SVG's characters", async () => {
    expect(Buffer.from(await pngFromSvg(svg)).equals(Buffer.from(whole(svg)))).toBe(true);
  });

  test("refuse a named reference XML does not define", async () => {
    await expect(pngFromSvg(svg.replace("&amp;", "&nbsp;"))).rejects.toThrow(/&nbsp;/);
  });
});
