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

/** Splits "`unit` 열" into code and text parts: a `backticked` word is shown as <code>. */
export function codeParts(text: string): { text: string; code: boolean }[] {
  const out: { text: string; code: boolean }[] = [];
  text.split(/`([^`]+)`/).forEach((part, i) => {
    if (part !== "") out.push({ text: part, code: i % 2 === 1 });
  });
  return out;
}

/** A Latin run in a Korean text: a word, a domain or a brand name ("acwnews", "ksen.co.kr", "by"). */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9.\-]*(?:\s+[A-Za-z][A-Za-z0-9.\-]*)*/g;

/**
 * Splits a proper name (a publisher, a title as published) into its Latin runs
 * and the rest, so a Korean page can mark the Latin ones lang="en". With names,
 * only those exact names are marked (for sentences that mention a publisher).
 */
export function latinParts(
  text: string,
  names?: readonly string[],
): { text: string; en: boolean }[] {
  const out: { text: string; en: boolean }[] = [];
  const pattern = names
    ? names.length === 0
      ? null
      : new RegExp(
          [...names]
            .sort((a, b) => b.length - a.length)
            .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
            .join("|"),
          "g",
        )
    : LATIN_RUN;
  let last = 0;
  for (const m of pattern ? text.matchAll(pattern) : []) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at), en: false });
    out.push({ text: m[0], en: true });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), en: false });
  return out;
}
