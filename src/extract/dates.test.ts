import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DateMention, readDates } from './dates.js';

/** What a case pins of each mention; fields left out are not checked. */
type Expected = Partial<Omit<DateMention, 'start' | 'end'>>;

/** A Tuesday: "Tuesday" is that day, "Thursday" (told in the past) the one before. */
const REF = '2022-11-15';

const CASES: [sentence: string, reference: string | null, expected: Expected[]][] = [
  // Bare years, which chrono alone does not read.
  [
    'The treaty was signed in 1998.',
    null,
    [{ text: '1998', iso: '1998', precision: 'year', relative: false }],
  ],
  ['Since 2016, the agency has doubled its staff.', null, [{ iso: '2016', precision: 'year' }]],
  ['He cited the 1994 agreement between the two states.', null, [{ text: '1994', iso: '1994' }]],
  [
    'The group published its method in 1987 and revised it in 2003.',
    null,
    [{ iso: '1987' }, { iso: '2003' }],
  ],
  // Qualifiers kept, with the period as precise as the words.
  [
    'The rebels were defeated in late 2013.',
    null,
    [{ text: 'late 2013', iso: '2013', qualifier: 'late', deadline: false }],
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
    'The plant closed in June 2016.',
    null,
    [{ text: 'June 2016', iso: '2016-06', precision: 'month', relative: false }],
  ],
  ['Voting ends on Oct. 4, 2021.', null, [{ text: 'Oct. 4, 2021', iso: '2021-10-04', precision: 'day' }]],
  ['The report was published on 14 February 2023.', null, [{ iso: '2023-02-14', precision: 'day' }]],
  ['The truck hit the overpass on Thursday, May 16, 2019.', null, [{ iso: '2019-05-16', relative: false }]],
  ['Talks between the two sides began in February 2021.', null, [{ iso: '2021-02' }]],
  // Deadlines.
  [
    'Staff will leave by "no later than the end of November 2027" under the deal.',
    null,
    [
      {
        text: 'the end of November 2027',
        iso: '2027-11',
        precision: 'month',
        qualifier: 'end',
        deadline: true,
      },
    ],
  ],
  ['The programme will end by October 2028.', null, [{ iso: '2028-10', deadline: true }]],
  ['Inspectors are set to remain until October 2028.', null, [{ iso: '2028-10', spanEnd: true }]],
  [
    'A new terminal was to be completed by late 2031.',
    null,
    [{ iso: '2031', qualifier: 'late', deadline: true }],
  ],
  // Ranges.
  ['Prices rose from 2019 to 2021.', null, [{ text: '2019 to 2021', iso: '2019', through: '2021' }]],
  ['The war lasted from 1914-1918.', null, [{ text: '1914-1918', iso: '1914', through: '1918' }]],
  [
    'Output fell between March and May 2018.',
    null,
    [{ iso: '2018-03', through: '2018-05', relative: false }],
  ],
  // Relative, resolved against the publication date.
  [
    'On Tuesday, the minister resigned.',
    REF,
    [{ text: 'Tuesday', iso: '2022-11-15', precision: 'day', relative: true }],
  ],
  ['The council met on Thursday.', REF, [{ iso: '2022-11-10' }]],
  ['Officials said yesterday that the road would reopen.', REF, [{ iso: '2022-11-14', relative: true }]],
  [
    'A pact was signed with the capital last year.',
    REF,
    [{ text: 'last year', iso: '2021', precision: 'year', relative: true }],
  ],
  ['The storm hit the coast two years ago.', REF, [{ iso: '2020', precision: 'year' }]],
  [
    'The talks resumed this week.',
    REF,
    [{ text: 'this week', iso: '2022-11', precision: 'month', relative: true }],
  ],
  [
    'The vote is set for this September.',
    '2022-06-14',
    [{ text: 'this September', iso: '2022-09', relative: true }],
  ],
  ['Elections are due next March.', REF, [{ text: 'next March', iso: '2023-03' }]],
  // The year told after the month: one date, the reference's year moved by the words.
  [
    'The dam failed before dawn on 13 October last year.',
    REF,
    [{ text: '13 October last year', iso: '2021-10-13', precision: 'day' }],
  ],
  ['Elections are due in March next year.', REF, [{ text: 'March next year', iso: '2023-03' }]],
  [
    'The ruling came in early August.',
    REF,
    [{ text: 'early August', iso: '2022-08', qualifier: 'early', relative: true }],
  ],
  ['He resigned in April.', REF, [{ iso: '2022-04', precision: 'month' }]],
  ['He resigned in April.', '2021-03-10', [{ iso: '2020-04' }]],
  [
    'Earlier this year, the board met.',
    REF,
    [{ text: 'Earlier this year', iso: '2022', qualifier: 'earlier' }],
  ],
  [
    'On November 3, the two leaders met.',
    '2021-11-08',
    [{ text: 'November 3', iso: '2021-11-03', relative: true }],
  ],
  [
    'The council approved a lease Aug. 17 for the work.',
    '2023-09-12',
    [{ text: 'Aug. 17', iso: '2023-08-17' }],
  ],
  // Told in the past, a day months back is last year's, not (as chrono's nearest-date rule has it) next year's.
  ['The truck struck the overpass on March 19.', '2023-10-17', [{ iso: '2023-03-19' }]],
  // Relative without a reference: kept, never guessed.
  [
    'On Tuesday, the minister resigned.',
    null,
    [{ text: 'Tuesday', iso: null, precision: 'day', relative: true }],
  ],
  ['A pact was signed with the capital last year.', null, [{ iso: null, precision: 'year', relative: true }]],
  ['The law took effect Jan. 1.', null, [{ text: 'Jan. 1', iso: null, relative: true }]],
  ['The ruling came in early August.', null, [{ iso: null, qualifier: 'early', precision: 'month' }]],
  ['Earlier this year, in June, the envoy visited.', null, [{ iso: null }, { text: 'June', iso: null }]],
  // A numeric date that reads two ways: only the year is certain.
  ['The decree is dated 05/08/2019.', null, [{ iso: '2019', precision: 'year' }]],
  // Not dates: ages, counts, money, measures, compounds, clock times alone, durations from another event.
  ['Ortiz, 52, was a father of three.', REF, []],
  ['About 1,300 troops remain in the country.', REF, []],
  ['The project will cost $2.3 billion.', REF, []],
  ['The canal is 300 feet wide and 40 feet deep.', REF, []],
  ['The 36-page report details the findings.', REF, []],
  ['The crash happened around 2:45 a.m. near the dock.', REF, []],
  ['Protesters march on the capital.', REF, []],
  ['Nearly five months after the flood, a ruling came.', REF, []],
  ['They have maintained the canal for the last 85 years.', REF, []],
  ['A further 1900 people were evacuated.', REF, []],
  ['In the 1990s the town grew quickly.', REF, []],
  ['A 1800-strong force crossed the river.', REF, []],
  ['It may rain, and he sat down to wait.', REF, []],
  ['PORTO DO MAR — Fishing boats stayed in harbour.', REF, []],
  ['The outage came about 6 hours earlier.', REF, []],
  ['The siege came nearly 2 1/2 years after the war began.', REF, []],
  ['The road runs 3/4 mile along the shore.', REF, []],
  ['The fort was built around 44 BC March by the river.', REF, []],
];

describe('readDates', () => {
  it.each(CASES)('%s (reference %s)', (sentence, reference, expected) => {
    const mentions = readDates(sentence, reference);
    expect(mentions).toHaveLength(expected.length);
    for (const [i, e] of expected.entries()) expect(mentions[i]).toMatchObject(e);
  });

  it('places a day told in the future on or after the reference', () => {
    const sentence = 'Inspectors will resume the audit on Wednesday.';
    expect(readDates(sentence, REF)[0]?.iso).toBe('2022-11-09');
    expect(readDates(sentence, REF, { tenseAt: () => 'future' })[0]?.iso).toBe('2022-11-16');
    expect(readDates('The vote will be held on March 3.', REF, { tenseAt: () => 'future' })[0]?.iso).toBe(
      '2023-03-03',
    );
  });

  it('cuts every mention from the text it read, at its offsets', () => {
    const fragment = fc.constantFrom(
      'in 2011',
      'late 2013',
      'on Tuesday',
      'by October 2028',
      'Aug. 17',
      'last year',
      '1,300 troops',
      'Ortiz, 52,',
      'at 7 a.m. Friday',
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
