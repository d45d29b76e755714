import type { Answer } from './schema.js';

/**
 * The answer's first `limit` items (`--limit`). A conflict points at items by index: it keeps the items
 * still shown, and is dropped when fewer than two are left, since one item disagrees with nothing.
 */
export function limitItems(answer: Answer, limit: number): Answer {
  if (answer.items.length <= limit) return answer;
  const conflicts = answer.conflicts
    .map((c) => ({ ...c, items: c.items.filter((i) => i < limit) }))
    .filter((c) => c.items.length >= 2);
  return { ...answer, items: answer.items.slice(0, limit), conflicts };
}
