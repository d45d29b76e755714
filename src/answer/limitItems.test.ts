import { describe, expect, it } from 'vitest';
import { limitItems } from './limitItems.js';
import type { Answer } from './schema.js';

const item = (text: string) => ({ text, citations: [] });
const answer: Answer = {
  command: 'troops',
  query: '',
  status: 'answered',
  items: ['a', 'b', 'c', 'd'].map(item),
  conflicts: [
    { about: 'first three', items: [0, 1, 2], note: '1 vs 2 vs 3' },
    { about: 'last two', items: [1, 3], note: '2 vs 4' },
  ],
};

describe('limitItems', () => {
  it('keeps the first items and, of each disagreement, the items still shown', () => {
    const limited = limitItems(answer, 2);
    expect(limited.items.map((i) => i.text)).toEqual(['a', 'b']);
    expect(limited.conflicts).toEqual([{ about: 'first three', items: [0, 1], note: '1 vs 2 vs 3' }]);
  });

  it('drops a disagreement left with one item, and leaves an answer within the limit as it is', () => {
    expect(limitItems(answer, 1).conflicts).toEqual([]);
    expect(limitItems(answer, 4)).toEqual(answer);
  });
});
