/**
 * Which page shows each fact: its source's own page, or one of the numbered
 * pages of a long source (src/models/sourcePages.ts), looked up once per build.
 */
import { bundle } from "./products.ts";
import { factParts } from "../models/sourcePages.ts";

let parts: Map<string, number | null> | undefined;

/** The numbered page of its source that shows the fact, null for the source's own page. */
export function factPart(factId: string): number | null {
  parts ??= factParts(bundle().model.facts);
  const part = parts.get(factId);
  if (part === undefined) throw new Error(`no fact "${factId}"`);
  return part;
}
