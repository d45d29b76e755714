/**
 * Answers kept per index version: a bare listing (every event, every figure) reads the whole corpus, and
 * changes only with the articles. Kept per source map (the events or figures the index holds) and version,
 * by key (a listing's bounds and options); a version's first listing after a change is made anew.
 */
export class KeptPerVersion<V> {
  private readonly kept = new WeakMap<object, { version: number; values: Map<string, V> }>();

  /** @param max Listings kept per version at most; the oldest goes first. */
  constructor(private readonly max: number) {}

  get(source: object, version: number, key: string, make: () => V): V {
    let kept = this.kept.get(source);
    if (!kept || kept.version !== version) {
      kept = { version, values: new Map() };
      this.kept.set(source, kept);
    }
    const cached = kept.values.get(key);
    if (cached !== undefined) return cached;
    const value = make();
    if (kept.values.size >= this.max) kept.values.delete(kept.values.keys().next().value as string);
    kept.values.set(key, value);
    return value;
  }
}
