import { ownEntry } from './ownEntry.js';
import type { Token } from './terms.js';

/**
 * Names that end in a common noun, by that noun: "the Dunmore River" files "dunmore" under "river", so a
 * question's "river" reaches an article's later bare "the Dunmore", and "the bay" its "Port Halvey".
 * A name counts each time it is written; a question reads the most written ones (`namesCalled`).
 */
export type NameHeads = Record<string, Record<string, number>>;

/** Names a question's common noun may stand for, at most. */
export const MAX_NAMES_PER_HEAD = 5;

/**
 * Counts the names of a token list into `heads`: runs of adjacent capitalised words (two or more) whose last
 * word is an English common noun (`english`: WordNet's word counts) are that noun's names.
 */
export function countNameHeads(
  tokens: readonly Token[],
  english: Record<string, number>,
  heads: NameHeads,
): void {
  let run: Token[] = [];
  const flush = () => {
    const head = run[run.length - 1];
    if (run.length >= 2 && head && (ownEntry(english, head.term) ?? 0) > 0) {
      const names = ownEntry(heads, head.term) ?? {};
      const name = run
        .slice(0, -1)
        .map((t) => t.term)
        .join(' ');
      names[name] = (ownEntry(names, name) ?? 0) + 1;
      heads[head.term] = names;
    }
    run = [];
  };
  for (const t of tokens) {
    const last = run[run.length - 1];
    if (last && t.start - last.end > 1) flush();
    if (t.capitalised && !t.numeric) run.push(t);
    else flush();
  }
  flush();
}

/** The names most often written with a common noun as their last word, most written first. */
export function namesCalled(heads: NameHeads, noun: string): string[] {
  return Object.entries(ownEntry(heads, noun) ?? {})
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_NAMES_PER_HEAD)
    .map(([name]) => name);
}
