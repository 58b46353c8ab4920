/**
 * The value a claim states for a fact: the value the print implies where the
 * input records one (a "바느질 외 9개 업체" is ten enterprises), else the value
 * as printed. The printed value itself is never changed.
 */
import type { Fact } from "../../contract/model.ts";

export const meantValue = (f: Fact): number | null => f.value;
