/** Districts as declared, checked for one code, slug and map tile each, with a resolver for any spelling. */
import { CITY_CODE } from "../../contract/districts.ts";
import type { District } from "../../contract/model.ts";
import type { RawInput } from "../read/rawInput.ts";
import { districtResolver } from "./districtResolver.ts";
import type { Place, Problems } from "./problems.ts";

export function normaliseDistricts(input: RawInput, problems: Problems) {
  const districts: District[] = input.districts.map(({ record }) => ({
    ...record,
    is_city: record.code === CITY_CODE,
  }));
  problems.uniqueBy(input.districts, (d) => d.code, "code", "district code");
  problems.uniqueBy(input.districts, (d) => d.slug, "slug", "district slug");
  problems.uniqueBy(
    input.districts.filter((d) => d.record.tile_row !== null),
    (d) => `${d.tile_row},${d.tile_col}`,
    "tile_row",
    "tile position",
  );
  for (const d of input.districts) {
    const { tile_row, tile_col, code } = d.record;
    if ((tile_row === null) !== (tile_col === null))
      problems.at(d, "tile_col", "expected both tile_row and tile_col, or neither");
    if (code !== CITY_CODE && tile_row === null)
      problems.at(d, "tile_row", "every district needs a tile position on the map");
  }
  const resolver = districtResolver(districts);
  const file = input.districts[0]?.file ?? "districts.csv";
  for (const c of resolver.conflicts) problems.at({ file, line: 0 }, "aliases", c);

  /** The district a cell names, or a problem at its place. */
  const resolveDistrict = (place: Place, name: string) => {
    const d = resolver.resolve(name);
    if (!d) {
      problems.at(
        place,
        "district",
        `unknown district "${name}"; expected a district of Seoul in a known form (성북구, 성북, Seongbuk-gu, seongbuk, 11290) — add new spellings to the aliases in districts.csv`,
      );
    }
    return d;
  };
  return { districts, resolveDistrict };
}
