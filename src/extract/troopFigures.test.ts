import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../corpus/readArticle.js';
import { extractFigures, periodOf, readTroopFigures, type TroopFigure } from './troopFigures.js';

type Expected = Partial<TroopFigure>;

/** Sentences in wire-service and regional styles, each with the figures it must yield (in order). */
const FIGURES: [string, Expected[]][] = [
  // Wire style: figure, unit, place, source at the end.
  [
    'The Pentagon said about 900 U.S. troops remain in Syria, most of them in the country’s northeast.',
    [
      {
        figure: '900',
        value: 900,
        qualifier: 'about',
        unit: 'troops',
        force: 'U.S.',
        place: 'Syria',
        attribution: 'the Pentagon',
      },
    ],
  ],
  [
    'Some 1,500 Marines and sailors arrived at Camp Lemonnier on Monday, officials said.',
    [
      {
        figure: '1,500',
        qualifier: 'some',
        unit: 'marines',
        place: 'Camp Lemonnier',
        attribution: 'officials',
      },
    ],
  ],
  [
    'Turkey has deployed nearly 3,000 service members to northern Iraq, according to the defence ministry.',
    [
      {
        figure: '3,000',
        qualifier: 'nearly',
        unit: 'service members',
        force: 'Turkey',
        place: 'northern Iraq',
        attribution: 'the defence ministry',
      },
    ],
  ],
  [
    'Up to 4,000 troops could be sent to the border, the minister said.',
    [{ figure: '4,000', qualifier: 'up to', unit: 'troops', place: null, attribution: 'the minister' }],
  ],
  [
    'Washington keeps roughly 2,500 troops in the country and around 900 in neighbouring Syria.',
    [{ figure: '2,500', qualifier: 'roughly', unit: 'troops', force: 'Washington' }],
  ],
  // Regional style: dateline, group names, place heads.
  [
    'ERBIL — Around 2,000 Peshmerga forces were redeployed to the Makhmour front, a commander told reporters.',
    [
      {
        figure: '2,000',
        qualifier: 'around',
        unit: 'forces',
        force: 'Peshmerga',
        place: 'Makhmour front',
        attribution: 'a commander',
      },
    ],
  ],
  [
    'An estimated 10,000 ISIS fighters are held in prisons in northeast Syria.',
    [
      {
        figure: '10,000',
        qualifier: 'an estimated',
        unit: 'fighters',
        force: 'ISIS',
        armedGroup: true,
        place: 'northeast Syria',
      },
    ],
  ],
  [
    'More than 200 military advisers will stay in the Kurdistan Region after the drawdown.',
    [
      {
        figure: '200',
        qualifier: 'more than',
        unit: 'advisers',
        place: 'Kurdistan Region',
        when: 'after the drawdown',
      },
    ],
  ],
  [
    'A 3,000-strong contingent of British troops is stationed at Tapa base in Estonia.',
    [{ figure: '3,000', unit: 'troops', force: 'British', place: 'Tapa base' }],
  ],
  // The sentence is about a force's size: bare numbers count, and a second estimate takes the first one's subject.
  [
    'Military estimates put the current US troop presence in Iraq at about 2,500, though Iraqi officials say it is over 3,000.',
    [
      {
        figure: '2,500',
        qualifier: 'about',
        unit: 'troops',
        force: 'US',
        place: 'Iraq',
        when: 'current',
        attribution: 'military estimates',
      },
      {
        figure: '3,000',
        qualifier: 'over',
        unit: 'troops',
        force: 'US',
        place: 'Iraq',
        when: 'current',
        attribution: 'Iraqi officials',
      },
    ],
  ],
  [
    'US troop numbers in Iraq stand at roughly 2,500, officials said.',
    [
      {
        figure: '2,500',
        qualifier: 'roughly',
        unit: 'troops',
        force: 'US',
        place: 'Iraq',
        attribution: 'officials',
      },
    ],
  ],
  // Changes: both ends, tied to each other.
  [
    'Troop numbers will decrease from about 2,000 to fewer than 500 advisers in Erbil.',
    [
      {
        figure: '2,000',
        qualifier: 'about',
        unit: 'troops',
        place: 'Erbil',
        change: { end: 'from', other: 1 },
      },
      {
        figure: '500',
        qualifier: 'fewer than',
        unit: 'advisers',
        place: 'Erbil',
        change: { end: 'to', other: 0 },
      },
    ],
  ],
  [
    'The force will shrink from roughly 5,200 soldiers to as few as 3,000 by the end of 2026.',
    [
      { figure: '5,200', qualifier: 'roughly', unit: 'soldiers', change: { end: 'from', other: 1 } },
      {
        figure: '3,000',
        qualifier: 'as few as',
        unit: 'soldiers',
        when: 'by the end of 2026',
        change: { end: 'to', other: 0 },
      },
    ],
  ],
  [
    'The drawdown will cut troop levels in Iraq by about 20%.',
    [
      {
        figure: '20%',
        value: 20,
        share: true,
        qualifier: 'about',
        unit: 'troops',
        place: 'Iraq',
        change: { end: 'by', other: null },
      },
    ],
  ],
  // Vague amounts, number words, time words, subjects.
  [
    'Under the agreement, hundreds of US and coalition troops are scheduled to depart.',
    [{ figure: 'hundreds of', value: null, unit: 'troops', force: 'US and coalition' }],
  ],
  [
    'Prior to the transition, the US had approximately 2,400 military personnel deployed in Iraq.',
    [
      {
        figure: '2,400',
        qualifier: 'approximately',
        unit: 'personnel',
        force: 'US',
        place: 'Iraq',
        when: 'prior to the transition',
      },
    ],
  ],
  [
    'At its peak in 2007, the American force in the country numbered 170,000 troops.',
    [{ figure: '170,000', value: 170000, unit: 'troops', when: 'in 2007' }],
  ],
  [
    'Two thousand paratroopers from the 82nd Airborne Division flew to Kuwait last week.',
    [{ figure: 'Two thousand', value: 2000, unit: 'paratroopers', place: 'Kuwait', when: 'last week' }],
  ],
  [
    'About 20% of US troops in the region are reservists.',
    [{ figure: '20%', share: true, unit: 'troops', force: 'US' }],
  ],
];

