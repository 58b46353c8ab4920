/**
 * What a chart's sentence is made of, collected while it is written: every
 * value it states (each with its derivation), every date, every fact. A list
 * of figures (an alt text names every drawn value) is written by the builder
 * from the formatted values, so the sentence and its record cannot differ.
 */
import type { ClaimValue } from "../../../contract/claims.ts";
import { meantValue, type Fact } from "../../../contract/model.ts";
import { ClaimError } from "../claimError.ts";
import { formatClaimDate, formatClaimValue, type Lang } from "../format.ts";

/** A phrase in both languages. */
export type Both = Record<Lang, string>;

export const both = (ko: string, en: string): Both => ({ ko, en });

/** Joins phrases of both languages: ", " in Korean, "a, b and c" in English unless `en` is given. */
export function joinBoth(items: readonly Both[], ko = ", ", en?: string): Both {
  const list = items.map((i) => i.en);
  const enText =
    en !== undefined
      ? list.join(en)
      : list.length < 2
        ? list.join("")
        : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
  return { ko: items.map((i) => i.ko).join(ko), en: enText };
}

export class Sentence {
  readonly values: ClaimValue[] = [];
  readonly dates: Record<string, string> = {};
  readonly facts: Fact[] = [];
  readonly claimId: string;
  // Lookups for the checks below: a chart's text alternative can name thousands of values.
  private readonly names = new Set<string>();
  private readonly periods = new Set<string>();
  constructor(claimId: string) {
    this.claimId = claimId;
  }

  /** A value with its own name (a template slot) or a generated one (a list item). */
  value(v: Omit<ClaimValue, "name"> & { name?: string }, facts: readonly Fact[] = []): Both {
    const value: ClaimValue = { ...v, name: v.name ?? `v${this.values.length + 1}` };
    if (this.names.has(value.name))
      throw new ClaimError(this.claimId, `two values are named ${value.name}`);
    this.names.add(value.name);
    this.values.push(value);
    this.facts.push(...facts);
    return { ko: formatClaimValue(value, "ko"), en: formatClaimValue(value, "en") };
  }

  /** A fact's value as the print means it (contract meantValue), with its qualifier. */
  fact(f: Fact, unit: ClaimValue["unit"], name?: string): Both {
    const value = meantValue(f);
    if (value === null) throw new ClaimError(this.claimId, `fact ${f.id} printed "-"`);
    return this.value({ name, value, unit, qualifier: f.qualifier, derivation: `fact:${f.id}` }, [
      f,
    ]);
  }

  /** The facts' values added up (none may carry a qualifier: "약 2억" + 3억 is no exact sum). */
  sum(facts: readonly Fact[], unit: ClaimValue["unit"], name?: string): Both {
    if (facts.length === 1) return this.fact(facts[0]!, unit, name);
    const qualified = facts.find((f) => f.qualifier !== "");
    if (qualified)
      throw new ClaimError(this.claimId, `adds ${qualified.id}, which is ${qualified.qualifier}`);
    return this.value(
      {
        name,
        value: facts.reduce((s, f) => s + (meantValue(f) ?? 0), 0),
        unit,
        qualifier: "",
        derivation: `sum:${ids(facts)}`,
      },
      facts,
    );
  }

  /** A date the sentence states: in a template slot of its own, or inside a list. */
  date(period: string, slot?: string): Both {
    if (slot !== undefined) this.dates[slot] = period;
    else if (!this.periods.has(period))
      this.dates[`d${Object.keys(this.dates).length + 1}`] = period;
    this.periods.add(period);
    return { ko: formatClaimDate(period, "ko"), en: formatClaimDate(period, "en") };
  }

  /** Facts the sentence rests on without stating their values (the contenders of a comparison). */
  restsOn(facts: readonly Fact[]): void {
    this.facts.push(...facts);
  }
}

export const ids = (facts: readonly Fact[]): string => facts.map((f) => f.id).join(" ");
