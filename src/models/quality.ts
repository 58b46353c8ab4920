/**
 * The page model of /quality/: the findings ranked by size and grouped by
 * where they are (within one table, across sources), and the rest of the
 * checks counted and listed by verdict. Views only render what this returns.
 */
import {
  CHECK_KINDS,
  VERDICTS,
  scopeOf,
  type Check,
  type CheckKind,
  type CheckScope,
  type Verdict,
} from "../../contract/check.ts";

/**
 * How big a finding is, scale-free so money, counts and rates rank together:
 * |difference| ÷ the larger of the two figures (0–1). A total printed "-" whose
 * parts add up to something, or one side "-", counts as 1 (all of it).
 */
export function findingSize(c: Check): number {
  if (c.printed === null || c.computed === null || c.difference === null) return 1;
  const scale = Math.max(Math.abs(c.printed), Math.abs(c.computed));
  return scale === 0 ? 0 : Math.abs(c.difference) / scale;
}

const byId = (a: Check, b: Check) =>
  a.check_id < b.check_id ? -1 : a.check_id > b.check_id ? 1 : 0;

/** Findings, largest first (ties in check-id order, so the page is stable). */
export function rankFindings(checks: readonly Check[]): Check[] {
  return checks
    .filter((c) => c.is_finding)
    .map((c) => ({ c, size: findingSize(c) }))
    .sort((a, b) => b.size - a.size || byId(a.c, b.c))
    .map(({ c }) => c);
}

export interface FindingGroup {
  scope: CheckScope;
  /** Ranked, largest first; rank is 1-based within the group. */
  findings: { check: Check; rank: number; size: number }[];
}

export interface VerdictCount {
  verdict: Verdict;
  withinTable: number;
  acrossSources: number;
  total: number;
}

export interface QualityModel {
  total: number;
  findingCount: number;
  groups: FindingGroup[];
  /** Every verdict but mismatch, with its counts by scope (rows with a zero total left out). */
  rest: VerdictCount[];
  restTotal: number;
  /** The checks of each verdict other than mismatch, in reading order. */
  restChecks: Record<Exclude<Verdict, "mismatch">, Check[]>;
  /** Checks by kind, for the one-line summary. */
  byKind: Record<CheckKind, number>;
}

const SCOPES: readonly CheckScope[] = ["within_table", "across_sources"];

export function qualityModel(checks: readonly Check[]): QualityModel {
  const ranked = rankFindings(checks);
  const groups = SCOPES.map((scope) => ({
    scope,
    findings: ranked
      .filter((c) => scopeOf(c.kind) === scope)
      .map((check, i) => ({ check, rank: i + 1, size: findingSize(check) })),
  }));
  const others = VERDICTS.filter((v): v is Exclude<Verdict, "mismatch"> => v !== "mismatch");
  const of = (v: Verdict, scope?: CheckScope) =>
    checks.filter((c) => c.verdict === v && (scope === undefined || scopeOf(c.kind) === scope));
  const rest = others
    .map((verdict) => ({
      verdict,
      withinTable: of(verdict, "within_table").length,
      acrossSources: of(verdict, "across_sources").length,
      total: of(verdict).length,
    }))
    .filter((r) => r.total > 0);
  const restChecks = Object.fromEntries(
    others.map((v) => [v, of(v).sort((a, b) => findingSize(b) - findingSize(a) || byId(a, b))]),
  ) as QualityModel["restChecks"];
  const byKind = Object.fromEntries(
    CHECK_KINDS.map((k) => [k, checks.filter((c) => c.kind === k).length]),
  ) as Record<CheckKind, number>;
  return {
    total: checks.length,
    findingCount: ranked.length,
    groups,
    rest,
    restTotal: checks.length - ranked.length,
    restChecks,
    byKind,
  };
}
