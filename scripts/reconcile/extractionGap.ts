/**
 * A value lost in our text extraction, not the document's error. In a two-way
 * table every cell is part of a line total and a column total. When a line has
 * no cell in one column, and both that line's printed total and that column's
 * printed total are short of their parts by the same amount, the one missing
 * cell explains both: the document adds up, and our text lost a cell of that
 * amount. Both checks then say so, each naming the other as its evidence.
 */
import type { Fact } from "../../contract/model.ts";
import type { Check } from "../../contract/check.ts";
import { withVerdict } from "./checkBase.ts";
import { amountEn, amountKo, inPrintedUnit } from "./explainText.ts";

/** For each total, the totals it shares a cell with (the other axis of its table). */
function crossings(facts: readonly Fact[]): Map<string, Set<string>> {
  const cross = new Map<string, Set<string>>();
  for (const f of facts) {
    for (const p of f.part_of) {
      for (const q of f.part_of) {
        if (p === q) continue;
        const set = cross.get(p) ?? new Set<string>();
        set.add(q);
        cross.set(p, set);
      }
    }
  }
  return cross;
}

/** The totals of the other axis that `total` has no cell in, though its neighbours do. */
function missingCrossings(total: string, cross: ReadonlyMap<string, Set<string>>): Set<string> {
  const mine = cross.get(total) ?? new Set<string>();
  const missing = new Set<string>();
  for (const other of mine) {
    for (const neighbour of cross.get(other) ?? []) {
      if (neighbour === total) continue;
      for (const column of cross.get(neighbour) ?? []) {
        if (column !== total && !mine.has(column)) missing.add(column);
      }
    }
  }
  return missing;
}

export function markExtractionGaps(checks: readonly Check[], facts: readonly Fact[]): Check[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const cross = crossings(facts);
  // Only a total's declared parts (check id sum:<id>) are cells of its line or column.
  const sumOf = new Map(
    checks
      .filter((c) => c.kind === "sum" && c.check_id === `sum:${c.fact_id}`)
      .map((c) => [c.fact_id, c]),
  );
  const short = (c: Check | undefined) =>
    c !== undefined && c.difference !== null && c.difference !== 0 && c.verdict !== "match";
  const gapOf = new Map<string, { other: Check; cell: [Fact, Fact] }>();
  for (const c of sumOf.values()) {
    if (!short(c)) continue;
    const candidates = [...missingCrossings(c.fact_id, cross)]
      .map((id) => sumOf.get(id))
      .filter((o): o is Check => short(o) && o!.difference === c.difference && o!.unit === c.unit);
    if (candidates.length !== 1) continue;
    const other = candidates[0]!;
    gapOf.set(c.check_id, { other, cell: [byId.get(c.fact_id)!, byId.get(other.fact_id)!] });
  }
  return checks.map((c) => {
    const gap = gapOf.get(c.check_id);
    // Both sides must point at each other: one lost cell, seen from its line and its column.
    if (!gap || gapOf.get(gap.other.check_id)?.other.check_id !== c.check_id) return c;
    const [self, other] = gap.cell;
    const d = c.difference as number;
    const printedUnit = inPrintedUnit(d, self.unit_printed);
    const en = amountEn(d, c.unit) + (printedUnit ? ` (${printedUnit} as printed)` : "");
    const ko = amountKo(d, c.unit, c.unit_printed) + (printedUnit ? ` (${printedUnit})` : "");
    // The lost cell lies on this total's line and in the other total's place along it.
    const cell = [labelAlong(self, gap.other.parts_by), labelAlong(other, c.parts_by)]
      .filter(Boolean)
      .join(", ");
    return withVerdict(
      c,
      "extraction_gap",
      {
        en: `A value is missing from the text we transcribed from: the cell "${cell}" is not in it. This printed total (${self.value_printed}) is ${en} more than the parts we have, and the printed total the other way (${other.value_printed}, check ${gap.other.check_id}) is short by the same amount: both show the lost cell was ${en}. The document adds up; the gap is in our extraction.`,
        ko: `옮겨 적은 텍스트에 "${cell}" 칸의 값이 없습니다. 문서에 적힌 이 합계(${self.value_printed})는 남은 항목의 합보다 ${ko} 많고, 다른 방향의 합계(${other.value_printed})도 똑같이 ${ko} 많습니다. 두 합계 모두 빠진 값이 ${ko}임을 보여 줍니다. 문서의 잘못이 아니라 텍스트 추출에서 빠진 값입니다.`,
      },
      gap.other.check_id,
    );
  });
}

const LABEL_OF: Record<string, (f: Fact) => string> = {
  district: (f) => f.district_ko,
  period: (f) => f.period,
  measure: (f) => f.measure,
  category: (f) => f.category,
  funder: (f) => f.funder,
  status: (f) => f.status,
};

/** A total's label in the dimensions along which the other total's parts vary. */
function labelAlong(total: Fact, partsBy: string): string {
  return partsBy
    .split("+")
    .filter(Boolean)
    .map((d) => LABEL_OF[d]?.(total) ?? "")
    .join(" ");
}
