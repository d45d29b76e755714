import { describe, expect, it } from 'vitest';
import { type AnswerKind, findValues } from './answerValues.js';
import { clauseAt, currentValues, placeFor, placeMeant, sourceIn } from './claimSlots.js';

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
    expect(current('Strikers at the mill went from 1,100 to about 1,450.', 'count')).toEqual(['about 1,450']);
    expect(current('The toll was revised to 1,040 from 1,120.', 'count')).toEqual(['1,040']);
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

describe('the slots of a figure read around it', () => {
  const slot = (sentence: string, figure: string) => {
    const start = sentence.indexOf(figure);
    const value = { start, end: start + figure.length };
    const clause = clauseAt(sentence, value);
    return { place: placeFor(sentence, clause, value, [value]), source: sourceIn(sentence, clause, value) };
  };

  it('reads a place opening the sentence ("In Holm Ferry, officials counted 310")', () => {
    expect(slot('In Holm Ferry, officials counted 310 damaged homes.', '310').place).toBe('Holm Ferry');
    expect(slot('At least 30 homes were damaged.', '30').place).toBeNull();
  });

  it('reads the source past an appositive, and keeps a name of several words capitalised', () => {
    expect(
      slot("The province's damage assessment, published on Monday, put the number at 850.", '850').source,
    ).toBe("the province's damage assessment");
    expect(
      slot(
        'Currently, Selka has 5,000 troops in the region, the majority of them marines, says General Ode.',
        '5,000',
      ).source,
    ).not.toBe('in the region');
    expect(
      slot('Delta Air Lines, one of the hardest-hit, said 600 flights were cancelled.', '600').source,
    ).toBe('Delta Air Lines');
  });

  it('reads no place where a source spoke: "told a briefing in Belgrav that 14 villages …"', () => {
    expect(
      slot('The director told a briefing in Varn that 14 villages remained cut off.', '14').place,
    ).toBeNull();
    expect(slot('Officials said 14 villages in Varn remained cut off.', '14').place).toBe('Varn');
  });

  it('reads the source before its auxiliaries, and none for a passive ("the cost is estimated at")', () => {
    expect(slot('The Orvel ministry has now put the cost of the repairs at €45 million.', '45').source).toBe(
      'the Orvel ministry',
    );
    expect(slot('Mayor Ines Varo now estimates the total bill at €72 million.', '72').source).toBe(
      'Mayor Ines Varo',
    );
    expect(slot("The program's total cost is estimated at $86 million.", '86').source).toBeNull();
  });

  it('reads the source before the day it spoke on ("The Chamber of Commerce on Thursday estimated")', () => {
    expect(
      slot('The Velsk Chamber of Commerce on Thursday estimated the cost at 38 million crowns.', '38').source,
    ).toBe('Velsk Chamber of Commerce');
  });
});
