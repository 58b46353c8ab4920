/**
 * A long source's tables on pages of their own (issues #16 and #19): a source
 * page that held every row of a 400-fact plan was 270–470 KB of HTML and
 * dozens of screens on a phone. When a source's tables weigh more than one
 * page may hold, /sources/{id}/ lists them and they go, in order and never
 * split, onto numbered pages /sources/{id}/{n}/. A short source keeps its
 * tables on its own page, as before.
 *
 * The weight is about the bytes a row takes in the page (its cells and markup,
 * plus its note, the one long cell); the built pages are measured against the
 * real budget (150 KB) by test/unit/site/pageSize.test.ts.
 */
import type { Fact } from "../../contract/model.ts";
import type { Lang } from "../i18n/index.ts";
import { fill } from "../lib/fill.ts";
import { formatNumber } from "../lib/format.ts";
import { locator } from "./locator.ts";
import { captionLabel, groupFacts, type SourceSummary } from "./sources.ts";

/** About the bytes of one row's markup and short cells (measured: 220–670, most near 350). */
export const ROW_WEIGHT = 400;
/** About the bytes of one table's summary, caption and header row. */
export const TABLE_WEIGHT = 1_000;
/** What the tables of one page may weigh: with the page's header, well under 150 KB. */
export const PAGE_WEIGHT = 100_000;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** About the bytes a fact's row takes: markup, plus its long cells as written (UTF-8). */
export const rowWeight = (f: Fact): number =>
  ROW_WEIGHT +
  bytes(f.note) +
  bytes(f.category_ko + f.category_en + f.funder_ko + f.funder_en + f.value_printed);

const tableWeight = (rows: readonly Fact[]) =>
  rows.reduce((w, f) => w + rowWeight(f), TABLE_WEIGHT);

/** One numbered page of a long source: its tables, by their number in the source (from 1). */
export interface SourcePart {
  n: number;
  /** First and last table on it, numbered as on the source's page (1-based). */
  from: number;
  to: number;
  facts: number;
}

/**
 * The pages a source's tables go on: none when they fit on the source's own
 * page; else tables packed in order, a new page whenever the next table would
 * take this one past the budget (a table heavier than the budget has a page
 * to itself).
 */
export function partsOf(groups: readonly (readonly Fact[])[], budget = PAGE_WEIGHT): SourcePart[] {
  const weights = groups.map(tableWeight);
  if (weights.reduce((a, b) => a + b, 0) <= budget) return [];
  const parts: SourcePart[] = [];
  let weight = 0;
  groups.forEach((g, i) => {
    const last = parts.at(-1);
    if (last && weight + weights[i]! <= budget) {
      last.to = i + 1;
      last.facts += g.length;
      weight += weights[i]!;
    } else {
      parts.push({ n: parts.length + 1, from: i + 1, to: i + 1, facts: g.length });
      weight = weights[i]!;
    }
  });
  return parts;
}

/** The numbered page a table (0-based index) is on, or null when the source is not split. */
export function partOfTable(parts: readonly SourcePart[], index: number): number | null {
  return parts.find((p) => index + 1 >= p.from && index + 1 <= p.to)?.n ?? null;
}

/**
 * Fact id → the numbered page of its source that shows it (null: the source's
 * own page), for every fact: what every link to a fact is made with.
 */
export function factParts(facts: readonly Fact[]): Map<string, number | null> {
  const bySource = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = bySource.get(f.source_id);
    if (list) list.push(f);
    else bySource.set(f.source_id, [f]);
  }
  const out = new Map<string, number | null>();
  for (const own of bySource.values()) {
    const groups = groupFacts(own);
    const parts = partsOf(groups);
    groups.forEach((g, i) => {
      const part = partOfTable(parts, i);
      for (const f of g) out.set(f.id, part);
    });
  }
  return out;
}

/** One printed table of a source, as its page shows it. */
export interface TableGroup {
  /** Its anchor, `{source}-table-{n}`: numbered through the whole source. */
  id: string;
  n: number;
  /** Its summary line: the caption as printed, where it is, and how many facts. */
  caption: string;
  locator: string;
  count: string;
  /** The table's own caption, for screen readers. */
  label: string;
  open: boolean;
  rows: Fact[];
  /** The numbered page it is on, null when the source is not split. */
  part: number | null;
}

/** Short tables open; longer ones wait behind their summary, so a phone reaches the last one soon. */
export const OPEN_UP_TO = 6;

export interface GroupStrings {
  tableLabel: string;
  tocFacts: string;
  tocFactOne: string;
}

/** A source's tables with their summaries, anchors and pages. */
export function tableGroups(
  x: SourceSummary,
  parts: readonly SourcePart[],
  s: GroupStrings,
  lang: Lang,
): TableGroup[] {
  const title = lang === "ko" ? x.src.title_ko : x.src.title_en;
  return x.groups.map((rows, i) => {
    const first = rows[0]!;
    // A release or an article prints no table caption: its title names the group instead.
    const caption = first.caption ? captionLabel(first.caption) : title;
    const page = locator(first, lang);
    const facts = formatNumber(rows.length, lang, 0);
    return {
      id: `${x.src.id}-table-${i + 1}`,
      n: i + 1,
      caption,
      locator: page,
      count: fill(rows.length === 1 ? s.tocFactOne : s.tocFacts, { facts }),
      label: fill(s.tableLabel, { source: x.src.id, caption }),
      open: rows.length <= OPEN_UP_TO,
      rows,
      part: partOfTable(parts, i),
    };
  });
}

/** What an old-link anchor shows: the fact id without its source's id in front, when it has it. */
export const shortFactId = (factId: string, sourceId: string): string =>
  factId.startsWith(`${sourceId}-`) ? factId.slice(sourceId.length + 1) : factId;
