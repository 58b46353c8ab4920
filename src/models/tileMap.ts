/**
 * The tile map's model: one tile per district, placed on the tile grid, saying
 * how big one comparable figure is where it exists.
 *
 * The figure: a count of social-economy organisations of all kinds (the
 * contract's ENTERPRISE_TOTAL_KEYS, as the enterprises-totals chart uses) from
 * one source, one date and one definition, the one that covers the most
 * districts (ties: the latest). Counts of other dates or definitions are not
 * comparable with it and are not drawn as magnitudes. Each district is then:
 *   "figure" — it has that count (its value, and a shade of 1..levels),
 *   "other"  — no comparable figure, but other social-economy figures or a
 *              place in the special-zone programme,
 *   "none"   — no figure at all.
 * Every number here comes from the products; none is typed.
 */
import type { Lang } from "../i18n/index.ts";
import type { ProductRow } from "../../contract/product.ts";
import { ENTERPRISE_TOTAL_KEYS } from "../../contract/siteData.ts";

export type TileState = "figure" | "other" | "none";

export interface Tile {
  slug: string;
  /** Short label: the Korean name without 구, the English without -gu, with break points. */
  short: string[];
  full: string;
  row: number;
  col: number;
  state: TileState;
  value: number | null;
  /** 1..levels for "figure" tiles, 0 otherwise. */
  level: number;
  /** The fact behind the value. */
  factId: string;
  /** The printed total is not the sum of its printed parts (shown as printed, marked). */
  mismatch: boolean;
  /** Social-economy figures of any kind (population excluded). */
  facts: number;
  inProgramme: boolean;
}

export interface TileFigure {
  sourceId: string;
  period: string;
  typeKey: string;
  typeName: string;
  /** How many districts have it. */
  districts: number;
}

export interface TileLevel {
  level: number;
  min: number;
  max: number;
}

export interface TileMapModel {
  figure: TileFigure | null;
  tiles: Tile[];
  levels: TileLevel[];
  rows: number;
  cols: number;
  counts: Record<TileState, number>;
}

export interface TileMapInput {
  profiles: readonly ProductRow[];
  /** Rows of the enterprises product. */
  enterprises: readonly ProductRow[];
  /** Slugs of districts with a special-zone round (special-zone-rounds product). */
  programme: ReadonlySet<string>;
}

const MAX_LEVELS = 3;
const text = (r: ProductRow, k: string) =>
  r[k] === null || r[k] === undefined ? "" : String(r[k]);
const num = (r: ProductRow, k: string) => (typeof r[k] === "number" ? (r[k] as number) : null);

/**
 * Break points in a romanised name, so a narrow tile wraps between syllables
 * ("Yeong|deung|po", "Dong|dae|mun") and never inside one. A consonant between
 * vowels starts the next syllable; of two consonants, the first ends one
 * (ng, ch, and the doubled consonants count as one).
 */
export function syllableParts(name: string): string[] {
  // Units: a consonant (ng, ch and doubled ones as one) with its glide (py, gw), or a vowel run.
  const units = name.match(/ng|(?:ch|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstvxz])[wy]?|[wy]|[aeiou]+/gi);
  if (!units || units.join("") !== name) return [name];
  const isVowel = (u: string | undefined) => u !== undefined && /^[aeiou]/i.test(u);
  const parts: string[] = [];
  let current = "";
  units.forEach((u, i) => {
    if (current !== "" && !isVowel(u) && u.toLowerCase() !== "ng" && isVowel(units[i + 1])) {
      parts.push(current);
      current = "";
    }
    current += u;
  });
  parts.push(current);
  return parts;
}

export function shortLabel(nameKo: string, nameEn: string, lang: Lang): string[] {
  if (lang === "ko") return [nameKo.replace(/구$/, "")];
  return syllableParts(nameEn.replace(/-gu$/, ""));
}

