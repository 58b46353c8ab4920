import iconv from "iconv-lite";

export type SourceEncoding = "utf-8" | "utf-8-bom" | "cp949";

/**
 * Korean open data arrives as UTF-8 (with or without BOM) or as CP949/EUC-KR.
 * Valid UTF-8 is taken as UTF-8; anything else is decoded as CP949 (a superset
 * of EUC-KR), and bytes that are not CP949 either are an error, never replaced.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3)),
      encoding: "utf-8-bom",
    };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const text = iconv.decode(Buffer.from(bytes), "cp949");
    if (text.includes("\uFFFD")) {
      throw new Error("the file is neither UTF-8 nor CP949/EUC-KR text");
    }
    return { text, encoding: "cp949" };
  }
}
