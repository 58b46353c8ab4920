import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { inlineStylesOf } from "../../../integrations/inlineStyleHashes.ts";
import { csp } from "../../../integrations/securityHeaders.ts";

const sha = (t: string) => `'sha256-${createHash("sha256").update(t).digest("base64")}'`;

describe("inline styles as CSP hashes", () => {
  test("a <style> element is hashed over its exact text", () => {
    const html = "<html><head><style>body{color:red}</style></head></html>";
    expect(inlineStylesOf(html).elements).toEqual([sha("body{color:red}")]);
  });

  test("a style attribute is hashed over its decoded value, as the browser does", () => {
    const html = `<svg style="font-family:&quot;Noto Sans KR&quot;;font-size:13px"></svg>`;
    expect(inlineStylesOf(html).attributes).toEqual([
      sha('font-family:"Noto Sans KR";font-size:13px'),
    ]);
  });

  test("the policy lists exactly the hashes, with 'unsafe-hashes' only for attributes", () => {
    const withAttr = csp({ elements: ["'sha256-a'"], attributes: ["'sha256-b'"] });
    expect(withAttr).toContain("style-src 'self' 'sha256-a' 'unsafe-hashes' 'sha256-b';");
    const without = csp({ elements: ["'sha256-a'"], attributes: [] });
    expect(without).toContain("style-src 'self' 'sha256-a';");
    expect(without).not.toContain("unsafe");
  });
});
