import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../corpus/article.js';
import { loadArticles } from '../corpus/loadArticles.js';
import { passagesOf } from '../corpus/passages.js';
import { passageText } from '../index/buildIndex.js';
import { type LiveSearch, newLiveSearch, type PassageDocument } from '../index/livePostings.js';
import { addPassages, passageIndexOf, removePassage } from '../index/passageIndex.js';
import { terms } from '../lexicon/terms.js';
import { type PassageHit, topPassages } from './topPassages.js';

const FOLDERS = [
  join(import.meta.dirname, '../../test/fixtures/harbour'),
  join(import.meta.dirname, '../../articles'),
];

let docs: PassageDocument[];
let vocabulary: string[];

beforeAll(async () => {
  const articles: Article[] = [];
  for (const dir of FOLDERS) articles.push(...(await loadArticles(dir, () => {})));
  docs = articles
    .flatMap((a) => passagesOf(a).map((p) => terms(passageText(a, p)).join(' ')))
    .map((text, id) => ({ id, text }));
  vocabulary = [...new Set(docs.flatMap((d) => d.text.split(' ')))].sort();
});

/** MiniSearch's own first k hits, an equal score by passage id (as `topPassages` orders them). */
function searchHits(search: LiveSearch, query: string, boost: (t: string) => number, k: number) {
  return search
    .search(query, { boostTerm: boost })
    .map((r) => ({ id: r.id as number, score: r.score }))
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, k);
}

/**
 * Same passages in the same order, and the same scores but for the last bits: MiniSearch keeps its average
 * passage length as a running mean, the index as a sum.
 */
function expectSameHits(ours: PassageHit[], theirs: PassageHit[]) {
  expect(ours.map((h) => h.id)).toEqual(theirs.map((h) => h.id));
  ours.forEach((h, i) => {
    expect(h.score).toBeCloseTo(theirs[i]?.score ?? Number.NaN, 9);
  });
}

/** Queries of index terms (some repeated, some unknown), each with a boost, and how many hits to take. */
const queries = () =>
  fc.tuple(
    fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('zzqx', 'unknownterm')), {
      minLength: 1,
      maxLength: 12,
    }),
    fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 12, maxLength: 12 }),
    fc.integer({ min: 1, max: 40 }),
  );

describe('topPassages', () => {
  it("gives MiniSearch's first k hits over the same passages: same passages, order and scores", () => {
    const index = passageIndexOf(docs);
    const reference = newLiveSearch();
    reference.addAll(docs);
    fc.assert(
      fc.property(queries(), ([words, weights, k]) => {
        const boost = (t: string) => weights[words.indexOf(t)] ?? 1;
        const query = words.join(' ');
        expectSameHits(topPassages(index, query, boost, k), searchHits(reference, query, boost, k));
      }),
      { numRuns: 200 },
    );
  });

  it('scores frozen and live passages as one index, leaving out removed ones of either layer', async () => {
    await fc.assert(
      fc.asyncProperty(
        queries(),
        fc.integer({ min: 1, max: 100 }),
        fc.uniqueArray(fc.nat({ max: 10_000 }), { maxLength: 15 }),
        async ([words, weights, k], cutPercent, gone) => {
          const cut = Math.floor((docs.length * cutPercent) / 100);
          const index = passageIndexOf(docs.slice(0, cut));
          addPassages(index, docs.slice(cut));
          const reference = newLiveSearch();
          reference.addAll(docs);
          for (const g of new Set(gone.map((n) => n % docs.length))) {
            removePassage(index, g);
            reference.discard(g);
          }
          // MiniSearch's own search over stale postings counts a passage's terms while it prunes them; after a
          // vacuum it scores as if the passages had never been there.
          await reference.vacuum({ batchSize: 1_000_000 });
          const boost = (t: string) => weights[words.indexOf(t)] ?? 1;
          const query = words.join(' ');
          expectSameHits(topPassages(index, query, boost, k), searchHits(reference, query, boost, k));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('gives nothing for no terms or k = 0', () => {
    const index = passageIndexOf(docs);
    expect(topPassages(index, '', () => 1, 10)).toEqual([]);
    expect(topPassages(index, vocabulary[0] ?? '', () => 1, 0)).toEqual([]);
  });
});
