import { describe, expect, it } from 'vitest';
import { readArticle } from '../corpus/readArticle.js';
import { terms } from '../lexicon/terms.js';
import { extractEvents, type TimelineEvent } from './events.js';

/** An article of one sentence, with front matter giving its date when there is one. */
function articleOf(sentence: string, published: string | null) {
  return readArticle('story.md', `${published ? `---\ndate: ${published}\n---\n` : ''}${sentence}\n`);
}

type Expected = Partial<Omit<TimelineEvent, 'mentions'>>;

const CASES: [sentence: string, published: string | null, expected: Expected[]][] = [
  [
    'The old dam was finished in 1958 and repaired in late 2017 after a flood.',
    null,
    [
      { date: '1958', precision: 'year', planned: false },
      { date: '2017', qualifier: 'late', planned: false },
    ],
  ],
  [
    'The council will vote on the budget by September 2026, officials said.',
    '2025-09-30',
    [{ date: '2026-09', planned: true }],
  ],
  [
    'The second phase, scheduled for September 2026, includes a new terminal.',
    null,
    [{ date: '2026-09', planned: true }],
  ],
  ['The bridge is set to reopen to traffic in 2028.', null, [{ date: '2028', planned: true }]],
  ['Completion of the new terminal is expected by 2028.', null, [{ date: '2028', planned: true }]],
  ['In September 2026, the last troops will leave the base.', null, [{ date: '2026-09', planned: true }]],
  // The future of something said lies ahead of the article; an adverb between "will" and its verb changes nothing.
  [
    'The mayor said the ferry terminal would reopen in May.',
    '2025-04-02',
    [{ date: '2025-05', planned: true }],
  ],
  [
    'The ferry terminal, originally promised for May, will now reopen in August.',
    '2025-04-09',
    [
      { date: '2025-05', planned: true },
      { date: '2025-08', planned: true },
    ],
  ],
  [
    'Without the storm, the terminal would have reopened in March.',
    '2025-04-09',
    [{ date: '2025-03', planned: false }],
  ],
  [
    'The chief said that the March 3 fire had cost the firm millions and that it would sue.',
    '2025-04-09',
    [{ date: '2025-03-03', planned: false }],
  ],
  // What someone wants done is a plan: its date without a year lies ahead.
  [
    'The mayor wants to reopen the bridge by March 3, her office said.',
    '2025-11-20',
    [{ date: '2026-03-03', planned: true }],
  ],
  // A date joined to the one before it ("rather than", "to") is told in its tense; "due in" is a schedule.
  [
    'The final report is now expected in January rather than November.',
    '2025-10-03',
    [
      { date: '2026-01', planned: true },
      { date: '2025-11', planned: true },
    ],
  ],
  [
    'The county said the weir report was now due in December.',
    '2025-08-22',
    [{ date: '2025-12', planned: true }],
  ],
  // A deadline told with no year is the nearer of its dates: days ahead of the article, or days behind it.
  [
    'The foreman said the shaft could be finished by March 18 if the rock held.',
    '2025-03-10',
    [{ date: '2025-03-18', planned: true }],
  ],
  [
    'Crews had cleared the channel by March 2, the port said.',
    '2025-03-20',
    [{ date: '2025-03-02', planned: true }],
  ],
  // A span that ended before the article was written happened; a deadline is a plan whenever it falls.
  [
    'Until March 4, the ministry did not confirm the closure of the pass.',
    '2025-03-20',
    [{ date: '2025-03-04', planned: false }],
  ],
  [
    'The ferry line ran extra boats each day through May 2.',
    '2025-05-10',
    [{ date: '2025-05-02', planned: false }],
  ],
  ['The pass will stay closed until June 2026.', '2025-03-20', [{ date: '2026-06', planned: true }]],
  [
    'The parties agreed to close the base by no later than February 2025.',
    '2025-03-20',
    [{ date: '2025-02', planned: true }],
  ],
  // After the publication date, a date can only be a plan or an expectation.
  ['Engineers put the finish of the tunnel in 2031.', '2025-09-30', [{ date: '2031', planned: true }]],
  // Each date of a sentence is read in its own clause.
  [
    'On Monday, officials said they now expect the tunnel will open in late 2030.',
    '2025-09-30',
    [
      { date: '2025-09-29', planned: false },
      { date: '2030', qualifier: 'late', planned: true },
    ],
  ],
  [
    'The mayor was elected in 2019 and will step down in 2027.',
    '2025-09-30',
    [
      { date: '2019', planned: false },
      { date: '2027', planned: true },
    ],
  ],
  [
    'The alliance, formed in 2011, will leave the country next year.',
    '2025-09-30',
    [
      { date: '2011', planned: false },
      { date: '2026', planned: true },
    ],
  ],
  [
    'On Tuesday, the ministry announced plans to cut its staff.',
    null,
    [{ date: null, precision: 'day', planned: false }],
  ],
  // A weekday told in the future is the coming one.
  [
    'Crews will resume work at the site on Wednesday, the agency said.',
    '2025-09-30',
    [{ date: '2025-10-01', planned: true }],
  ],
  // An undated mention adds nothing to a sentence already dated; two words for one day are one event.
  [
    'The plan, agreed in 2023, set a withdrawal beginning in September.',
    null,
    [{ date: '2023', planned: false }],
  ],
  [
    'Portsmouth, NH - June 10, 2024 - It was announced Monday that the channel has reopened.',
    '2024-06-10',
    [{ date: '2024-06-10', planned: false }],
  ],
  ['Officials gave no date for the next inspection of the dam.', null, []],
];

describe('extractEvents', () => {
  it.each(CASES)('%s (published %s)', (sentence, published, expected) => {
    const events = extractEvents(articleOf(sentence, published));
    expect(events).toHaveLength(expected.length);
    for (const [i, e] of expected.entries()) expect(events[i]).toMatchObject({ sentence: 0, ...e });
  });

  it('gives mentions offsets into the article text', () => {
    const article = articleOf(
      'The council will vote on the budget by September 2026, officials said on Monday.',
      '2025-09-30',
    );
    const mentions = extractEvents(article).flatMap((e) => e.mentions);
    expect(mentions.map((m) => m.text)).toEqual(['September 2026', 'Monday']);
    for (const m of mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps both mentions of one date in one event', () => {
    const article = articleOf(
      'Portsmouth, NH - June 10, 2024 - It was announced Monday that the channel has reopened.',
      '2024-06-10',
    );
    expect(extractEvents(article)[0]?.mentions.map((m) => m.text)).toEqual(['June 10, 2024', 'Monday']);
  });

  it('reads the thing each date is of: content words beside it, calendar words and numbers left out', () => {
    const [first, , last] = extractEvents(
      articleOf(
        'Digging on the Calder ferry tunnel began in March 2021, when the first boring machine arrived on a Tuesday, and 40 workers will finish it by 2027.',
        '2025-06-02',
      ),
    );
    expect(first?.thing).toEqual(
      terms('Digging Calder ferry tunnel began first boring machine arrived workers'),
    );
    // Names date everything in a story: the lower-case words alone tell one thing under two dates.
    expect(first?.plainThing).toEqual(
      terms('Digging ferry tunnel began first boring machine arrived workers'),
    );
    expect(last).toMatchObject({ date: '2027', thing: terms('machine arrived workers will finish') });
  });

  it('returns plain JSON, the same after a round trip', () => {
    const events = extractEvents(
      articleOf('The mayor was elected in 2019 and will step down in 2027.', '2025-09-30'),
    );
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
  });
});
