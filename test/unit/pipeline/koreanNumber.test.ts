import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { NumberFormatError, parsePrintedValue } from "../../../scripts/normalise/koreanNumber.ts";

const num = (value: number, decimals = 0, words = false, qualifier = "") => ({
  kind: "number",
  value,
  decimals,
  words,
  qualifier,
});

describe("parsePrintedValue: numbers as the documents print them", () => {
  test.each([
    ["4,800", "백만원", num(4800)],
    ["△ 21,634", "천원", num(-21634)],
    ["△1", "명", num(-1)],
    ["▲3", "명", num(-3)],
    ["0", "개", num(0)],
    ["880.29", "㎡", num(880.29, 2)],
    ["1,234.5", "㎡", num(1234.5, 1)],
    [" 4,800 ", "개", num(4800)],
  ])("%j (%s)", (printed, unit, expected) => {
    expect(parsePrintedValue(printed, unit)).toEqual(expected);
  });

  test('"-" is "none", kept distinct from 0', () => {
    expect(parsePrintedValue("-", "개")).toEqual({ kind: "dash" });
    expect(parsePrintedValue(" - ", "백만원")).toEqual({ kind: "dash" });
    expect(parsePrintedValue("0", "개")).not.toEqual({ kind: "dash" });
  });

  test("a negative zero is plain zero", () => {
    const parsed = parsePrintedValue("△ 0", "개");
    expect(parsed.kind).toBe("number");
    expect(Object.is(parsed.kind === "number" && parsed.value, 0)).toBe(true);
  });

  test.each([
    ["5억9천", 590_000_000],
    ["21억7천", 2_170_000_000],
    ["3억7573만", 375_730_000],
    ["27억1200만", 2_712_000_000],
    ["56억9150만원", 5_691_500_000],
    ["12억", 1_200_000_000],
    ["9천만", 90_000_000],
    ["5억9천만", 590_000_000],
    ["1,200만", 12_000_000],
    ["1만2천", 12_000],
    ["2천억", 200_000_000_000],
    ["1조2억", 1_000_200_000_000],
    ["△5억9천", -590_000_000],
  ])("Korean number words: %j = %d won", (printed, won) => {
    expect(parsePrintedValue(printed, "원")).toEqual(num(won, 0, true));
  });

  test.each([
    ["86%", "%", num(86)],
    ["142.9%", "%", num(142.9, 1)],
    ["86 %", "%", num(86)],
    ["3,000건", "건", num(3000)],
    ["40백만원", "백만원", num(40)],
    ["320억원", "억원", num(320)],
    ["4,800원", "원", num(4800)],
  ])("the unit repeated in the cell is stripped: %j with unit %s", (printed, unit, expected) => {
    expect(parsePrintedValue(printed, unit)).toEqual(expected);
  });

  test("the words flag says whether Korean number words were used", () => {
    const flag = (printed: string, unit: string) => {
      const p = parsePrintedValue(printed, unit);
      return p.kind === "number" ? p.words : undefined;
    };
    expect(flag("12억", "원")).toBe(true);
    expect(flag("3억7573만", "원")).toBe(true);
    expect(flag("5천", "원")).toBe(true);
    expect(flag("4,800", "천원")).toBe(false);
    expect(flag("40백만원", "백만원")).toBe(false);
    expect(flag("320억원", "억원")).toBe(false);
    expect(flag("-", "원")).toBeUndefined();
  });

  test.each([
    ["", "개"],
    ["   ", "개"],
    ["1,0000", "개"],
    ["1,20", "개"],
    [",100", "개"],
    ["100,", "개"],
    ["1.2.3", "개"],
    ["abc", "개"],
    ["12억억", "원"],
    ["억", "원"],
    ["만", "원"],
    ["3천5천", "원"],
    ["5억12000만", "원"],
    ["△", "개"],
    ["△-5", "개"],
    ["86%", "개"],
  ])("%j (%s) is an error", (printed, unit) => {
    expect(() => parsePrintedValue(printed, unit)).toThrow(NumberFormatError);
  });

  test('a space is accepted only after a large unit word, as news prints it ("73억 4천만 원")', () => {
    expect(parsePrintedValue("73억 4천만 원", "원")).toEqual(num(7_340_000_000, 0, true));
    expect(parsePrintedValue("5억 9천", "원")).toEqual(num(590_000_000, 0, true));
    // Anywhere else a space is read as a transcription slip, not guessed at.
    expect(() => parsePrintedValue("12 억", "원")).toThrow(NumberFormatError);
    expect(() => parsePrintedValue("1 2억", "원")).toThrow(NumberFormatError);
    // A space between the number and the repeated unit is fine.
    expect(parsePrintedValue("4800 원", "원")).toEqual(num(4800));
  });

  test("an error says what was read and what was expected", () => {
    expect(() => parsePrintedValue("1,0000", "개")).toThrow(/"1,0000" is not .*"4,800"/);
    expect(() => parsePrintedValue("", "개")).toThrow(/empty cell/);
    expect(() => parsePrintedValue("12억억", "원")).toThrow(/"12억억"/);
  });

  test("any whole number written with thousands commas, with or without △, parses back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.boolean(), (n, negative) => {
        const printed = (negative ? "△ " : "") + n.toLocaleString("en-US");
        const parsed = parsePrintedValue(printed, "천원");
        expect(parsed).toEqual(num(negative && n !== 0 ? -n : n));
      }),
      { numRuns: 300 },
    );
  });

  test("any whole number of won written as 억/만 groups parses back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 999_999_999_999 }), (n) => {
        const eok = Math.floor(n / 1e8);
        const man = Math.floor((n % 1e8) / 1e4);
        const rest = n % 1e4;
        const printed = `${eok ? `${eok}억` : ""}${man ? `${man}만` : ""}${rest || ""}`;
        expect(parsePrintedValue(printed, "원")).toEqual(num(n, 0, true));
      }),
      { numRuns: 300 },
    );
  });
});

describe("parsePrintedValue: approximations keep their qualifier", () => {
  test.each([
    ["2억여원", "원", num(200_000_000, 0, true, "approximate")],
    ["2억8천여만원", "원", num(280_000_000, 0, true, "approximate")],
    ["49억 1천여만 원", "원", num(4_910_000_000, 0, true, "approximate")],
    ["약 21억원", "원", num(2_100_000_000, 0, true, "approximate")],
    ["약 120", "개", num(120, 0, false, "approximate")],
    ["100개 이상", "개", num(100, 0, false, "at_least")],
    ["30개 미만", "개", num(30, 0, false, "less_than")],
    ["5억 이하", "원", num(500_000_000, 0, true, "at_most")],
    ["10건 초과", "건", num(10, 0, false, "more_than")],
  ])("%j (%s)", (printed, unit, expected) => {
    expect(parsePrintedValue(printed, unit)).toEqual(expected);
  });

  test("a plain number has no qualifier", () => {
    expect(parsePrintedValue("5억9천", "원")).toEqual(num(590_000_000, 0, true));
  });

  test("two contradicting qualifiers are an error, not a guess", () => {
    expect(() => parsePrintedValue("약 100개 이상", "개")).toThrow(NumberFormatError);
    expect(() => parsePrintedValue("2억여원 이상", "원")).toThrow(NumberFormatError);
  });

  test("여 that is not after a number is not read as a qualifier", () => {
    expect(() => parsePrintedValue("여러 개", "개")).toThrow(NumberFormatError);
  });
});
