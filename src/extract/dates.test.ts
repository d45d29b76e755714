import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DateMention, readDates } from './dates.js';

/** What a case pins of each mention; fields left out are not checked. */
type Expected = Partial<Omit<DateMention, 'start' | 'end'>>;

/** A Tuesday: "Tuesday" is that day, "Thursday" (told in the past) the one before. */
const REF = '2025-09-30';

const CASES: [sentence: string, reference: string | null, expected: Expected[]][] = [
  // Bare years, which chrono alone does not read.
  [
    'The treaty was signed in 1998.',
    null,
    [{ text: '1998', iso: '1998', precision: 'year', relative: false }],
  ],
  ['Since 2022, the agency has doubled its staff.', null, [{ iso: '2022', precision: 'year' }]],
  ['He cited the 2008 agreement between the two states.', null, [{ text: '2008', iso: '2008' }]],
  [
    'The group published its method in 1991 and revised it in 2009.',
    null,
    [{ iso: '1991' }, { iso: '2009' }],
  ],
  // Qualifiers kept, with the period as precise as the words.
  [
    'The rebels were defeated in late 2017.',
    null,
    [{ text: 'late 2017', iso: '2017', qualifier: 'late', deadline: false }],
  ],
  [
    'Construction should finish by mid-2027.',
    null,
    [{ text: 'mid-2027', iso: '2027', qualifier: 'mid', deadline: true }],
  ],
  [
    'Sales slumped in the summer of 2019.',
    null,
    [{ text: 'the summer of 2019', iso: '2019', qualifier: 'summer' }],
  ],
  // Absolute months and days.
  [
    'The plant closed in March 2024.',
    null,
    [{ text: 'March 2024', iso: '2024-03', precision: 'month', relative: false }],
  ],
  ['Voting ends on Oct. 1, 2025.', null, [{ text: 'Oct. 1, 2025', iso: '2025-10-01', precision: 'day' }]],
  ['The report was published on 14 February 2023.', null, [{ iso: '2023-02-14', precision: 'day' }]],
  ['The ship hit the span on Tuesday, March 26, 2024.', null, [{ iso: '2024-03-26', relative: false }]],
  ['Talks between the two sides began in January 2024.', null, [{ iso: '2024-01' }]],
  // Deadlines.
  [
    'Troops will leave by "no later than the end of September 2025" under the deal.',
    null,
    [
      {
        text: 'the end of September 2025',
        iso: '2025-09',
        precision: 'month',
        qualifier: 'end',
        deadline: true,
      },
    ],
  ],
  ['The mission will end by September 2026.', null, [{ iso: '2026-09', deadline: true }]],
  ['Forces are set to remain until September 2026.', null, [{ iso: '2026-09', deadline: true }]],
  [
    'A replacement was to be completed by late 2028.',
    null,
    [{ iso: '2028', qualifier: 'late', deadline: true }],
  ],
  // Ranges.
  ['Prices rose from 2019 to 2021.', null, [{ text: '2019 to 2021', iso: '2019', through: '2021' }]],
  ['The war lasted from 1914-1918.', null, [{ text: '1914-1918', iso: '1914', through: '1918' }]],
  [
    'Output fell between March and May 2024.',
    null,
    [{ iso: '2024-03', through: '2024-05', relative: false }],
  ],
  // Relative, resolved against the publication date.
  [
    'On Tuesday, the minister resigned.',
    REF,
    [{ text: 'Tuesday', iso: '2025-09-30', precision: 'day', relative: true }],
  ],
  ['The council met on Thursday.', REF, [{ iso: '2025-09-25' }]],
  ['Officials said yesterday that the road would reopen.', REF, [{ iso: '2025-09-29', relative: true }]],
  [
    'A deal was struck with the capital last year.',
    REF,
    [{ text: 'last year', iso: '2024', precision: 'year', relative: true }],
  ],
  ['The storm hit the coast two years ago.', REF, [{ iso: '2023', precision: 'year' }]],
  [
    'The talks resumed this week.',
    REF,
    [{ text: 'this week', iso: '2025-09', precision: 'month', relative: true }],
  ],
  [
    'The vote is set for this September.',
    '2025-07-09',
    [{ text: 'this September', iso: '2025-09', relative: true }],
  ],
  ['Elections are due next March.', REF, [{ text: 'next March', iso: '2026-03' }]],
  [
    'The announcement came in early July.',
    REF,
    [{ text: 'early July', iso: '2025-07', qualifier: 'early', relative: true }],
  ],
  ['He resigned in April.', REF, [{ iso: '2025-04', precision: 'month' }]],
  ['He resigned in April.', '2025-03-10', [{ iso: '2024-04' }]],
  [
    'Earlier this year, the board met.',
    REF,
    [{ text: 'Earlier this year', iso: '2025', qualifier: 'earlier' }],
  ],
  [
    'On September 2, the two leaders met.',
    '2025-09-07',
    [{ text: 'September 2', iso: '2025-09-02', relative: true }],
  ],
  [
    'The board approved a contract Aug. 29 for the work.',
    '2024-10-24',
    [{ text: 'Aug. 29', iso: '2024-08-29' }],
  ],
  // Told in the past, a day months back is last year's, not (as chrono's nearest-date rule has it) next year's.
  ['The ship struck the bridge on March 26.', '2024-10-24', [{ iso: '2024-03-26' }]],
  // Relative without a reference: kept, never guessed.
  [
    'On Tuesday, the minister resigned.',
    null,
    [{ text: 'Tuesday', iso: null, precision: 'day', relative: true }],
  ],
  ['A deal was struck with the capital last year.', null, [{ iso: null, precision: 'year', relative: true }]],
  ['The law took effect Jan. 1.', null, [{ text: 'Jan. 1', iso: null, relative: true }]],
  ['The announcement came in early July.', null, [{ iso: null, qualifier: 'early', precision: 'month' }]],
  ['Earlier this year, in April, the envoy visited.', null, [{ iso: null }, { text: 'April', iso: null }]],
  // A numeric date that reads two ways: only the year is certain.
  ['The decree is dated 07/09/2025.', null, [{ iso: '2025', precision: 'year' }]],
  // Not dates: ages, counts, money, measures, compounds, clock times alone, durations from another event.
  ['Luna, 49, was a father of five.', REF, []],
  ['About 2,400 troops remain in the country.', REF, []],
  ['The project will cost $1.7 billion.', REF, []],
  ['The channel is 700 feet wide and 50 feet deep.', REF, []],
  ['The 24-page report details the findings.', REF, []],
  ['The crash happened around 1:30 a.m. near the pier.', REF, []],
  ['Protesters march on the capital.', REF, []],
  ['Nearly seven months after the disaster, a settlement came.', REF, []],
  ['They have maintained the waterway for the last 107 years.', REF, []],
  ['A further 2000 people were evacuated.', REF, []],
  ['In the 1990s the town grew quickly.', REF, []],
  ['A 2000-strong force crossed the river.', REF, []],
  ['It may rain, and he sat down to wait.', REF, []],
  ['The blackout came about 10 hours earlier.', REF, []],
];

