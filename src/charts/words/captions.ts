export { cleanCaption } from "../../../contract/captions.ts";

/** The first part of a printed page reference: "p. 4 (II-① …)" → "p. 4". */
export function shortPage(page: string): string {
  return page.split(" (")[0]!.trim();
}
