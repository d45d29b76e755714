import { describe, expect, it } from 'vitest';
import { quotedCitation } from '../../test/helpers/quotedCitation.js';
import type { Answer } from '../answer/schema.js';
import { renderWhoText } from './whoText.js';

const quote = quotedCitation;

describe('renderWhoText', () => {
  it('shows each person with their roles, the quotes under them, and name clashes last', () => {
    const answer: Answer = {
      command: 'who',
      query: 'Nouri',
      status: 'answered',
      items: [
        {
          text: '',
          name: 'Farid Nouri',
          roles: ['adviser to Governor Sam Pike'],
          citations: [quote('b.txt', '2024-06-03', 'Farid Nouri, adviser to Governor Sam Pike, said it.')],
        },
        {
          text: '',
          name: 'Karim Nouri',
          roles: [],
          citations: [quote('c.txt', null, 'Karim Nouri told reporters.')],
        },
      ],
      conflicts: [
        {
          about: 'the name of the adviser to Governor Sam Pike',
          items: [0, 1],
          note: 'Farid Nouri (b.txt, 2024-06-03) vs Karim Nouri (c.txt, undated)',
        },
      ],
    };
    expect(renderWhoText(answer).split('\n')).toEqual([
      '  1. Farid Nouri — adviser to Governor Sam Pike',
      '     > Farid Nouri, adviser to Governor Sam Pike, said it.',
      '       — b.txt · 2024-06-03',
      '',
      '  2. Karim Nouri — no role given',
      '     > Karim Nouri told reporters.',
      '       — c.txt · undated',
      '',
      '! Sources disagree on the name of the adviser to Governor Sam Pike: Farid Nouri (b.txt, 2024-06-03) vs Karim Nouri (c.txt, undated) (items 1, 2)',
    ]);
  });

  it('says when no one matches', () => {
    expect(
      renderWhoText({
        command: 'who',
        query: 'Angela Merkel',
        status: 'not_found',
        items: [],
        conflicts: [],
      }),
    ).toBe('No one in the articles matches "Angela Merkel".');
  });
});
