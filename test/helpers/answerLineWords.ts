/**
 * The words of an answer line that none of its quotes holds (CONTRACT §2: every number, date and name of the
 * line appears in a quote of the same answer). The line's own marks are not words of a quote: the article
 * counts "(2 articles)", the " · " between values and the “…” around a clause.
 */
const COUNT = /\(\d+ articles?\)/g;
/** A word: letters and digits, with the dots, commas, hyphens and apostrophes inside it ("U.S", "2,400"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.,-]*[\p{L}\p{N}])?/gu;

export function wordsMissingFromQuotes(line: string, quotes: readonly string[]): string[] {
  const known = new Set(quotes.flatMap((q) => q.match(WORD) ?? []));
  return (line.replace(COUNT, ' ').match(WORD) ?? []).filter((w) => !known.has(w));
}