/** The comparable count that covers the most districts (ties: the latest), or null. */
export function pickFigure(enterprises: readonly ProductRow[], lang: Lang): TileFigure | null {
  const groups = new Map<string, ProductRow[]>();
  for (const r of enterprises) {
    if (r.district_slug === "seoul" || !ENTERPRISE_TOTAL_KEYS.includes(text(r, "type_key")))
      continue;
    if (num(r, "count") === null) continue;
    const key = [text(r, "source_id"), text(r, "period"), text(r, "type_key")].join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const best = [...groups.values()]
    .map((rows) => ({ rows, districts: new Set(rows.map((r) => text(r, "district_slug"))).size }))
    .sort(
      (a, b) =>
        b.districts - a.districts ||
        text(b.rows[0]!, "period").localeCompare(text(a.rows[0]!, "period")) ||
        text(a.rows[0]!, "source_id").localeCompare(text(b.rows[0]!, "source_id")),
    )[0];
  if (!best) return null;
  const r = best.rows[0]!;
  return {
    sourceId: text(r, "source_id"),
    period: text(r, "period"),
    typeKey: text(r, "type_key"),
    typeName: text(r, lang === "ko" ? "type_ko" : "type_en"),
    districts: best.districts,
  };
}

/** Levels by rank: the smallest third of the values is level 1, the largest is the top level. */
export function levelsOf(values: readonly number[]): {
  levelOf: (v: number) => number;
  levels: TileLevel[];
} {
  const sorted = [...values].sort((a, b) => a - b);
  const n = Math.min(MAX_LEVELS, new Set(sorted).size);
  const levelOf = (v: number) => {
    if (n === 0) return 0;
    const rank = sorted.indexOf(v);
    return Math.min(n, 1 + Math.floor((rank * n) / sorted.length));
  };
  const levels: TileLevel[] = [];
  for (let level = 1; level <= n; level++) {
    const inLevel = sorted.filter((v) => levelOf(v) === level);
    if (inLevel.length > 0) levels.push({ level, min: inLevel[0]!, max: inLevel.at(-1)! });
  }
  return { levelOf, levels };
}

export function tileMapModel(input: TileMapInput, lang: Lang): TileMapModel {
  const figure = pickFigure(input.enterprises, lang);
  const valueOf = new Map<string, { value: number; factId: string; mismatch: boolean }>();
  const places = new Set(
    input.profiles.filter((r) => r.is_city === false).map((r) => text(r, "district_slug")),
  );
  if (figure) {
    for (const r of input.enterprises) {
      if (
        places.has(text(r, "district_slug")) &&
        text(r, "source_id") === figure.sourceId &&
        text(r, "period") === figure.period &&
        text(r, "type_key") === figure.typeKey &&
        num(r, "count") !== null
      )
        valueOf.set(text(r, "district_slug"), {
          value: num(r, "count")!,
          factId: text(r, "fact_id"),
          mismatch: text(r, "count_check") === "mismatch",
        });
    }
  }
  const { levelOf, levels } = levelsOf([...valueOf.values()].map((v) => v.value));
  const tiles: Tile[] = input.profiles
    .filter((r) => r.is_city === false)
    .map((r) => {
      const slug = text(r, "district_slug");
      const v = valueOf.get(slug);
      const facts = num(r, "facts") ?? 0;
      const inProgramme = input.programme.has(slug);
      const hasSocial = r.has_data === true;
      const state: TileState = v ? "figure" : hasSocial || inProgramme ? "other" : "none";
      return {
        slug,
        short: shortLabel(text(r, "district_ko"), text(r, "district_en"), lang),
        full: text(r, lang === "ko" ? "district_ko" : "district_en"),
        row: num(r, "tile_row") ?? 0,
        col: num(r, "tile_col") ?? 0,
        state,
        value: v?.value ?? null,
        level: v ? levelOf(v.value) : 0,
        factId: v?.factId ?? "",
        mismatch: v?.mismatch ?? false,
        facts: hasSocial ? facts : 0,
        inProgramme,
      };
    });
  const counts: Record<TileState, number> = { figure: 0, other: 0, none: 0 };
  for (const t of tiles) counts[t.state]++;
  return {
    figure,
    tiles,
    levels,
    rows: Math.max(...tiles.map((t) => t.row)) + 1,
    cols: Math.max(...tiles.map((t) => t.col)) + 1,
    counts,
  };
}
