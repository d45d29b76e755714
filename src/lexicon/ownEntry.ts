/**
 * A record's own entry for a key. Words are keys here, and a plain object also answers "constructor"
 * (and the like) from its prototype: an article using that word would otherwise count a function.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
