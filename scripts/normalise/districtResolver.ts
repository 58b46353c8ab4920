import type { DistrictRow } from "../validate/inputSchemas.ts";

/** Normalises a district spelling for lookup: case, spaces and hyphens don't matter. */
function keyOf(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\-_.·]/g, "");
}

export interface DistrictResolver {
  resolve(name: string): DistrictRow | undefined;
  /** Spellings that mean two districts: each is a mistake in districts.csv. */
  conflicts: string[];
}

/** Every known form of a district (code, slug, Korean, English, aliases) maps to its row. */
export function districtResolver(districts: readonly DistrictRow[]): DistrictResolver {
  const byKey = new Map<string, DistrictRow>();
  const conflicts: string[] = [];
  for (const d of districts) {
    for (const name of [d.code, d.slug, d.name_ko, d.name_en, ...d.aliases]) {
      const key = keyOf(name);
      const seen = byKey.get(key);
      if (seen && seen.code !== d.code)
        conflicts.push(`"${name}" names both ${seen.code} and ${d.code}`);
      else byKey.set(key, d);
    }
  }
  return { resolve: (name) => byKey.get(keyOf(name)), conflicts };
}