/** Numbers that are not troop figures: money, lengths, ages, years, days, countries, casualties, dates. */
const NOT_FIGURES: string[] = [
  'The coalition now includes over 80 partner countries.',
  'Since its creation in 2014, the alliance has included nearly 90 countries and institutions.',
  'The Pentagon requested $850 million for troops in the region.',
  'Soldiers searched the 984-foot ship for 12 days.',
  'The 35-year-old soldier served two tours in 2009 and 2011.',
  'Three U.S. service members were killed in a drone attack on a base in Jordan in January.',
  'The attack killed 14 soldiers and wounded dozens more.',
  'In 2014, troops from 60 countries joined the campaign.',
  'On September 2, the commander met officials at the base for 90 minutes.',
  'The bill would cost $1.7 billion to $1.9 billion over 10 years.',
  'The ship had 21 crew members and 4,700 containers aboard.',
  'The 101st Airborne Division returned to Fort Campbell after a nine-month deployment.',
];

describe('readTroopFigures', () => {
  it.each(FIGURES)('%s', (sentence, expected) => {
    const figures = readTroopFigures(sentence);
    expect(figures).toHaveLength(expected.length);
    for (const [i, e] of expected.entries()) expect(figures[i]).toMatchObject(e);
    for (const f of figures) expect(sentence.slice(f.start, f.end)).toContain(f.figure);
  });

  it('cuts every figure from the sentence itself, whatever the text', () => {
    const word = fc.constantFrom(
      'about',
      '2,500',
      'from',
      'to',
      'troops',
      'US',
      'in',
      'Iraq',
      'fewer than',
      '500',
      'said',
      ',',
      '20%',
      'of',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), (words) => {
        const sentence = words.join(' ');
        for (const f of readTroopFigures(sentence))
          expect(sentence.slice(f.start, f.end)).toContain(f.figure);
      }),
    );
  });

  it.each(NOT_FIGURES)('reads no troop figure in: %s', (sentence) => {
    expect(readTroopFigures(sentence)).toEqual([]);
  });
});

describe('periodOf', () => {
  const period = (s: string, i = 0) => periodOf(readTroopFigures(s)[i] as TroopFigure);
  it.each([
    ['Military estimates put the current US troop presence in Iraq at about 2,500.', 0, 'standing'],
    [
      'Prior to the transition, the US had approximately 2,400 military personnel deployed in Iraq.',
      0,
      'standing',
    ],
    ['Troop numbers will decrease from about 2,000 to fewer than 500 advisers in Erbil.', 0, 'standing'],
    ['Troop numbers will decrease from about 2,000 to fewer than 500 advisers in Erbil.', 1, 'after'],
    ['More than 200 military advisers will stay in the Kurdistan Region after the drawdown.', 0, 'after'],
    ['At its peak in 2007, the American force in the country numbered 170,000 troops.', 0, '2007'],
  ] as const)('%s (figure %i) → %s', (sentence, i, expected) => {
    expect(period(sentence, i)).toBe(expected);
  });
});

describe('extractFigures', () => {
  it('keys each figure to its sentence, and the figure’s offsets to that sentence', () => {
    const text = 'Talks went on.\n\nWashington keeps around 700 troops in Syria. The rest went home.\n';
    const article = readArticle('a.txt', text);
    const records = extractFigures(article);
    expect(records).toHaveLength(1);
    const { sentence, figure } = records[0] as (typeof records)[number];
    const s = article.sentences[sentence] as { start: number; end: number };
    expect(text.slice(s.start, s.end).slice(figure.start, figure.end)).toBe('around 700 troops');
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });
});
