/**
 * Fills "{slot}" in an interface string; "{slot|은/는}" attaches the Korean
 * particle that fits the slot's text (es-hangul), so no particle is chosen by
 * hand. A slot left unfilled, or a particle after text that does not end in
 * Hangul, is a bug and throws.
 */
import { josa } from "es-hangul";

type Particle = Parameters<typeof josa>[1];
const ENDS_IN_HANGUL = /[\uAC00-\uD7A3]$/u;

export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:\|([^}]+))?\}/g, (_, k: string, particle?: string) => {
    if (!(k in values)) throw new Error(`no value for {${k}} in "${template}"`);
    const text = String(values[k]);
    if (particle === undefined) return text;
    if (!ENDS_IN_HANGUL.test(text))
      throw new Error(
        `particle ${particle} after "${text}" in "${template}": it must end in Hangul`,
      );
    return josa(text, particle as Particle);
  });
}
