import type { ApplicationCommandOptionChoiceData } from 'discord.js';

/** Discord shows at most 25 suggestions, each name and value at most 100 characters. */
export const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/** Folds case and accents so "jose" finds "José". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * The values matching what the user has typed so far: those starting with it first, then those with a word
 * starting with it, then those containing it; each group in the engine's order. Nothing typed: the first 25.
 */
export function suggest(
  values: readonly string[],
  typed: string,
): ApplicationCommandOptionChoiceData<string>[] {
  const q = fold(typed);
  const unique = [...new Set(values)].filter((v) => v.length > 0 && v.length <= MAX_CHOICE_LENGTH);
  const rank = (value: string): number => {
    if (!q) return 0;
    const v = fold(value);
    if (v.startsWith(q)) return 0;
    if (v.split(/[\s\-'’.]+/).some((word) => word.startsWith(q))) return 1;
    return v.includes(q) ? 2 : -1;
  };
  return unique
    .map((value, order) => ({ value, order, rank: rank(value) }))
    .filter((v) => v.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, MAX_CHOICES)
    .map(({ value }) => ({ name: value, value }));
}
