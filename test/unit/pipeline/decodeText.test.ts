import { describe, expect, test } from "vitest";
import iconv from "iconv-lite";
import { decodeText } from "../../../scripts/read/decodeText.ts";

const TEXT = "구분,성북구\n";
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf-8"));

describe("decodeText: the encodings Korean open data comes in", () => {
  test("UTF-8 without a BOM", () => {
    expect(decodeText(utf8(TEXT))).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  test("UTF-8 with a BOM: the BOM is not part of the text", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]);
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ text: TEXT, encoding: "utf-8-bom" });
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  test("CP949 bytes", () => {
    const bytes = new Uint8Array(iconv.encode(TEXT, "cp949"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: "cp949" });
  });

  test("EUC-KR bytes (a subset of CP949)", () => {
    const bytes = new Uint8Array(iconv.encode("사회적기업,마을기업,협동조합\n", "euc-kr"));
    expect(decodeText(bytes)).toEqual({
      text: "사회적기업,마을기업,협동조합\n",
      encoding: "cp949",
    });
  });

  test("CP949's extension syllables, which EUC-KR lacks", () => {
    const bytes = new Uint8Array(iconv.encode("똠방각하,뷁\n", "cp949"));
    expect(decodeText(bytes).text).toBe("똠방각하,뷁\n");
  });

  test("an empty file is empty UTF-8 text", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });

  test.each([
    ["0xFF in ASCII", [0x41, 0xff, 0xfe, 0x42]],
    ["a lone 0x80", [0x80, 0x41]],
    ["a CP949 lead byte at the end of the file", [0x41, 0xb0]],
    ["UTF-16LE with a BOM", [0xff, 0xfe, 0x41, 0x00]],
  ])("bytes that are neither UTF-8 nor CP949 are an error, never replaced: %s", (_, bytes) => {
    expect(() => decodeText(new Uint8Array(bytes))).toThrow(/neither UTF-8 nor CP949/);
  });

  test("a UTF-8 BOM followed by non-UTF-8 bytes is an error", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode("구분", "cp949")]);
    expect(() => decodeText(bytes)).toThrow();
  });
});
