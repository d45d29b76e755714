import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../corpus/article.js';
import { readArticle } from '../corpus/readArticle.js';
import { extractFigures } from '../extract/troopFigures.js';
import { terms } from '../lexicon/terms.js';
import type { SentenceSearch } from '../retrieve/hits.js';
import { Answer } from './schema.js';
import { troops } from './troops.js';

/** Until the engine's search is wired in: sentences ranked by how many of the query's terms they hold. */
function overlapSearch(articles: readonly Article[]): SentenceSearch {
  return (query, limit = 20) => {
    const asked = new Set(terms(query));
    return articles
      .flatMap((a) =>
        a.sentences.map((s, sentence) => {
          const held = new Set(terms(a.text.slice(s.start, s.end)));
          const n = [...asked].filter((t) => held.has(t)).length;
          return { file: a.file, sentence, score: n, coverage: asked.size ? n / asked.size : 0 };
        }),
      )
      .filter((h) => h.score > 0)
      .sort((x, y) => y.score - x.score)
      .slice(0, limit);
  };
}

function corpus(articles: Article[]) {
  return {
    articles,
    figures: new Map(articles.map((a) => [a.file, extractFigures(a)])),
    search: overlapSearch(articles),
  };
}

const article = (file: string, date: string | null, body: string) =>
  readArticle(file, `Title: ${file}\n${date ? `Date: ${date}\n` : ''}\n${body}\n`);

/** Three articles that disagree on one force's size, with a change, a second place and an armed group. */
const WIRE = corpus([
  article(
    'a.txt',
    '2024-05-01',
    'Military officials put the current U.S. troop presence in Iraq at about 2,500, though local officials say it is over 3,000. ' +
      'The United States also keeps around 900 troops in Syria.',
  ),
  article(
    'b.txt',
    '2024-06-01',
    'Prior to the drawdown, the U.S. had approximately 2,400 personnel deployed in Iraq. ' +
      'The garrison will shrink from 8,000 soldiers to about 5,000 at Camp Arifjan by 2026.',
  ),
  article(
    'c.txt',
    null,
    'An estimated 10,000 ISIS fighters are held in camps in northeast Syria. The alliance has grown to 87 countries.',
  ),
]);

const figures = (a: Answer) => a.items.map((i) => `${i.qualifier ? `${i.qualifier} ` : ''}${i.figure}`);

describe('troops', () => {
  it('lists every figure grouped by place, newest article first within a place, with the disagreement', () => {
    const answer = Answer.parse(troops(WIRE, ''));
    expect(answer.items.map((i) => [i.place, i.figure])).toEqual([
      ['Iraq', '2,400'],
      ['Iraq', '2,500'],
      ['Iraq', '3,000'],
      ['Camp Arifjan', '8,000'],
      ['Camp Arifjan', '5,000'],
      ['Syria', '900'],
      ['northeast Syria', '10,000'],
    ]);
    expect(answer.conflicts).toEqual([
      {
        about: 'U.S. troops in Iraq',
        items: [0, 1, 2],
        note: 'approximately 2,400 (prior to the drawdown) vs about 2,500 (military officials) vs over 3,000 (local officials)',
      },
    ]);
    for (const item of answer.items) {
      const c = item.citations[0];
      expect(WIRE.articles.find((a) => a.file === c?.file)?.text.slice(c?.start, c?.end)).toBe(c?.quote);
    }
  });

  it('ties the two ends of a change to each other and gives each its period', () => {
    const answer = troops(WIRE, 'Arifjan');
    expect(answer.items.map((i) => [i.figure, i.unit, i.when, i.change])).toEqual([
      ['8,000', 'soldiers', 'before the change', { end: 'from', other: 1 }],
      ['5,000', 'soldiers', 'by 2026', { end: 'to', other: 0 }],
    ]);
    expect(answer.conflicts).toEqual([]);
  });

  it.each<[string, Answer['status'], string[]]>([
    ['Syria', 'answered', ['around 900', 'an estimated 10,000']],
    ['How many US troops are in Iraq?', 'answered', ['approximately 2,400', 'about 2,500', 'over 3,000']],
    ['ISIS fighters', 'answered', ['an estimated 10,000']],
    ['what do local officials say', 'answered', ['over 3,000']],
    ['Kabul', 'not_found', []],
    ['countries in the alliance', 'not_found', []],
  ])('%s → %s %j', (query, status, expected) => {
    const answer = troops(WIRE, query);
    expect(answer.status).toBe(status);
    expect(figures(answer)).toEqual(expected);
  });

  it('follows a live update: an article read anew brings its own figures, not the ones read before', () => {
    const live = { ...WIRE, figures: new Map(WIRE.figures) };
    expect(figures(troops(live, 'Syria'))).toEqual(['around 900', 'an estimated 10,000']);
    // As `updateIndex` does: the article's figures replaced in the map, the article list made anew.
    const changed = article(
      'a.txt',
      '2024-05-01',
      'The United States now keeps about 1,500 troops in Syria.',
    );
    live.figures.set('a.txt', extractFigures(changed));
    live.articles = live.articles.map((a) => (a.file === 'a.txt' ? changed : a));
    expect(figures(troops(live, 'Syria'))).toEqual(['about 1,500', 'an estimated 10,000']);
    expect(figures(troops(live, 'Iraq'))).toEqual(['approximately 2,400']);
  });

  it('compares an armed group’s fighters only with the same group’s, and a place only with itself', () => {
    const answer = troops(
      corpus([
        article('x.txt', '2024-01-01', 'Some 4,000 ISIS fighters remain in Syria, officials said.'),
        article(
          'y.txt',
          '2024-02-01',
          'Around 900 U.S. troops remain in Syria. About 6,000 ISIS fighters remain in Syria, a monitor said.',
        ),
      ]),
      '',
    );
    expect(answer.conflicts.map((c) => [c.about, c.note])).toEqual([
      ['ISIS fighters in Syria', 'some 4,000 (officials) vs about 6,000 (a monitor)'],
    ]);
  });
});

/** The development questions (../shared/eval) on the starter articles. */
describe.skipIf(!existsSync(join(process.cwd(), 'articles')))('troops on the starter articles', () => {
  const dir = join(process.cwd(), 'articles');
  const dev = corpus(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readArticle(f, readFileSync(join(dir, f), 'utf8'))),
  );
  const quoted = (a: Answer, top: number) =>
    a.items
      .slice(0, top)
      .flatMap((i) => [...i.citations.map((c) => c.quote), `${i.qualifier ?? ''} ${i.figure}`])
      .join(' | ');

  it('bare: 2,000, fewer than 500, 2,400, 2,500, 3,000 and 700 in the first 12, and 2,500 vs 3,000 as a conflict', () => {
    const answer = troops(dev, '');
    for (const s of ['2,000', 'fewer than 500', '2,400', '2,500', '3,000', '700'])
      expect(quoted(answer, 12)).toContain(s);
    const conflict = answer.conflicts.find((c) =>
      ['2,500', '3,000'].every((s) => c.items.some((i) => answer.items[i]?.figure === s)),
    );
    expect(conflict?.note).toContain('about 2,500 (military estimates) vs over 3,000 (Iraqi officials)');
  });

  it.each([
    ['Erbil', 'fewer than 500'],
    ['Syria', '700'],
  ])('%s → %s in the first 3', (query, expected) => {
    expect(quoted(troops(dev, query), 3)).toContain(expected);
  });
});
