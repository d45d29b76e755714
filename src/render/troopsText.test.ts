import { describe, expect, it } from 'vitest';
import { quotedCitation } from '../../test/helpers/quotedCitation.js';
import type { Answer, Item } from '../answer/schema.js';
import { renderTroopsText } from './troopsText.js';

const quote = quotedCitation;

const ANSWER: Answer = {
  command: 'troops',
  query: '',
  status: 'answered',
  items: [
    {
      text: '',
      figure: '1,800',
      qualifier: 'about',
      unit: 'troops',
      force: 'French',
      place: 'Mali',
      when: 'current',
      attribution: 'military estimates',
      citations: [quote('a.txt', null, 'Estimates put it at about 1,800.')],
    },
    {
      text: '',
      figure: '2,200',
      qualifier: 'over',
      unit: 'troops',
      force: 'French',
      place: 'Mali',
      when: null,
      attribution: 'officials',
      citations: [quote('b.txt', '2022-03-15', 'Officials say over 2,200.')],
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
      about: 'French troops in Mali',
      items: [0, 1],
      note: 'about 1,800 (military estimates) vs over 2,200 (officials)',
    },
  ],
};

describe('renderTroopsText', () => {
  it('puts figures under their place, each with its quote, file and date, and the disagreement last', () => {
    expect(renderTroopsText(ANSWER).split('\n')).toEqual([
      'Mali',
      '  1. about 1,800 troops (French; current; per military estimates)',
      '     > Estimates put it at about 1,800.',
      '       — a.txt · undated',
      '  2. over 2,200 troops (French; per officials)',
      '     > Officials say over 2,200.',
      '       — b.txt · 2022-03-15',
      '',
      'Place not stated',
      '  3. hundreds of troops',
      '     > Hundreds of troops will leave.',
      '       — c.txt · undated',
      '',
      '! Sources disagree on French troops in Mali: about 1,800 (military estimates) vs over 2,200 (officials) (items 1, 2)',
    ]);
  });

  it('names the place on each line when a question’s best-first order mixes places, so no heading repeats', () => {
    const [mali, other, unplaced] = ANSWER.items as [Item, Item, Item];
    const mixed = { ...ANSWER, items: [mali, unplaced, { ...other, place: 'Mali' }], conflicts: [] };
    expect(
      renderTroopsText(mixed)
        .split('\n')
        .filter((l) => /^\s+\d\./.test(l)),
    ).toEqual([
      '  1. about 1,800 troops in Mali (French; current; per military estimates)',
      '  2. hundreds of troops',
      '  3. over 2,200 troops in Mali (French; per officials)',
    ]);
    expect(renderTroopsText(mixed)).not.toMatch(/^(Mali|Place not stated)$/m);
  });

  it('says when there is nothing to list', () => {
    expect(
      renderTroopsText({ ...ANSWER, query: 'Kabul', status: 'not_found', items: [], conflicts: [] }),
    ).toBe('The articles give no troop figures for "Kabul".');
  });
});
