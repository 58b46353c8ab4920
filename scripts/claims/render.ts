/**
 * Fills a claim template. "{slot}" is replaced by the slot's text;
 * "{slot|이/가}" also attaches the Korean particle that fits the text, from
 * es-hangul. A particle after text that does not end in Hangul (a bare number,
 * a Latin word) cannot be chosen by sound, so it stops the build.
 */
import { josa } from "es-hangul";
import { ClaimError } from "./claimError.ts";

type Particle = Parameters<typeof josa>[1];
const PARTICLES = new Set<string>(["이/가", "을/를", "은/는", "으로/로", "와/과", "이나/나"]);
const ENDS_IN_HANGUL = /[\uAC00-\uD7A3][\s)」』”"]*$/u;

export function render(claimId: string, template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)(?:\|([^}]+))?\}/g, (_, name: string, particle?: string) => {
    const text = slots[name];
    if (text === undefined)
      throw new ClaimError(claimId, `no value for {${name}} in "${template}"`);
    if (particle === undefined) return text;
    if (!PARTICLES.has(particle))
      throw new ClaimError(claimId, `unknown particle "${particle}" in "${template}"`);
    if (!ENDS_IN_HANGUL.test(text))
      throw new ClaimError(
        claimId,
        `particle ${particle} after "${text}", which does not end in Hangul: give the number its counter`,
      );
    const bare = text.replace(/[\s)」』”"]+$/u, "");
    return text + josa(bare, particle as Particle).slice(bare.length);
  });
}
