/**
 * JSON.stringify(value) as a sequence of chunks: large arrays (and the objects that hold them,
 * a few levels down) are written an element at a time, so a hand-off with a million facts is
 * never one string (V8 caps a string at ~512 M characters). The concatenated chunks are
 * exactly JSON.stringify(value).
 */
const LARGE = 256;
const MAX_DEPTH = 3;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as { toJSON?: unknown }).toJSON !== "function";

export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  if (Array.isArray(value) && value.length > LARGE) {
    let text = "[";
    for (let i = 0; i < value.length; i++) {
      text += (i === 0 ? "" : ",") + (JSON.stringify(value[i]) ?? "null");
      if (text.length > 1 << 20) {
        yield text;
        text = "";
      }
    }
    yield text + "]";
  } else if (depth < MAX_DEPTH && isPlainObject(value)) {
    yield "{";
    let first = true;
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
      yield (first ? "" : ",") + JSON.stringify(key) + ":";
      yield* jsonChunks(v, depth + 1);
      first = false;
    }
    yield "}";
  } else {
    yield JSON.stringify(value) ?? "null";
  }
}
