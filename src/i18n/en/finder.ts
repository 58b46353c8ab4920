import type { finder as ko } from "../ko/finder.ts";

/** Interface strings of the district finder (English): a missing key is a type error. */
export const finder: Record<keyof typeof ko, string> = {
  label: "Find a district",
  hint: "Any name, Korean or English, or the five-digit district code: 성북, 성북구, Seongbuk",
  go: "Go",
  found: "{n} district(s) (Enter goes to the first)",
  none: "No district by that name",
};
