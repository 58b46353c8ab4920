import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Writes a file beside its target and renames it into place, so a reader never sees half of it. */
export function writeFileAtomically(
  file: string,
  content: string | Uint8Array | Iterable<string | Uint8Array>,
): void {
  const target = resolve(file);
  const temp = `${target}.tmp-${process.pid}`;
  mkdirSync(dirname(target), { recursive: true });
  try {
    const fd = openSync(temp, "w");
    try {
      const parts =
        typeof content === "string" || content instanceof Uint8Array ? [content] : content;
      let buffered = "";
      for (const part of parts) {
        if (typeof part === "string") {
          buffered += part;
          if (buffered.length < 1 << 20) continue;
        }
        if (buffered !== "") writeSync(fd, buffered);
        buffered = "";
        if (typeof part !== "string") writeSync(fd, part);
      }
      if (buffered !== "") writeSync(fd, buffered);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
