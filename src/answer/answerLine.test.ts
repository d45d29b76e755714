import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsMissingFromQuotes } from '../../test/helpers/answerLineWords.js';
import type { AnswerKind } from '../extract/answerValues.js';
import { answerLine } from './answerLine.js';
import type { Item } from './schema.js';

/** Items quoting invented sentences: each `[file, quote]` one citation, each inner list one item. */
function items(...quotes: [string, string][][]): Item[] {
  return quotes.map((citations) => ({
    text: citations[0]?.[1] ?? '',
    citations: citations.map(([file, quote]) => ({
      file,
      published: null,
      quote,
      start: 0,
      end: quote.length,
    })),
  }));
}

describe('answerLine: a question asking for a value', () => {
  it('gives each quote’s date, with how many articles give it, the most-cited first', () => {
    const line = answerLine(
      'When will the ferry service resume?',
      ['date', 'time'],
      items(
        [['a.txt', 'The operator said the ferry service will resume in March 2027, a year late.']],
        [
          ['b.txt', 'Officials expect the ferry service to resume in May 2026.'],
          ['c.txt', 'The ferry service will resume in May 2026, the council was told.'],
        ],
      ),
    );
    expect(line).toBe('May 2026 (2 articles) · March 2027 (1 article)');
  });

  it('gives a figure as its quote qualifies it: one a qualifier bounds apart is another', () => {
    const line = answerLine(
      'How much did the flood cost the county?',
      ['amount'],
      items(
        [
          ['a.txt', 'The county treasurer said the flood cost the county $40 million.'],
          ['b.txt', 'The flood cost the county about $40 million, officials said.'],
        ],
        [['c.txt', 'A later audit found the flood cost the county more than $40 million.']],
      ),
    );
    expect(line).toBe('$40 million (2 articles) · more than $40 million (1 article)');
  });

  it('counts an article once however often it is quoted', () => {
    const line = answerLine(
      'How many workers were hurt?',
      ['count'],
      items(
        [['a.txt', 'Nine workers were hurt.']],
        [['a.txt', 'In all, nine workers were hurt in the fire.']],
      ),
    );
    expect(line).toBe('Nine (1 article)');
  });

  it('takes the value beside the question’s words, not another of the same kind in the quote', () => {
    const line = answerLine(
      'When will the tunnel reopen?',
      ['date'],
      items([
        [
          'a.txt',
          'Engineers who inspected it in January 2025 said the tunnel will reopen by the end of June 2026.',
        ],
      ]),
    );
    expect(line).toBe('the end of June 2026 (1 article)');
  });

  it('names a person with the role the quote gives, and never the person the question names', () => {
    const line = answerLine(
      'Who replaced Ana Ruiz at the port authority?',
      ['person'],
      items([
        [
          'a.txt',
          'Ana Ruiz was replaced by Tomas Hale, the deputy director of the port authority, on Friday.',
        ],
      ]),
    );
    expect(line).toBe('Tomas Hale, the deputy director of the port authority (1 article)');
  });

  it('never gives a value cut out of a word', () => {
    const line = answerLine(
      'How much will the pier cost?',
      ['amount'],
      items([['a.txt', 'Rebuilding will cost £5.1 million and 90-metre piles will be driven.']]),
    );
    expect(line).toBeNull();
  });

  it('gives the places a list names together, without the preposition', () => {
    const line = answerLine(
      'Where will the crews move?',
      ['place'],
      items([['a.txt', 'The crews will move to Dunmore and Kelby next week.']]),
    );
    expect(line).toBe('Dunmore and Kelby (1 article)');
  });
});

