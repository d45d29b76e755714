import { describe, expect, it } from 'vitest';
import { overlapSearch } from '../../test/helpers/overlapSearch.js';
import { sentenceFrequencies } from '../../test/helpers/sentenceFrequencies.js';
import { readArticle } from '../corpus/readArticle.js';
import { engineOver } from '../engine.js';
import { UsageError } from '../errors.js';
import { extractEvents } from '../extract/events.js';
import { buildIndex } from '../index/buildIndex.js';
import { updateIndex } from '../index/updateIndex.js';
import type { SentenceSearch } from '../retrieve/hits.js';
import { Answer } from './schema.js';
import { type TimelineInput, timeline } from './timeline.js';

/** An invented story told by four articles, one of them undated and one about something else. */
const STORY: Record<string, string> = {
  'a.md': `---
date: 2025-06-02
---
The Calder harbour tunnel was first proposed in 1998 by the port authority.
Digging on the harbour tunnel began in March 2021.
The tunnel is expected to open to traffic by 2027, the authority said on Monday.
Officials said the cost of the project has risen to two billion euros.
`,
  'b.md': `---
date: 2025-08-15
---
Digging on the Calder harbour tunnel began in March 2021, when the first boring machine arrived.
On Thursday, engineers said the tunnel will not open to traffic before late 2029.
A flood in the tunnel shaft was reported last year by the site owners.
`,
  'c.md': `The mayor of Calder inaugurated the new ferry pier on Tuesday.
The ferry service was founded in 1962 and still carries 3,000 passengers a day.
`,
  'd.md': `---
date: 2025-09-30
---
The city library reopened in January 2025 after a long renovation.
The city library will add a reading garden in 2026.
`,
};

function inputOf(files: Record<string, string>, search?: SentenceSearch): TimelineInput {
  const articles = Object.entries(files).map(([file, text]) => readArticle(file, text));
  return {
    articles,
    events: new Map(articles.map((a) => [a.file, extractEvents(a)])),
    lexicon: sentenceFrequencies(articles),
    search: search ?? overlapSearch(articles),
    version: 0,
  };
}

const story = inputOf(STORY);

/** Every quote of an answer is its file's text at its offsets (CONTRACT §2). */
function expectVerbatim(answer: Answer, input: TimelineInput) {
  for (const item of answer.items) {
    for (const c of item.citations) {
      const article = input.articles.find((a) => a.file === c.file);
      expect(article?.text.slice(c.start, c.end)).toBe(c.quote);
    }
  }
}

