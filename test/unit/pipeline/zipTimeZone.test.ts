/** The ZIP is the same bytes whatever the machine's time zone (CI, a laptop in Seoul, a build server in UTC). */
import { afterEach, expect, test } from "vitest";
import { zipFiles } from "../../../scripts/publish/zipFiles.ts";

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

test("zipFiles writes identical bytes in UTC and in Asia/Seoul", () => {
  const files = new Map<string, string>([["a.csv", "x,y\r\n1,2\r\n"]]);
  process.env.TZ = "UTC";
  const utc = zipFiles(files);
  process.env.TZ = "Asia/Seoul";
  const seoul = zipFiles(files);
  expect(Buffer.compare(Buffer.from(utc), Buffer.from(seoul))).toBe(0);
});
