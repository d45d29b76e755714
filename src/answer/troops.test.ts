import { describe, expect, it } from 'vitest';
import { overlapSearch } from '../../test/helpers/overlapSearch.js';
import type { Article } from '../corpus/article.js';
import { readArticle } from '../corpus/readArticle.js';
import { engineOver } from '../engine.js';
import { extractFigures } from '../extract/troopFigures.js';
import { buildIndex } from '../index/buildIndex.js';
import { Answer } from './schema.js';
import { troops } from './troops.js';

function corpus(articles: Article[]) {
  return {
    articles,
    figures: new Map(articles.map((a) => [a.file, extractFigures(a)])),
    search: overlapSearch(articles),
    version: 0,
  };
}

const article = (file: string, date: string | null, body: string) =>
  readArticle(file, `Title: ${file}\n${date ? `Date: ${date}\n` : ''}\n${body}\n`);

/** Three articles that disagree on one force's size, with a change, a second place and an armed group. */
const WIRE = corpus([
  article(
    'a.txt',
    '2024-05-01',
    'Military officials put the current U.S. troop presence in Mali at about 1,600, though local officials say it is over 2,100. ' +
      'The United States also keeps around 900 troops in Niger.',
  ),
  article(
    'b.txt',
    '2024-06-01',
    'Prior to the drawdown, the U.S. had approximately 1,400 personnel deployed in Mali. ' +
      'The garrison will shrink from 8,000 soldiers to about 5,000 at Camp Arifjan by 2026.',
  ),
  article(
    'c.txt',
    null,
    'An estimated 10,000 JNIM fighters are held in camps in northeast Niger. The alliance has grown to 87 countries.',
  ),
]);

const figures = (a: Answer) => a.items.map((i) => `${i.qualifier ? `${i.qualifier} ` : ''}${i.figure}`);

