import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Lets `write` fill a temporary sibling folder and swaps it in only when it returns, so a
 * failed run (an exception anywhere in `write`) never leaves a half-written output: the old
 * folder stays as it was and the temporary one is removed.
 */
export function writeFolderAtomicallyWith<T>(out: string, write: (temp: string) => T): T {
  const { temp, swapIn, discard } = temporaryFolder(out);
  try {
    const result = write(temp);
    swapIn();
    return result;
  } catch (e) {
    discard();
    throw e;
  }
}

/** writeFolderAtomicallyWith for a `write` that finishes later (the workbooks are written async). */
export async function writeFolderAtomicallyAsync<T>(
  out: string,
  write: (temp: string) => Promise<T>,
): Promise<T> {
  const { temp, swapIn, discard } = temporaryFolder(out);
  try {
    const result = await write(temp);
    swapIn();
    return result;
  } catch (e) {
    discard();
    throw e;
  }
}

function temporaryFolder(out: string) {
  const target = resolve(out);
  const temp = `${target}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  return {
    temp,
    swapIn() {
      mkdirSync(dirname(target), { recursive: true });
      rmSync(target, { recursive: true, force: true });
      renameSync(temp, target);
    },
    discard: () => rmSync(temp, { recursive: true, force: true }),
  };
}

/**
 * Writes every file into a temporary sibling folder and swaps it in only when
 * all are written, so a failed run never leaves a half-written output.
 */
export function writeFolderAtomically(
  out: string,
  files: ReadonlyMap<string, string | Uint8Array>,
): void {
  writeFolderAtomicallyWith(out, (temp) => {
    for (const [name, content] of files) {
      const path = join(temp, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  });
}
