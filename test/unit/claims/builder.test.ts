/** The claim builder's guards: unlike facts, particles, qualifiers. */
import { describe, expect, test } from "vitest";
import { assertLike } from "../../../scripts/claims/guard.ts";
import { render } from "../../../scripts/claims/render.ts";
import { formatClaimValue } from "../../../scripts/claims/format.ts";
import { ClaimError } from "../../../scripts/claims/claimError.ts";
import { fact } from "../support/facts.ts";

describe("like with like", () => {
  const a = fact({ id: "a", measure: "purchasing", period: "2011", value: 1, unit: "KRW" });
  test("same measure, category, status, unit and stated dates pass", () => {
    expect(() =>
      assertLike("c1", [a, { ...a, id: "b", period: "2016" }], ["2011", "2016"]),
    ).not.toThrow();
  });
  test.each([
    ["category", { category_key: "other" }, /claim c1: .*category other is not all/],
    ["status", { status: "target" as const }, /claim c1: .*status target is not actual/],
    ["unit", { unit: "count" }, /claim c1: .*unit count is not KRW/],
    ["measure", { measure: "budget" }, /claim c1: .*measure budget/],
    ["an unstated date", { period: "2015" }, /claim c1: .*2015, a date the claim does not state/],
  ])("a different %s is a ClaimError naming the claim", (_, over, message) => {
    const b = { ...a, id: "b", period: "2016", ...over };
    expect(() => assertLike("c1", [a, b], ["2011", "2016"])).toThrow(ClaimError);
    expect(() => assertLike("c1", [a, b], ["2011", "2016"])).toThrow(message);
  });
});

describe("particles come from es-hangul", () => {
  test.each([
    ["{x|이/가}", "성북구", "성북구가"],
    ["{x|은/는}", "성북구", "성북구는"],
    ["{x|으로/로}", "50억 원", "50억 원으로"],
    ["{x|으로/로}", "131개", "131개로"],
    ["{x|을/를}", "9억 4,200만 원", "9억 4,200만 원을"],
  ])("%s with %s", (template, x, out) => {
    expect(render("c", template, { x })).toBe(out);
  });
  test("a particle after a bare number stops the build", () => {
    expect(() => render("c2", "{x|이/가}", { x: "3,561" })).toThrow(/claim c2/);
  });
});

test("an approximate value says so in both languages", () => {
  const v = {
    name: "v",
    value: 2e8,
    unit: "KRW" as const,
    qualifier: "approximate" as const,
    derivation: "fact:x",
  };
  expect(formatClaimValue(v, "ko")).toBe("약 2억 원");
  expect(formatClaimValue(v, "en")).toBe("about KRW 200 million");
});
