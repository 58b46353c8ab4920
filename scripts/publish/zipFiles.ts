import { zipSync, strToU8 } from "fflate";

// A fixed date inside the ZIP keeps two builds byte-identical.
// fflate writes DOS time from the local clock fields, so the date is made in the zone of the
// moment it is written: 2000-01-01 00:00 in every zone (a fixed UTC instant read 09:00 in
// Seoul and 00:00 in UTC, so two builds differed by the machine's time zone).
const zipMtime = () => new Date(2000, 0, 1);

/** One ZIP of the given files, in path order, with fixed timestamps. */
export function zipFiles(files: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    entries[name] = [
      typeof content === "string" ? strToU8(content) : content,
      { mtime: zipMtime() },
    ];
  }
  return zipSync(entries, { level: 9 });
}
