/**
 * The home page's model: its opening claims (what the atlas holds) and its
 * headline cards, each a group of claims with the page that shows more.
 */
import type { Lang } from "../i18n/index.ts";
import { claimsOf, type ClaimRow, type ClaimView } from "./claims.ts";

export interface HeadlineCard {
  claims: ClaimView[];
  /** Route of the page with more ("compare/enterprises/"). */
  route: string;
  link: "compareEnterprises" | "comparePurchasing" | "honestyLink";
}

export interface HomeModel {
  coverage: ClaimView[];
  cards: HeadlineCard[];
}

const CARDS: { prefix: string[]; route: string; link: HeadlineCard["link"] }[] = [
  {
    prefix: ["home-seoul-enterprises-", "home-largest-2"],
    route: "compare/enterprises/",
    link: "compareEnterprises",
  },
  { prefix: ["home-purchasing-"], route: "compare/purchasing/", link: "comparePurchasing" },
  { prefix: ["home-checks", "home-largest-gap"], route: "quality/", link: "honestyLink" },
];

export function homeModel(rows: readonly ClaimRow[], lang: Lang, base?: string): HomeModel {
  const all = claimsOf(rows, "home", lang, undefined, base);
  const coverage = all.filter((c) => c.id === "home-coverage" || c.id === "home-districts");
  const cards = CARDS.map((card) => ({
    route: card.route,
    link: card.link,
    claims: all.filter((c) => card.prefix.some((p) => c.id.startsWith(p))),
  })).filter((card) => card.claims.length > 0);
  const shown = new Set([...coverage, ...cards.flatMap((c) => c.claims)].map((c) => c.id));
  const left = all.filter((c) => !shown.has(c.id));
  if (left.length > 0)
    throw new Error(`home: claims with no place on the page: ${left.map((c) => c.id).join(", ")}`);
  return { coverage, cards };
}
