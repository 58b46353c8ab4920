import { zipSync, strToU8 } from "fflate";

// A fixed date inside the ZIP keeps two builds byte-identical.
const ZIP_MTIME = new Date(Date.UTC(2000, 0, 1));

/** One ZIP of the given files, in path order, with fixed timestamps. */
export function zipFiles(files: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    entries[name] = [
      typeof content === "string" ? strToU8(content) : content,
      { mtime: ZIP_MTIME },
    ];
  }
  return zipSync(entries, { level: 9 });
}