describe('timeline', () => {
  it('lists every dated event in date order, undated ones last', () => {
    const answer = timeline(story, '');
    expect(Answer.parse(answer)).toEqual(answer);
    expect(answer.items.map((i) => i.date)).toEqual([
      '1962',
      '1998',
      '2021-03',
      '2024',
      '2025-01',
      '2025-06-02',
      '2025-08-14',
      '2026',
      '2027',
      '2029',
      null,
    ]);
    expect(answer.items.map((i) => i.planned)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(answer.items.at(-1)).toMatchObject({ when: 'Tuesday', date: null });
    expectVerbatim(answer, story);
  });

  it('makes one item with several citations of an event two articles tell', () => {
    const item = timeline(story, '').items.find((i) => i.date === '2021-03');
    expect(item?.citations.map((c) => c.file)).toEqual(['a.md', 'b.md']);
  });

  it('shows one thing dated differently by two sources as a conflict, each date with its telling', () => {
    const answer = timeline(story, '');
    const dates = answer.conflicts.map((c) => c.items.map((i) => answer.items[i]?.date));
    expect(dates).toEqual([['2027', '2029']]);
    expect(answer.conflicts[0]?.note).toBe('2027 (2025-06-02) vs late 2029 (2025-08-15)');
  });

  it('shows a plan told again months later with another date as that disagreement', () => {
    const answer = timeline(story, 'When will the tunnel open?');
    expect(answer.items.map((i) => i.date)).toEqual(['2027', '2029']);
    expect(answer.conflicts.map((c) => c.note)).toEqual(['2027 (2025-06-02) vs late 2029 (2025-08-15)']);
  });

  it.each([
    ['ferry', ['1962', null]],
    ['library', ['2025-01', '2026']],
    ['When did digging begin on the tunnel?', ['2021-03']],
    ['When will the tunnel open?', ['2027', '2029']],
    ['When was the ferry service founded?', ['1962']],
    // An aim is a plan, asked in the past or not.
    ['By what date did the authority want the tunnel open to traffic?', ['2027', '2029']],
    ['history of the library', ['2025-01', '2026']],
  ])('answers "%s" with the events about it, in date order', (query, dates) => {
    const answer = timeline(story, query);
    expect(answer.status).toBe('answered');
    expect(answer.items.map((i) => i.date)).toEqual(dates);
    expectVerbatim(answer, story);
  });

  it('keeps the few events most about a topic that many sentences name', () => {
    const answer = timeline(story, 'tunnel');
    expect(answer.items.length).toBeLessThanOrEqual(6);
    expect(answer.items.every((i) => i.citations.every((c) => /tunnel/i.test(c.quote)))).toBe(true);
    const dates = answer.items.map((i) => i.date as string);
    expect(dates).toEqual([...dates].sort());
  });

  it('is not_found when nothing dated is about the topic', () => {
    expect(timeline(story, 'When was the stadium built?')).toMatchObject({ status: 'not_found', items: [] });
  });

  it('falls back to term overlap when the search finds nothing', () => {
    const silent = inputOf(STORY, () => []);
    expect(timeline(silent, 'library').items.map((i) => i.date)).toEqual(['2025-01', '2026']);
    expect(timeline(silent, 'stadium').status).toBe('not_found');
  });

  it('takes what the search finds over plain overlap', () => {
    const pointed = inputOf(STORY, () => [
      {
        file: 'c.md',
        sentence: 1,
        score: 1,
        coverage: 1,
        beyondNames: true,
        meantBeyondNames: true,
        answers: true,
      },
    ]);
    expect(timeline(pointed, 'the oldest crossing').items.map((i) => i.date)).toEqual(['1962']);
  });

  it("keeps a topic's dated events however far the search scores them below its best one", () => {
    // A topic's milestones are told in sentences of every strength: one dated event matching the topic
    // well does not make the others less about it.
    const ranked = inputOf(STORY, () => [
      {
        file: 'a.md',
        sentence: 1,
        score: 0.5,
        coverage: 1,
        beyondNames: true,
        meantBeyondNames: true,
        answers: true,
      },
      {
        file: 'b.md',
        sentence: 1,
        score: 0.2,
        coverage: 0.5,
        beyondNames: true,
        meantBeyondNames: true,
        answers: true,
      },
    ]);
    expect(timeline(ranked, 'harbour tunnel works').items.map((i) => i.date)).toEqual([
      '2021-03',
      '2025-08-14',
      '2029',
    ]);
  });

  it.each([
    [{ from: '2021', to: '2024' }, ['2021-03', '2024']],
    [{ from: 'March 2021', to: '2024-12-31' }, ['2021-03', '2024']],
    [{ from: '2027' }, ['2027', '2029']],
    [{ to: '1998-12' }, ['1962', '1998']],
  ])('keeps the events within %o', (range, dates) => {
    expect(timeline(story, '', range).items.map((i) => i.date)).toEqual(dates);
  });

  it('keeps a bare timeline until the articles change, then follows them live', () => {
    const index = buildIndex(Object.entries(STORY).map(([file, text]) => readArticle(file, text)));
    const engine = engineOver(index);
    const before = engine.timeline();
    expect(engine.timeline('timeline')).toMatchObject({ query: 'timeline', items: before.items });
    expect(before.items.map((i) => i.date)).toContain('2026');
    expect(before.items.map((i) => i.date)).not.toContain('2031');

    const library = readArticle('d.md', STORY['d.md']?.replace('in 2026', 'in 2031') ?? '');
    updateIndex(index, { upserted: [library], removed: ['c.md'] });
    const after = engine.timeline();
    const dates = after.items.map((i) => i.date);
    expect(dates).toContain('2031');
    expect(dates).not.toContain('2026');
    expect(dates).not.toContain('1962');
    // As a fresh index over the same articles answers.
    const fresh = engineOver(buildIndex([...index.articles])).timeline();
    expect(after).toEqual(fresh);
    expectVerbatim(after, { ...story, articles: index.articles });
  });

  it('cuts a long timeline at maxItems without changing the items kept', () => {
    const all = timeline(story, '').items;
    for (let max = 0; max <= all.length; max++)
      expect(timeline(story, '', {}, { maxItems: max }).items).toEqual(all.slice(0, max));
  });

  it('rejects a bound that is not a date', () => {
    expect(() => timeline(story, '', { from: 'soon' })).toThrow(UsageError);
  });

  it('answers a question only with sentences that say what happened, not ones that just name its subject', () => {
    const tower = readArticle(
      'tower.md',
      '---\ndate: 2024-05-01\n---\nThe Orwin Tower opened in 1931.\nThe Orwin Tower was repainted in 2019.\n',
    );
    const engine = engineOver(buildIndex([tower]));
    expect(engine.timeline('When was the Orwin Tower repainted?').items.map((i) => i.date)).toEqual(['2019']);
    expect(engine.timeline('When was the Orwin Tower sold?').status).toBe('not_found');
  });

  it('answers "when was it expected to" with what was planned, though the question is in the past', () => {
    const weir = readArticle(
      'weir.md',
      '---\ndate: 2024-04-08\n---\nWork on the Tollen weir began in March 2023.\nThe contractor said the weir repairs should be finished by June 30.\n',
    );
    const engine = engineOver(buildIndex([weir]));
    expect(
      engine.timeline('When were the weir repairs expected to be finished?').items.map((i) => i.date),
    ).toEqual(['2024-06-30']);
    // "due to" gives a cause, not a schedule: this asks what happened.
    const lock = engineOver(
      buildIndex([
        readArticle(
          'lock.md',
          '---\ndate: 2024-04-08\n---\nThe Tollen lock was closed in March 2023 due to the floods.\nThe Tollen lock is due to reopen after the floods by June 30.\n',
        ),
      ]),
    );
    expect(
      lock.timeline('When was the Tollen lock closed due to the floods?').items.map((i) => i.date),
    ).toEqual(['2023-03']);
  });

  it('sets two plans answering one "when will" question against each other, but not a plan and its revision', () => {
    const engine = engineOver(
      buildIndex([
        readArticle(
          'a.md',
          '---\ndate: 2025-08-20\n---\nThe auditors said their final report on the Tollen weir was expected in November.\n',
        ),
        readArticle(
          'b.md',
          '---\ndate: 2025-08-22\n---\nThe county said the final report on the weir would come in December.\n',
        ),
        readArticle(
          'c.md',
          '---\ndate: 2025-10-03\n---\nThe auditors’ final report on the weir is now expected in January rather than November.\n',
        ),
      ]),
    );
    const notes = engine
      .timeline('When is the final report on the weir expected?')
      .conflicts.map((c) => c.note);
    expect(notes).toContain('November (2025-08-20) vs December (2025-08-22)');
    expect(notes.join(' ')).not.toMatch(
      /January \(2025-10-03\) vs November|November \(2025-08-20\) vs January/,
    );
  });

  it('answers a question with one item per date, citing every sentence that gives it', () => {
    const engine = engineOver(
      buildIndex([
        readArticle(
          'a.md',
          '---\ndate: 2024-10-15\n---\nTwelve houses were buried when the mudslide came down on Sunday, police in Velna said.\n',
        ),
        readArticle(
          'b.md',
          '---\ndate: 2025-02-01\n---\nThe mudslide hit Velna before dawn on 13 October last year, after days of rain.\n',
        ),
        readArticle(
          'c.md',
          '---\ndate: 2024-10-20\n---\nVelna’s school reopened on Friday, a week after the mudslide hit the village.\n',
        ),
      ]),
    );
    const answer = engine.timeline('When did the mudslide hit Velna?');
    expect(answer.items[0]?.date).toBe('2024-10-13');
    expect(answer.items[0]?.citations.map((c) => c.file).sort()).toEqual(['a.md', 'b.md']);
    expect(answer.items.filter((i) => i.date === '2024-10-13')).toHaveLength(1);
  });

  it('answers with a synonym of the question’s word where no sentence holds the word itself', () => {
    const rail = readArticle(
      'rail.md',
      '---\ndate: 2024-08-05\n---\nOrlen Rail chief executive Lena Ortiz resigned on Friday.\nLena Ortiz joined Orlen Rail in 2019.\n',
    );
    const engine = engineOver(buildIndex([rail]));
    expect(engine.timeline('When did Lena Ortiz step down?').items.map((i) => i.date)).toEqual([
      '2024-08-02',
    ]);
  });
});

/** An invented story whose plans are worded unlike the questions asked of them, and a plan of another viaduct. */
const VIADUCT: Record<string, string> = {
  'a.md': `---
date: 2025-03-01
---
Engineers closed the Harlow Viaduct in January 2025 after cracks were found in two of its piers.
The viaduct will reopen to lorries in June 2027, the county council said on Friday.
`,
  'b.md': `---
date: 2025-09-10
---
Repairs to the Harlow Viaduct have fallen behind, the county council said on Wednesday.
The council now expects the viaduct to carry traffic again only in late 2028.
`,
  'c.md': `---
date: 2025-05-20
---
The old rail viaduct at Penrith will be repainted in 2026, the railway said.
`,
};

describe('timeline of a named thing', () => {
  const engine = engineOver(buildIndex(Object.entries(VIADUCT).map(([f, t]) => readArticle(f, t))));

  it('finds no plan for a thing the articles never name', () => {
    expect(engine.timeline('When will truckers be able to cross the Stadium Viaduct?').status).toBe(
      'not_found',
    );
  });
});
