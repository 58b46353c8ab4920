import { expect, test } from "vitest";
import { builtRoutes } from "./support/site.ts";

const routes = new Set(builtRoutes());
const DISTRICT_SLUGS = [
  "jongno",
  "jung",
  "yongsan",
  "seongdong",
  "gwangjin",
  "dongdaemun",
  "jungnang",
  "seongbuk",
  "gangbuk",
  "dobong",
  "nowon",
  "eunpyeong",
  "seodaemun",
  "mapo",
  "yangcheon",
  "gangseo",
  "guro",
  "geumcheon",
  "yeongdeungpo",
  "dongjak",
  "gwanak",
  "seocho",
  "gangnam",
  "songpa",
  "gangdong",
];

// The routes of shared/DESIGN.md are a contract: links and tests elsewhere rely on them.
const CONTRACT = [
  "",
  "districts/",
  ...DISTRICT_SLUGS.map((s) => `districts/${s}/`),
  "compare/enterprises/",
  "compare/budgets/",
  "compare/purchasing/",
  "data/",
  "quality/",
  "sources/",
  "about/",
];

test.each(CONTRACT)("the contract route /%s is built in Korean and English", (route) => {
  expect(routes.has(route), `/${route}`).toBe(true);
  expect(routes.has(`en/${route}`), `/en/${route}`).toBe(true);
});

test("every Korean page has an English twin and vice versa", () => {
  const ko = [...routes].filter((r) => !r.startsWith("en/"));
  const en = [...routes].filter((r) => r.startsWith("en/")).map((r) => r.slice(3));
  expect(ko.filter((r) => !en.includes(r))).toEqual([]);
  expect(en.filter((r) => !ko.includes(r))).toEqual([]);
});
