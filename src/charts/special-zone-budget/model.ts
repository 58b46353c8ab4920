/** The rows of /data/charts/special-zone-budget.csv, read once: Seoul's plan and execution by period. */
import { cellNumber, cellText, type ProductRow } from "../../data/products.ts";
import { firstSeen } from "../rows/firstSeen.ts";

export type Status = "plan" | "actual";

export interface ZoneRow {
  period: string;
  /** The year the period falls in ("2018" for 2018-01~2018-06). */
  year: string;
  status: string;
  value: number | null;
  printed: string;
  caption: string;
  sourceId: string;
  page: string;
  factId: string;
}

export interface ZoneModel {
  rows: ZoneRow[];
  /** Periods in time order. */
  periods: string[];
  find(period: string, status: Status): ZoneRow | undefined;
}

export function readModel(rows: readonly ProductRow[]): ZoneModel {
  const read = rows.map((r): ZoneRow => ({
    period: cellText(r, "period"),
    year: String(cellNumber(r, "year") ?? cellText(r, "period")),
    status: cellText(r, "status"),
    value: cellNumber(r, "value_krw"),
    printed: `${cellText(r, "value_printed")} ${cellText(r, "unit_printed")}`.trim(),
    caption: cellText(r, "caption"),
    sourceId: cellText(r, "source_id"),
    page: cellText(r, "page"),
    factId: cellText(r, "fact_id"),
  }));
  return {
    rows: read,
    periods: firstSeen(read, (r) => r.period).sort(),
    find: (period, status) => read.find((r) => r.period === period && r.status === status),
  };
}

/** "-" printed means none; nothing printed means the document has no figure. */
export const printedNone = (r: ZoneRow): boolean => r.printed.split(" ")[0] === "-";
