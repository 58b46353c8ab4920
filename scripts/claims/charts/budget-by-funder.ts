/**
 * The budget-by-funder chart: budget lines that print a funder, added up by
 * district, table, year and funder; one bar per district, table and year.
 * Sums of different tables are never compared: the takeaway gives, for each
 * table, the district's own share (구비) of its latest bar (declared `latest`).
 */
import type { ClaimComparison } from "../../../contract/claims.ts";
import { meantValue, type Fact } from "../../../contract/model.ts";
import type { ProductRow } from "../../../contract/product.ts";
import type { ClaimContext } from "../context.ts";
import type { ClaimSpec } from "../make.ts";
import { FUNDER_WORDS } from "../words.ts";
import { ids, joinBoth, type Both } from "./sentence.ts";
import { chartSpec, emptyChart, groupsOf, placeName, sentence } from "./spec.ts";

const CHART = "budget-by-funder";

interface Line {
  row: ProductRow;
  facts: Fact[];
}

export function budgetByFunderClaims(ctx: ClaimContext): ClaimSpec[] {
  const id = `chart-${CHART}`;
  const lines: Line[] = ctx.chartRows(CHART).map((row) => ({
    row,
    facts: String(row.fact_ids ?? "")
      .split(" ")
      .filter(Boolean)
      .map((f) => ctx.factById(id, f)),
  }));
  const drawn = lines.flatMap((l) => l.facts);
  if (drawn.length === 0) return emptyChart(ctx, CHART);
  const key = (l: Line) => `${l.row.district_code}|${l.row.source_id}|${l.row.caption}`;
  const tables = groupsOf(lines, key);
  const barsOf = (t: Line[]) =>
    groupsOf(t, (l) => String(l.row.year)).sort((a, b) =>
      Number(a[0]!.row.year) < Number(b[0]!.row.year) ? -1 : 1,
    );

  // The takeaway: the district's own share of each table's latest bar.
  const s = sentence(CHART, "takeaway");
  const comparisons: ClaimComparison[] = [];
  const shares: Both[] = [];
  for (const t of tables) {
    const last = barsOf(t).at(-1)!;
    const all = last.flatMap((l) => l.facts);
    const own = last.filter((l) => l.row.funder_key === "district").flatMap((l) => l.facts);
    const sum = (fs: Fact[]) => fs.reduce((x, f) => x + meantValue(f)!, 0);
    if (own.length === 0 || sum(all) === 0) continue;
    const pct = s.value(
      {
        value: Math.round((sum(own) / sum(all)) * 1000) / 10,
        unit: "percent",
        qualifier: "",
        derivation: `share:${ids(own)}/${ids(all)}`,
      },
      all,
    );
    comparisons.push({
      word: "latest",
      of: [s.values.at(-1)!.name],
      among: t.flatMap((l) => l.facts).map((f) => `fact:${f.id}`),
    });
    s.restsOn(t.flatMap((l) => l.facts));
    const year = s.date(String(last[0]!.row.year));
    const name = placeName(all[0]!);
    shares.push({
      ko: `${name.ko} ${pct.ko}(${year.ko})`,
      en: `${pct.en} of ${name.en}'s lines for ${year.en}`,
    });
  }
  const list = joinBoth(shares);
  const takeaway = chartSpec(ctx, CHART, drawn, {
    part: "takeaway",
    template: shares.length > 0 ? "funder-shares" : "funder-no-share",
    sentence: s,
    text: { ko: { list: list.ko }, en: { list: list.en } },
    comparisons,
  });

  // The text alternative: every bar, funder by funder.
  const alt = sentence(CHART, "alt");
  const bars = tables.flatMap(barsOf).map((bar) => {
    const first = bar[0]!.facts[0]!;
    const parts = bar.map((l) => {
      const word = FUNDER_WORDS[String(l.row.funder_key)] ?? {
        ko: String(l.row.funder_en),
        en: String(l.row.funder_en),
      };
      // One funder twice in a bar (two printed labels): each with the label as printed.
      const twice = bar.filter((x) => x.row.funder_key === l.row.funder_key).length > 1;
      const printed = twice ? `(‘${l.facts[0]!.funder}’)` : "";
      const amount = alt.sum(l.facts, "KRW");
      return {
        ko: `${word.ko}${printed} ${amount.ko}`,
        en: `${word.en}${twice ? ` ${printed}` : ""} ${amount.en}`,
      };
    });
    const year = alt.date(String(bar[0]!.row.year));
    const name = placeName(first);
    const listed = joinBoth(parts, ", ", ", ");
    return { ko: `${name.ko} ${year.ko}: ${listed.ko}`, en: `${name.en} ${year.en}: ${listed.en}` };
  });
  const all = joinBoth(bars, "; ", "; ");
  return [
    takeaway,
    chartSpec(ctx, CHART, drawn, {
      part: "alt",
      template: "funder-alt",
      sentence: alt,
      text: { ko: { bars: all.ko }, en: { bars: all.en } },
    }),
  ];
}
