import { describe, expect, it } from 'vitest';
import { readArticle } from '../corpus/readArticle.js';
import { buildIndex } from '../index/buildIndex.js';
import { defaultReadingOptions, readQuestion } from './question.js';
import { defaultRankingOptions, type RankedSentence, rankSentences } from './rankSentences.js';

/** An invented story: the features of each sentence, as the ranking model reads them. */
const index = buildIndex([
  readArticle(
    'quay.md',
    'Date: 2025-02-03\n\n' +
      'The Varne quay collapsed on Sunday after a winter storm. It will reopen in June. ' +
      'Harbour master Ines Kolar said repairs will cost 3 million euros. ' +
      'Kolar spoke at the Varne town hall on Monday.\n',
  ),
]);

function ranked(question: string): Map<string, RankedSentence> {
  const read = readQuestion(question, index.lexicon, defaultReadingOptions);
  const article = index.articles[0];
  return new Map(
    rankSentences(index, read, defaultRankingOptions).map((r) => {
      const span = r.article.sentences[r.sentence];
      return [span && article ? article.text.slice(span.start, span.end) : '', r];
    }),
  );
}

const starting = (m: Map<string, RankedSentence>, prefix: string) =>
  [...m.entries()].find(([text]) => text.startsWith(prefix))?.[1];

describe('ranking features', () => {
  it('counts what the question asks beyond its names in exactWords: naming Kolar and Varne is not saying what happened', () => {
    const m = ranked('What did Kolar say the Varne repairs will cost?');
    const answer = starting(m, 'Harbour master');
    const naming = starting(m, 'Kolar spoke');
    expect(answer?.features.exactWords).toBeGreaterThan(naming?.features.exactWords ?? 1);
    expect(naming?.features.namesMissing).toBe(0);
  });

  it('measures how close a value of the asked kind stands to the question’s words', () => {
    const m = ranked('How much will the repairs cost?');
    expect(starting(m, 'Harbour master')?.features.kind).toBeGreaterThan(0);
    expect(starting(m, 'The Varne quay')?.features.kindMissing).toBe(1);
  });

  it('ties an age to what follows it where the age is an adjective ("the 57-year-old pier"), and to the name before it otherwise', () => {
    const pier = buildIndex([
      readArticle(
        'pier.md',
        'Date: 2025-04-02\n\n' +
          'The 57-year-old pier was built by Olsen Marine. ' +
          'Harbour master Ines Kolar, 49, said the pier would be rebuilt.\n',
      ),
    ]);
    const ageOf = (question: string, prefix: string) =>
      rankSentences(pier, readQuestion(question, pier.lexicon, defaultReadingOptions), defaultRankingOptions)
        .find((r) => pier.articles[0]?.text.slice(r.article.sentences[r.sentence]?.start).startsWith(prefix))
        ?.values.map((v) => v.text);
    expect(ageOf('How old is the pier?', 'The 57')).toEqual(['57-year-old']);
    expect(ageOf('How old is the harbour master?', 'Harbour')).toEqual(['49']);
  });

  it('counts a name the previous sentence holds as context, not as missing: "It will reopen" after "The Varne quay collapsed"', () => {
    const reopen = starting(ranked('When will the Varne quay reopen?'), 'It will reopen');
    expect(reopen?.own).toBeGreaterThan(0);
    expect(reopen?.features.context).toBeGreaterThan(0);
    expect(reopen?.features.namesMissing).toBe(0);
  });

  it('does not count a name as missing from a sentence holding its adjective: "Norwegian officials" speak of Norway', () => {
    const border = buildIndex([
      readArticle(
        'crossing.md',
        'Date: 2025-03-09\n\n' +
          'Norwegian officials closed the Tana crossing on Friday to protect the reindeer herds.\n\n' +
          'Traders at the Tana crossing waited for news.\n',
      ),
    ]);
    const read = readQuestion(
      'Why did Norway close the Tana crossing?',
      border.lexicon,
      defaultReadingOptions,
    );
    const found = rankSentences(border, read, defaultRankingOptions);
    const closed = found.find((r) =>
      r.article.text.slice(r.article.sentences[r.sentence]?.start).startsWith('Norwegian'),
    );
    const waited = found.find((r) =>
      r.article.text.slice(r.article.sentences[r.sentence]?.start).startsWith('Traders'),
    );
    expect(closed?.features.namesMissing).toBe(0);
    expect(waited?.features.namesMissing).toBeGreaterThan(0);
  });

  it('weighs in distinct a word every candidate holds at almost nothing: the mill is in each sentence, the flood in one', () => {
    const mill = buildIndex([
      readArticle(
        'mill.md',
        'Date: 2025-04-01\n\n' +
          'The Brena mill flooded in March. The Brena mill reopened in May. ' +
          'The Brena mill employs 40 people. Owners of the Brena mill thanked the town.\n',
      ),
    ]);
    const read = readQuestion('Why did the Brena mill flood?', mill.lexicon, defaultReadingOptions);
    const [first, ...others] = rankSentences(mill, read, defaultRankingOptions);
    const text = (r: RankedSentence | undefined) => {
      const span = r?.article.sentences[r.sentence];
      return span ? r?.article.text.slice(span.start, span.end) : '';
    };
    expect(text(first)).toBe('The Brena mill flooded in March.');
    for (const r of others) {
      expect(r.own).toBeGreaterThan(0);
      expect(r.features.distinct).toBeLessThan(r.own / 4);
    }
  });

  it('ranks the sentence that answers first, with a probability between 0 and 1', () => {
    const m = [...ranked('How much will the repairs cost?').values()];
    expect(m[0]?.features.kind).toBeGreaterThan(0);
    for (const r of m) expect(r.score).toBeGreaterThanOrEqual(0);
    for (const r of m) expect(r.score).toBeLessThanOrEqual(1);
  });
});
