/**
 * The claims of /data/: the changelog entry of this data version, written
 * from the site counts (the one place they are computed). The data records
 * no date a source was added, so the entry describes the data as it is, by
 * kind of source, with the latest source's year; the page says so.
 */
import type { ClaimContext } from "./context.ts";
import { tally, type ClaimSpec } from "./make.ts";
import { coverageWords } from "./siteClaims.ts";

export function dataClaims(ctx: ClaimContext): ClaimSpec[] {
  const c = ctx.counts;
  const k = c.sources_by_kind;
  return [
    {
      id: "data-changelog",
      scope: "data",
      district: ctx.city,
      template: "data-changelog",
      values: [
        tally("sources", c.sources, "documents", "sources"),
        tally("docs", k["official-document"], "documents", "sources:official-document"),
        tally("stats", k["official-statistic"], "documents", "sources:official-statistic"),
        tally("press", k["press-release"], "documents", "sources:press-release"),
        tally("news", k["news-report"], "documents", "sources:news-report"),
        tally("blogs", k.blog, "documents", "sources:blog"),
        tally("facts", c.facts, "numbers", "facts"),
        tally("checks", c.checks, "checks", "checks"),
        tally("crossChecks", c.cross_source_checks, "checks", "cross_source_checks"),
        tally("last", c.last_source_year, "year", "last_source_year"),
      ],
      text: { ko: {}, en: coverageWords(ctx) },
    },
  ];
}
