/**
 * The hand-off's JSON (./siteData.ts): JSON, except that a long list of records with the same
 * keys is written as a table, its keys once and then one array of values per record:
 *
 *   [{"a":1,"b":"x"},{"a":2,"b":"y"}, …]  →  {"$table":["a","b"],"rows":[[1,"x"],[2,"y"], …]}
 *
 * A million facts of 38 fields each would otherwise repeat 38 keys a million times (about half
 * the file). The writer makes it a chunk at a time, so the file is never one string; the reader
 * turns the tables back into the records, equal to what was written.
 */

/** Tables are looked for this many levels down (the hand-off's lists sit at depth 1 to 3). */
const MAX_DEPTH = 4;
/** A shorter list is written as it is. */
const MIN_TABLE = 64;
/** Records per JSON.stringify call, and the size a chunk of text grows to before it is handed on. */
const BATCH = 1024;
const CHUNK = 1 << 20;
const MARK = "$table";

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.getPrototypeOf(v) === Object.prototype &&
  typeof (v as { toJSON?: unknown }).toJSON !== "function";

/** The keys of a list whose every element is a record with exactly these keys, none undefined. */
function tableKeys(list: readonly unknown[]): string[] | undefined {
  if (list.length < MIN_TABLE || !isRecord(list[0])) return undefined;
  const keys = Object.keys(list[0]);
  if (keys.includes(MARK)) return undefined;
  for (const item of list) {
    if (!isRecord(item)) return undefined;
    let n = 0;
    for (const key in item) {
      if (!Object.hasOwn(item, key)) return undefined;
      n++;
    }
    if (n !== keys.length) return undefined;
    for (const key of keys) if (item[key] === undefined) return undefined;
  }
  return keys;
}

function* tableChunks(list: readonly Json[], keys: readonly string[]): Generator<string> {
  let text = `{${JSON.stringify(MARK)}:${JSON.stringify(keys)},"rows":[`;
  for (let start = 0; start < list.length; start += BATCH) {
    const end = Math.min(list.length, start + BATCH);
    const batch: unknown[][] = new Array(end - start);
    for (let i = start; i < end; i++) {
      const item = list[i]!;
      const values = new Array(keys.length);
      for (let k = 0; k < keys.length; k++) values[k] = item[keys[k]!];
      batch[i - start] = values;
    }
    const json = JSON.stringify(batch);
    text += (start === 0 ? "" : ",") + json.slice(1, -1);
    if (text.length >= CHUNK) {
      yield text;
      text = "";
    }
  }
  yield text + "]}";
}

/** `value` as table JSON, a chunk at a time. */
export function* tableJsonChunks(value: unknown, depth = 0): Generator<string> {
  if (Array.isArray(value)) {
    const keys = tableKeys(value);
    if (keys) {
      yield* tableChunks(value as Json[], keys);
      return;
    }
    if (depth < MAX_DEPTH) {
      yield "[";
      for (let i = 0; i < value.length; i++) {
        if (i > 0) yield ",";
        // As JSON.stringify writes them: a hole or undefined is null.
        const item: unknown = value[i];
        if (item === undefined || typeof item === "function" || typeof item === "symbol")
          yield "null";
        else yield* tableJsonChunks(item, depth + 1);
      }
      yield "]";
      return;
    }
  } else if (depth < MAX_DEPTH && isRecord(value)) {
    if (Object.hasOwn(value, MARK))
      throw new Error(`a record with a key "${MARK}" cannot be written as table JSON`);
    yield "{";
    let first = true;
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
      yield (first ? "" : ",") + JSON.stringify(key) + ":";
      yield* tableJsonChunks(v, depth + 1);
      first = false;
    }
    yield "}";
    return;
  }
  // A record the reader would take for a table.
  if (depth <= MAX_DEPTH && isRecord(value) && Object.hasOwn(value, MARK))
    throw new Error(`a record with a key "${MARK}" cannot be written as table JSON`);
  yield JSON.stringify(value) ?? "null";
}

/** Parsed table JSON back to plain JSON: every table becomes its list of records again. */
export function fromTableJson(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fromTableJson(value[i], depth + 1);
    return value;
  }
  const record = value as Json;
  const keys = record[MARK];
  if (Array.isArray(keys)) {
    return (record.rows as unknown[][]).map((values) => {
      const item: Json = {};
      for (let k = 0; k < keys.length; k++) item[keys[k] as string] = values[k];
      return item;
    });
  }
  for (const key of Object.keys(record)) record[key] = fromTableJson(record[key], depth + 1);
  return record;
}
