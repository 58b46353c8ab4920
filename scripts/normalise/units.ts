/**
 * The units printed in the documents, what kind of quantity each is, and how
 * to reach the canonical unit (money in won, everything else as printed).
 */
export type UnitKind = "money" | "count" | "rate" | "area";

export interface UnitInfo {
  kind: UnitKind;
  /** Multiply a printed value by this to get the canonical value. */
  factor: number;
  canonical: string;
}

const MONEY = (factor: number): UnitInfo => ({ kind: "money", factor, canonical: "KRW" });
const COUNT: UnitInfo = { kind: "count", factor: 1, canonical: "count" };

export const UNITS: Readonly<Record<string, UnitInfo>> = {
  원: MONEY(1),
  천원: MONEY(1_000),
  만원: MONEY(10_000),
  백만원: MONEY(1_000_000),
  억원: MONEY(100_000_000),
  개: COUNT,
  개소: COUNT,
  건: COUNT,
  회: COUNT,
  명: COUNT,
  업체: COUNT,
  기업수: COUNT,
  사업수: COUNT,
  개월: { kind: "count", factor: 1, canonical: "months" },
  /** Points of an evaluation scheme (배점). */
  점: COUNT,
  세대: COUNT,
  "%": { kind: "rate", factor: 1, canonical: "percent" },
  "㎡": { kind: "area", factor: 1, canonical: "m2" },
};

export function unitInfo(unit: string): UnitInfo | undefined {
  return Object.hasOwn(UNITS, unit) ? UNITS[unit] : undefined;
}

export const UNIT_NAMES = Object.keys(UNITS);