describe('troops', () => {
  it('lists every figure grouped by place, newest article first within a place, with the disagreement of two sources now, not the level before the drawdown', () => {
    const answer = Answer.parse(troops(WIRE, ''));
    expect(answer.items.map((i) => [i.place, i.figure])).toEqual([
      ['Mali', '1,400'],
      ['Mali', '1,600'],
      ['Mali', '2,100'],
      ['Camp Arifjan', '8,000'],
      ['Camp Arifjan', '5,000'],
      ['Niger', '900'],
      ['northeast Niger', '10,000'],
    ]);
    expect(answer.conflicts).toEqual([
      {
        about: 'U.S. troops in Mali',
        items: [1, 2],
        note: 'about 1,600 (military officials) vs over 2,100 (local officials)',
      },
    ]);
    for (const item of answer.items) {
      const c = item.citations[0];
      expect(WIRE.articles.find((a) => a.file === c?.file)?.text.slice(c?.start, c?.end)).toBe(c?.quote);
    }
  });

  it('answers a question as /ask does, best answer first, the place it names before others', () => {
    const engine = engineOver(buildIndex([...WIRE.articles]));
    const asked = (q: string) => figures(engine.troops(q));
    expect(asked('How many US troops are in Mali?').slice(0, 2)).toEqual(['about 1,600', 'over 2,100']);
    expect(asked('How many personnel did the U.S. have in Mali prior to the drawdown?')[0]).toBe(
      'approximately 1,400',
    );
    expect(asked('How many fighters does JNIM hold in camps?')[0]).toBe('an estimated 10,000');
    expect(engine.troops('How many troops are in Kabul?').status).toBe('not_found');
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
    ['Niger', 'answered', ['around 900', 'an estimated 10,000']],
    ['US troops in Mali', 'answered', ['approximately 1,400', 'about 1,600', 'over 2,100']],
    ['JNIM fighters', 'answered', ['an estimated 10,000']],
    ['local officials', 'answered', ['over 2,100']],
    ['Kabul', 'not_found', []],
    ['countries in the alliance', 'not_found', []],
  ])('%s → %s %j', (query, status, expected) => {
    const answer = troops(WIRE, query);
    expect(answer.status).toBe(status);
    expect(figures(answer)).toEqual(expected);
  });

  it('follows a live update: an article read anew brings its own figures, not the ones read before', () => {
    const live = { ...WIRE, figures: new Map(WIRE.figures) };
    expect(figures(troops(live, 'Niger'))).toEqual(['around 900', 'an estimated 10,000']);
    // As `updateIndex` does: the article's figures replaced in the map, the article list made anew.
    const changed = article(
      'a.txt',
      '2024-05-01',
      'The United States now keeps about 1,100 troops in Niger.',
    );
    live.figures.set('a.txt', extractFigures(changed));
    live.articles = live.articles.map((a) => (a.file === 'a.txt' ? changed : a));
    expect(figures(troops(live, 'Niger'))).toEqual(['about 1,100', 'an estimated 10,000']);
    expect(figures(troops(live, 'Mali'))).toEqual(['approximately 1,400']);
  });

  it('keeps the bare listing until the index version changes, then lists anew', () => {
    const live = { ...WIRE, figures: new Map(WIRE.figures), version: 1 };
    const before = figures(troops(live, ''));
    expect(before).toContain('around 900');
    live.figures.set(
      'a.txt',
      extractFigures(article('a.txt', '2024-05-01', 'The United States keeps 1,100 troops in Niger.')),
    );
    expect(figures(troops(live, ''))).toEqual(before);
    live.version = 2;
    expect(figures(troops(live, ''))).toContain('1,100');
  });

  it('compares an armed group’s fighters only with the same group’s, and a place only with itself', () => {
    const answer = troops(
      corpus([
        article('x.txt', '2024-01-25', 'Some 4,000 JNIM fighters remain in Niger, officials said.'),
        article(
          'y.txt',
          '2024-02-01',
          'Around 900 U.S. troops remain in Niger. About 6,000 JNIM fighters remain in Niger, a monitor said.',
        ),
      ]),
      '',
    );
    expect(answer.conflicts.map((c) => [c.about, c.note])).toEqual([
      ['JNIM fighters in Niger', 'some 4,000 (officials, 2024-01-25) vs about 6,000 (a monitor, 2024-02-01)'],
    ]);
  });

  it('reads a force told months apart as a build-up, and figures for two places as two claims', () => {
    const answer = troops(
      corpus([
        article('x.txt', '2024-01-10', 'Some 4,000 JNIM fighters remain in Niger, officials said.'),
        article('y.txt', '2024-05-10', 'About 9,000 JNIM fighters remain in Niger, a monitor said.'),
        article('z.txt', '2024-05-12', 'Paris keeps 300 troops in Chad and 1,200 troops in Gabon.'),
        article('w.txt', '2024-05-13', 'Paris keeps about 2,000 troops in Gabon, prior to the pullout.'),
      ]),
      '',
    );
    expect(answer.items.map((i) => i.figure).sort()).toEqual(['1,200', '2,000', '300', '4,000', '9,000']);
    expect(answer.conflicts).toEqual([]);
  });

  it('answers a question naming a force with that force’s figures first, however the sentence words its soldiers', () => {
    const engine = engineOver(
      buildIndex([
        article(
          'm.txt',
          '2025-03-03',
          'Morvath, the largest contributor, has about 2,500 troops in Quell, according to its defence ministry. ' +
            'Selka keeps 650 soldiers in the capital, Dovra, and the Quell army has 2,200 soldiers in the north.',
        ),
        article(
          'n.txt',
          '2025-03-05',
          'Lawmakers in Quell questioned the plan on Tuesday. "There are currently over 3,000 Morvathi soldiers in this country, and most of them are in the north," the committee chairman said.',
        ),
      ]),
    );
    const answer = engine.troops('How many soldiers does Morvath have in Quell?');
    const listed = figures(answer);
    expect(listed.slice(0, 2).sort()).toEqual(['about 2,500', 'over 3,000']);
    expect(listed.indexOf('650')).toBeGreaterThan(1);
    // "in this country" is the place the article last named: the two figures are one claim, told apart.
    expect(answer.conflicts.map((c) => c.note)).toEqual([
      'about 2,500 (its defence ministry, 2025-03-03) vs over 3,000 (the committee chairman, 2025-03-05)',
    ]);
  });

  it('takes the place a question names for figures whose sentence names none, and shows one article’s two wordings as one side', () => {
    const engine = engineOver(
      buildIndex([
        article(
          'x.txt',
          '2024-03-02',
          'Rebels said the assault began with up to 200 fighters and six trucks.',
        ),
        article(
          'y.txt',
          '2024-03-04',
          'Around 800 fighters took part in the assault on Tavor, officials said.',
        ),
        article(
          'z.txt',
          '2024-03-05',
          'Some 800 fighters were in the assault, a monitor said. About 800 fighters joined, it added.',
        ),
      ]),
    );
    const answer = engine.troops('How many fighters joined the assault in the Tavor region?');
    expect(answer.conflicts).toHaveLength(1);
    const [rebels, officials, third, ...more] = answer.conflicts[0]?.note.split(' vs ') ?? [];
    expect([rebels, officials, more]).toEqual([
      'up to 200 (rebels, 2024-03-02)',
      'around 800 (officials, 2024-03-04)',
      [],
    ]);
    expect(third).toMatch(/800 .*2024-03-05\)$/);
    // Asked with no place, figures that name none are of no presence one can name, and are not compared.
    expect(engine.troops('How many fighters were in the assault?').conflicts).toEqual([]);
  });
});
