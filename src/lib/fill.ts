/** Fills "{name}" slots of an interface string; a slot left unfilled is a bug, so it throws. */
export function fill(template: string, values: Record<string, string | number>): string {
  const out = template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (!(k in values)) throw new Error(`no value for {${k}} in "${template}"`);
    return String(values[k]);
  });
  return out;
}
