import { describe, expect, it } from 'vitest';
import type { Answer } from '../answer/schema.js';
import { renderTroopsText } from './troopsText.js';

const quote = (file: string, published: string | null, q: string) => ({
  file,
  published,
  quote: q,
  start: 0,
  end: q.length,
});

const ANSWER: Answer = {
  command: 'troops',
  query: '',
  status: 'answered',
  items: [
    {
      text: '',
      figure: '2,500',
      qualifier: 'about',
      unit: 'troops',
      force: 'US',
      place: 'Iraq',
      when: 'current',
      attribution: 'military estimates',
      citations: [quote('a.txt', null, 'Estimates put it at about 2,500.')],
    },
    {
      text: '',
      figure: '3,000',
      qualifier: 'over',
      unit: 'troops',
      force: 'US',
      place: 'Iraq',
      when: null,
      attribution: 'officials',
      citations: [quote('b.txt', '2025-10-01', 'Officials say over 3,000.')],
    },
    {
      text: '',
      figure: 'hundreds of',
      qualifier: null,
      unit: 'troops',
      force: null,
      place: null,
      when: null,
      attribution: null,
      citations: [quote('c.txt', null, 'Hundreds of troops will leave.')],
    },
  ],
  conflicts: [
    {
      about: 'US troops in Iraq',
      items: [0, 1],
      note: 'about 2,500 (military estimates) vs over 3,000 (officials)',
    },
  ],
};

describe('renderTroopsText', () => {
  it('puts figures under their place, each with its quote, file and date, and the disagreement last', () => {
    expect(renderTroopsText(ANSWER).split('\n')).toEqual([
      'Iraq',
      '  1. about 2,500 troops (US; current; per military estimates)',
      '     > Estimates put it at about 2,500.',
      '       — a.txt · undated',
      '  2. over 3,000 troops (US; per officials)',
      '     > Officials say over 3,000.',
      '       — b.txt · 2025-10-01',
      '',
      'Place not stated',
      '  3. hundreds of troops',
      '     > Hundreds of troops will leave.',
      '       — c.txt · undated',
      '',
      '! Sources disagree on US troops in Iraq: about 2,500 (military estimates) vs over 3,000 (officials) (items 1, 2)',
    ]);
  });

  it('says when there is nothing to list', () => {
    expect(
      renderTroopsText({ ...ANSWER, query: 'Kabul', status: 'not_found', items: [], conflicts: [] }),
    ).toBe('The articles give no troop figures for "Kabul".');
  });
});
