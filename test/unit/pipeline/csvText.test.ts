import { describe, expect, test } from "vitest";
import Papa from "papaparse";
import { csvText, neutraliseFormula } from "../../../scripts/publish/csvText.ts";
import { field } from "../../../contract/product.ts";

const fields = [
  field("id", "string", "Id."),
  field("note", "string", "Note."),
  field("value", "number", "Value."),
  field("ok", "boolean", "Flag."),
  field("day", "date", "Day."),
];

describe("csvText", () => {
  test("RFC 4180: header, CRLF line ends, quotes only where needed, empty for null", () => {
    const text = csvText(fields, [
      { id: "a", note: 'x, "y"\nz', value: 1.5, ok: true, day: "2017-03-01" },
      { id: "b", note: "", value: null, ok: false, day: "" },
    ]);
    expect(text).toBe(
      'id,note,value,ok,day\r\na,"x, ""y""\nz",1.5,true,2017-03-01\r\nb,,,false,\r\n',
    );
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(3);
  });

  test("fields come out in their declared order, whatever the row's key order", () => {
    expect(csvText(fields, [{ day: "", ok: true, value: 2, note: "n", id: "i" }])).toBe(
      "id,note,value,ok,day\r\ni,n,2,true,\r\n",
    );
  });

  test("a row missing a declared field, or a number that is not finite, is an error", () => {
    expect(() => csvText(fields, [{ id: "a" }])).toThrow(/no field "note"/);
    expect(() =>
      csvText(fields, [{ id: "a", note: "", value: Number.NaN, ok: true, day: "" }]),
    ).toThrow(/cannot write NaN/);
  });

  test("the Excel variant starts with a BOM and neutralises formulas in text fields only", () => {
    const rows = [
      { id: "=1+1", note: "+x", value: -21634, ok: true, day: "2017-03-01" },
      { id: "@x", note: "-x", value: 5, ok: false, day: "" },
      { id: "\tx", note: "△ 21,634", value: 0, ok: false, day: "" },
    ];
    const excel = csvText(fields, rows, { excel: true });
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    const data = Papa.parse<string[]>(excel.slice(1), { skipEmptyLines: true }).data;
    expect(data.slice(1)).toEqual([
      ["'=1+1", "'+x", "-21634", "true", "2017-03-01"],
      ["'@x", "'-x", "5", "false", ""],
      ["'\tx", "△ 21,634", "0", "false", ""],
    ]);
    // The plain variant keeps the text as it is.
    const plain = csvText(fields, rows);
    expect(plain.charCodeAt(0)).not.toBe(0xfeff);
    expect(Papa.parse<string[]>(plain, { skipEmptyLines: true }).data[1]![0]).toBe("=1+1");
  });

  test("neutraliseFormula", () => {
    for (const risky of ["=1+1", "+x", "-x", "@x", "\tx", "\rx"])
      expect(neutraliseFormula(risky)).toBe(`'${risky}`);
    for (const safe of ["x", "1+1", "△ 1", "", " =1"]) expect(neutraliseFormula(safe)).toBe(safe);
  });
});
