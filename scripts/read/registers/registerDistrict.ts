/**
 * The district of a register row: a district cell in any known form (성북구,
 * 성북, Seongbuk-gu, 11290), or an address, whose first word ending in 구
 * (or "-gu") names the district: "서울특별시 성북구 종암로 25" → 성북구.
 */
import type { DistrictResolver } from "../../normalise/districtResolver.ts";
import type { DistrictRow } from "../../validate/inputSchemas.ts";

export function districtOfCell(resolver: DistrictResolver, cell: string): DistrictRow | undefined {
  const whole = resolver.resolve(cell.trim());
  if (whole) return whole;
  const word = cell.split(/[\s,()]+/).find((w) => w.endsWith("구") || /-gu$/i.test(w));
  return word === undefined ? undefined : resolver.resolve(word);
}
