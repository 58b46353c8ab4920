import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { roundCoordinates } from "../../../src/charts/draw/roundCoordinates.ts";

/** The element of `inner`, after its SVG's coordinates are rounded. */
const rounded = (inner: string) => {
  const { document } = parseHTML(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`);
  roundCoordinates(document.querySelector("svg")!);
  return document.querySelector("svg > *")!;
};

describe("chart coordinates", () => {
  test("keep two decimals in geometry attributes", () => {
    const line = rounded('<line x1="167.44448628873755" x2="-0.0000001" y1="74" y2="3.5"/>');
    expect(["x1", "x2", "y1", "y2"].map((a) => line.getAttribute(a))).toEqual([
      "167.44",
      "0",
      "74",
      "3.5",
    ]);
    expect(rounded('<path d="M0,52.123456L167.44448,74.999Z"/>').getAttribute("d")).toBe(
      "M0,52.12L167.44,75Z",
    );
    expect(rounded('<g transform="translate(12.34567,0.5)"/>').getAttribute("transform")).toBe(
      "translate(12.35,0.5)",
    );
  });

  test("never touch text, titles or other attributes", () => {
    const text = rounded('<text data-value="0.282419" class="a1.23456">0.368556</text>');
    expect(text.getAttribute("data-value")).toBe("0.282419");
    expect(text.getAttribute("class")).toBe("a1.23456");
    expect(text.textContent).toBe("0.368556");
    expect(rounded("<title>3.443946 per 10,000</title>").textContent).toBe("3.443946 per 10,000");
  });
});
