import { describe, expect, it } from 'vitest';
import { findValues } from './answerValues.js';

const dates = (text: string) => findValues(text, 'date').map((v) => v.text);

describe('findValues: dates', () => {
  it('reads a month named alone, also at the end of a sentence', () => {
    expect(dates('Crews will return to the site in October.')).toEqual(['October']);
    expect(dates('In March the port reopened.')).toEqual(['March']);
  });

  it('reads no date in the verbs "may" and "march"', () => {
    expect(dates('It may rain, and the unions march on.')).toEqual([]);
  });

  it('reads a full date as one value', () => {
    expect(dates('The pier opened on June 4, 2024, after repairs.')).toEqual(['June 4, 2024']);
  });
});
