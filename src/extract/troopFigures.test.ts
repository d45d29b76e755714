import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../corpus/readArticle.js';
import { periodOf } from './claimSlots.js';
import { extractFigures, readTroopFigures, type TroopFigure } from './troopFigures.js';

type Expected = Partial<TroopFigure>;

/** Sentences in wire-service and regional styles, each with the figures it must yield (in order). */
const FIGURES: [string, Expected[]][] = [
  // Wire style: figure, unit, place, source at the end.
  [
    'The Admiralty said about 900 U.K. troops remain in Belize, most of them in the country’s south.',
    [
      {
        figure: '900',
        value: 900,
        qualifier: 'about',
        unit: 'troops',
        force: 'U.K.',
        place: 'Belize',
        attribution: 'the Admiralty',
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
    'Kenya has deployed nearly 3,400 service members to southern Somalia, according to the defence ministry.',
    [
      {
        figure: '3,400',
        qualifier: 'nearly',
        unit: 'service members',
        force: 'Kenya',
        place: 'southern Somalia',
        attribution: 'the defence ministry',
      },
    ],
  ],
  [
    'Up to 4,000 troops could be sent to the border, the minister said.',
    [{ figure: '4,000', qualifier: 'up to', unit: 'troops', place: null, attribution: 'the minister' }],
  ],
  [
    'Paris keeps roughly 1,800 troops in the country and around 600 in neighbouring Niger.',
    [{ figure: '1,800', qualifier: 'roughly', unit: 'troops', force: 'Paris' }],
  ],
  // Regional style: dateline, group names, place heads.
  [
    'MOPTI — Around 1,200 Dozo forces were redeployed to the Bandiagara front, a commander told reporters.',
    [
      {
        figure: '1,200',
        qualifier: 'around',
        unit: 'forces',
        force: 'Dozo',
        place: 'Bandiagara front',
        attribution: 'a commander',
      },
    ],
  ],
  [
    'An estimated 10,000 FARC fighters are held in prisons in southwest Colombia.',
    [
      {
        figure: '10,000',
        qualifier: 'an estimated',
        unit: 'fighters',
        force: 'FARC',
        armedGroup: true,
        place: 'southwest Colombia',
      },
    ],
  ],
  [
    'More than 200 military advisers will stay in the Sahel Region after the pullout.',
    [
      {
        figure: '200',
        qualifier: 'more than',
        unit: 'advisers',
        place: 'Sahel Region',
        when: 'after the pullout',
      },
    ],
  ],
  [
    'A 1,700-strong contingent of British troops is stationed at Tapa base in Estonia.',
    [{ figure: '1,700', unit: 'troops', force: 'British', place: 'Tapa base' }],
  ],
  // The sentence is about a force's size: bare numbers count, and a second estimate takes the first one's subject.
  [
    'Military estimates put the current French troop presence in Mali at about 1,800, though Malian officials say it is over 2,200.',
    [
      {
        figure: '1,800',
        qualifier: 'about',
        unit: 'troops',
        force: 'French',
        place: 'Mali',
        when: 'current',
        attribution: 'military estimates',
      },
      {
        figure: '2,200',
        qualifier: 'over',
        unit: 'troops',
        force: 'French',
        place: 'Mali',
        when: 'current',
        attribution: 'Malian officials',
      },
    ],
  ],
  [
    'French troop numbers in Mali stand at roughly 1,800, officials said.',
    [
      {
        figure: '1,800',
        qualifier: 'roughly',
        unit: 'troops',
        force: 'French',
        place: 'Mali',
        attribution: 'officials',
      },
    ],
  ],
  // Changes: both ends, tied to each other.
  [
    'Troop numbers will decrease from about 5,000 to fewer than 1,000 advisers in Gao.',
    [
      {
        figure: '5,000',
        qualifier: 'about',
        unit: 'troops',
        place: 'Gao',
        change: { end: 'from', other: 1 },
      },
      {
        figure: '1,000',
        qualifier: 'fewer than',
        unit: 'advisers',
        place: 'Gao',
        change: { end: 'to', other: 0 },
      },
    ],
  ],
  [
    'The force will shrink from roughly 5,200 soldiers to as few as 3,100 by the end of 2029.',
    [
      { figure: '5,200', qualifier: 'roughly', unit: 'soldiers', change: { end: 'from', other: 1 } },
      {
        figure: '3,100',
        qualifier: 'as few as',
        unit: 'soldiers',
        when: 'by the end of 2029',
        change: { end: 'to', other: 0 },
      },
    ],
  ],
  [
    'The pullout will cut troop levels in Chad by about 20%.',
    [
      {
        figure: '20%',
        value: 20,
        share: true,
        qualifier: 'about',
        unit: 'troops',
        place: 'Chad',
        change: { end: 'by', other: null },
      },
    ],
  ],
  [
    'The ministry sent 400 additional troops to Tavor, joining the 900 soldiers already there.',
    [
      { figure: '400', unit: 'troops', place: 'Tavor', change: { end: 'by', other: null } },
      { figure: '900', unit: 'soldiers', change: null },
    ],
  ],
  // Vague amounts, number words, time words, subjects.
  [
    'Under the accord, hundreds of French and allied troops are scheduled to leave.',
    [{ figure: 'hundreds of', value: null, unit: 'troops', force: 'French and allied' }],
  ],
  [
    'Prior to the handover, the UK had approximately 1,200 military personnel deployed in Cyprus.',
    [
      {
        figure: '1,200',
        qualifier: 'approximately',
        unit: 'personnel',
        force: 'UK',
        place: 'Cyprus',
        when: 'prior to the handover',
      },
    ],
  ],
  [
    'At its peak in 2004, the British force in the country numbered 46,000 troops.',
    [{ figure: '46,000', value: 46000, unit: 'troops', when: 'in 2004' }],
  ],
  [
    'Two thousand paratroopers from the 82nd Airborne Division flew to Djibouti last week.',
    [{ figure: 'Two thousand', value: 2000, unit: 'paratroopers', place: 'Djibouti', when: 'last week' }],
  ],
  [
    'About 20% of French troops in the region are reservists.',
    [{ figure: '20%', share: true, unit: 'troops', force: 'French' }],
  ],
];

// Police and border forces, deployed as troops are.
FIGURES.push(
  [
    'The interior ministry has sent 350 border guards to Varn, the minister said.',
    [{ figure: '350', unit: 'border guards', place: 'Varn', attribution: 'the minister' }],
  ],
  [
    'Superintendent Ona Vale said about 180 police officers had been deployed in Tessel.',
    [{ figure: '180', unit: 'police officers', place: 'Tessel', attribution: 'Superintendent Ona Vale' }],
  ],
);

/** Numbers that are not troop figures: money, lengths, ages, years, days, countries, casualties, dates. */
const NOT_FIGURES: string[] = [
  'The bloc now includes over 40 partner countries.',
  'Since its founding in 2011, the forum has included nearly 60 countries and agencies.',
  'The ministry requested $850 million for troops in the region.',
  'Soldiers searched the 610-foot ship for 12 days.',
  'The 31-year-old soldier served two tours in 2006 and 2012.',
  'Three U.S. service members were killed in a drone attack on a base in Jordan in January.',
  'The attack killed 14 soldiers and wounded dozens more.',
  'In 2011, troops from 60 countries joined the campaign.',
  'On November 14, the commander met officials at the base for 90 minutes.',
  'The bill would cost $2.3 billion to $2.6 billion over 10 years.',
  'The ship had 19 crew members and 3,900 containers aboard.',
  'The 101st Airborne Division returned to Fort Campbell after a nine-month deployment.',
  'Two police officers were injured in the clashes.',
  // A change whose ends name no personnel: strikers, not troops.
  'The number of workers on strike at Kessel went up from 1,100 to about 1,450 on Monday.',
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
      '1,800',
      'from',
      'to',
      'troops',
      'UK',
      'in',
      'Mali',
      'fewer than',
      '400',
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
  const period = (s: string, i = 0) => {
    const f = readTroopFigures(s)[i] as TroopFigure;
    return periodOf(f.when, f.change?.end ?? null);
  };
  it.each([
    ['Military estimates put the current French troop presence in Mali at about 1,800.', 0, 'now'],
    ['Paris keeps around 600 troops in Niger.', 0, null],
    [
      'Prior to the handover, the UK had approximately 1,200 military personnel deployed in Cyprus.',
      0,
      'before',
    ],
    ['At the start of the operation the UK had about 900 troops in Cyprus.', 0, 'before'],
    ['Troop numbers will decrease from about 5,000 to fewer than 1,000 advisers in Gao.', 0, 'before'],
    ['Troop numbers will decrease from about 5,000 to fewer than 1,000 advisers in Gao.', 1, 'after'],
    ['More than 200 military advisers will stay in the Sahel Region after the pullout.', 0, 'after'],
    ['At its peak in 2004, the British force in the country numbered 46,000 troops.', 0, '2004'],
  ] as const)('%s (figure %i) → %s', (sentence, i, expected) => {
    expect(period(sentence, i)).toBe(expected);
  });
});

describe('extractFigures', () => {
  it('keys each figure to its sentence, and the figure’s offsets to that sentence', () => {
    const text = 'Talks went on.\n\nParis keeps around 600 troops in Niger. The rest went home.\n';
    const article = readArticle('a.txt', text);
    const records = extractFigures(article);
    expect(records).toHaveLength(1);
    const { sentence, figure } = records[0] as (typeof records)[number];
    const s = article.sentences[sentence] as { start: number; end: number };
    expect(text.slice(s.start, s.end).slice(figure.start, figure.end)).toBe('around 600 troops');
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });

  it('keeps the capital of a source the article writes as a name, and drops that of a common word', () => {
    const text =
      'Analysts at the institute Summit count troops each year.\n\nSummit said about 300 troops remain in Tarvo.\n\n' +
      'Officials said about 900 soldiers remain in Tarvo, the Military Council said.\n\n' +
      'Military estimates said about 1,200 soldiers remain in Tarvo.\n';
    const sources = extractFigures(readArticle('a.txt', text)).map((r) => r.figure.attribution);
    // "Military" is capitalised mid-sentence only inside a longer name: by itself it is a common word.
    expect(sources).toEqual(['Summit', 'officials', 'military estimates']);
  });
});