describe('readDates', () => {
  it.each(CASES)('%s (reference %s)', (sentence, reference, expected) => {
    const mentions = readDates(sentence, reference);
    expect(mentions).toHaveLength(expected.length);
    for (const [i, e] of expected.entries()) expect(mentions[i]).toMatchObject(e);
  });

  it('places a day told in the future on or after the reference', () => {
    const sentence = 'Teams will resume the search on Wednesday.';
    expect(readDates(sentence, REF)[0]?.iso).toBe('2025-09-24');
    expect(readDates(sentence, REF, { tenseAt: () => 'future' })[0]?.iso).toBe('2025-10-01');
    expect(readDates('The vote will be held on March 3.', REF, { tenseAt: () => 'future' })[0]?.iso).toBe(
      '2026-03-03',
    );
  });

  it('cuts every mention from the text it read, at its offsets', () => {
    const fragment = fc.constantFrom(
      'in 2014',
      'late 2017',
      'on Tuesday',
      'by September 2026',
      'Aug. 29',
      'last year',
      '2,400 troops',
      'Luna, 49,',
      'at 6 a.m. Wednesday',
      'from 2019 to 2021',
      'the',
      'said',
      '.',
      ',',
      'March',
      'may',
    );
    const sentence = fc
      .array(fc.oneof(fragment, fc.string({ maxLength: 6 })), { maxLength: 10 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(sentence, fc.constantFrom(REF, null), (text, reference) => {
        for (const m of readDates(text, reference)) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          if (m.iso)
            expect(m.iso).toMatch(
              { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ }[m.precision],
            );
          if (!reference && m.relative) expect(m.iso).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});