describe('answerLine: why, how and yes/no questions', () => {
  it('quotes the clause that holds the cause, marked where the sentence goes on', () => {
    const line = answerLine(
      'Why did the ferry stop running?',
      ['cause'],
      items([
        ['a.txt', 'The ferry stopped running last week because the harbour wall cracked, the operator said.'],
      ]),
    );
    expect(line).toBe('“The ferry stopped running last week because the harbour wall cracked…”');
  });

  it('quotes the shortest clause that answers and says more than the question and its speaker', () => {
    const line = answerLine(
      'How did the crane fall?',
      [],
      items([
        [
          'a.txt',
          'Witnesses said the crane fell, and it toppled onto the quay after a cable snapped in the wind.',
        ],
      ]),
    );
    expect(line).toBe('“Witnesses said the crane fell, and it toppled onto the quay…”');
  });

  it('gives no line where every clause would cut through a quotation', () => {
    const line = answerLine(
      'What did the mayor say about the budget?',
      [],
      items([
        [
          'a.txt',
          'The mayor said the budget was “fair to every district, whatever the critics claim, and final.”',
        ],
      ]),
    );
    expect(line).toBeNull();
  });

  it('gives no line for a clause about something else than the question', () => {
    const line = answerLine(
      'Can residents of Kelby drink water from the tap again?',
      [],
      items([['a.txt', 'Officials in Kelby said at least 35 residents were moved to shelters.']]),
    );
    expect(line).toBeNull();
  });

  it('gives no line, not a clause, when a question asking for a person is answered by no name', () => {
    const line = answerLine(
      'Who was steering the ferry when the engine failed?',
      ['person'],
      items([['a.txt', 'The ferry drifted for an hour after the engine failed near the quay.']]),
    );
    expect(line).toBeNull();
  });

  it('gives no line for a quote that shares no word with the question', () => {
    expect(
      answerLine('Did the council vote?', [], items([['a.txt', 'Rain fell across the valley all day.']])),
    ).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------
// The promise of the contract: whatever the quotes and the question, the line holds only their words.

const NAMES = ['Ana Ruiz', 'Tomas Hale', 'Dr. Mira Osei', 'Lt. Gen. Pavel Brandt', 'Kelby', 'Dunmore Bay'];
const VALUES = [
  '1896',
  'March 2027',
  'June 4, 2026',
  'about 4,700',
  '90-metre',
  '£5.1 million',
  '3 p.m.',
  '12%',
];
const WORDS = [
  'the',
  'ferry',
  'harbour',
  'crews',
  'said',
  'will',
  'because',
  'after',
  'and',
  'in',
  'to',
  'by',
];
const PUNCTUATION = [',', ';', ' —', ':', '“', '”', '(', ')'];

const sentence = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...NAMES),
      fc.constantFrom(...VALUES),
      fc.constantFrom(...PUNCTUATION),
    ),
    {
      minLength: 1,
      maxLength: 40,
    },
  )
  .map((parts) => `${parts.join(' ')}.`);
const question = fc
  .tuple(
    fc.constantFrom('When', 'How many', 'Who', 'Where', 'Why', 'How', 'Did', 'How much', 'What time'),
    fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...NAMES), fc.constantFrom(...VALUES)), {
      maxLength: 8,
    }),
  )
  .map(([wh, rest]) => `${wh} ${rest.join(' ')}?`);
const kinds = fc.subarray([
  'date',
  'time',
  'count',
  'amount',
  'measure',
  'person',
  'place',
  'cause',
] as AnswerKind[]);
const answerItems = fc.array(
  fc.array(fc.tuple(fc.constantFrom('a.txt', 'b.txt', 'c.txt'), sentence), { minLength: 1, maxLength: 3 }),
  { minLength: 1, maxLength: 4 },
);

describe('answerLine: property', () => {
  it('holds no number, date or name that is not in its answer’s quotes', () => {
    fc.assert(
      fc.property(question, kinds, answerItems, (q, k, quoted) => {
        const answered = items(...quoted);
        const line = answerLine(q, k, answered);
        if (line === null) return;
        const quotes = answered.flatMap((i) => i.citations.map((c) => c.quote));
        expect(wordsMissingFromQuotes(line, quotes)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('can fail: a word that only the question holds is caught', () => {
    expect(wordsMissingFromQuotes('Kelby (1 article)', ['The crews moved to Dunmore Bay.'])).toEqual([
      'Kelby',
    ]);
  });
});
