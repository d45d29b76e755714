import { describe, expect, it } from 'vitest';
import { type AnswerKind, findValues } from './answerValues.js';
import { currentValues, placeMeant } from './claimSlots.js';

const current = (sentence: string, kind: AnswerKind) =>
  currentValues(sentence, findValues(sentence, kind)).map((v) => v.text);

describe('currentValues', () => {
  it('leaves out the value a sentence tells as what was before a change', () => {
    expect(current('The ferry, originally due in May, will now sail in August.', 'date')).toEqual(['August']);
    expect(current('The opening was pushed back from May to August.', 'date')).toEqual(['August']);
    expect(current('The bill rose to £5.1 million, up from £4.2 million.', 'amount')).toEqual([
      '£5.1 million',
    ]);
    expect(current('The office revised the toll down to 16 from 19 on Friday.', 'count')).toEqual(['16']);
  });

  it('keeps every value of a sentence that tells no change, or only what was', () => {
    expect(current('The ferry sails in May and again in August.', 'date')).toEqual(['May', 'August']);
    expect(current('The pier was originally built in 1896.', 'date')).toEqual(['1896']);
  });
});

describe('placeMeant', () => {
  it('reads "this country" as the place its article last named, and a source after "according to" as none', () => {
    const before = 'Lawmakers in Quell met on Tuesday. According to Dovra Radio, the chairman said: ';
    expect(placeMeant('this country', before)).toBe('Quell');
    expect(placeMeant('the region', 'Nothing is named here.')).toBe('the region');
    expect(placeMeant('Tavor', before)).toBe('Tavor');
  });
});
