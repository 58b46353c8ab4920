/** First-seen order of a key over the rows (the printed order; never a ranking). */
export function firstSeen<T>(items: readonly T[], key: (item: T) => string): string[] {
  return [...new Set(items.map(key))];
}
