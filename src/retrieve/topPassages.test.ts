import { join } from 'node:path';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../corpus/article.js';
import { loadArticles } from '../corpus/loadArticles.js';
import { passagesOf } from '../corpus/passages.js';
import { passageText, SEARCH_OPTIONS } from '../index/buildIndex.js';
import { terms } from '../lexicon/terms.js';
import { topPassages } from './topPassages.js';

const FOLDERS = [
  join(import.meta.dirname, '../../test/fixtures/harbour'),
  join(import.meta.dirname, '../../articles'),
];

type Docs = { id: number; text: string }[];
let docs: Docs;
let vocabulary: string[];

/** A MiniSearch over every passage of both folders, as `buildIndex` makes it (without the lexicon). */
function searchOver(documents: Docs): MiniSearch<{ id: number; text: string }> {
  const search = new MiniSearch<{ id: number; text: string }>(SEARCH_OPTIONS);
  search.addAll(documents);
  return search;
}

beforeAll(async () => {
  const articles: Article[] = [];
  for (const dir of FOLDERS) articles.push(...(await loadArticles(dir, () => {})));
  docs = articles
    .flatMap((a) => passagesOf(a).map((p) => terms(passageText(a, p)).join(' ')))
    .map((text, id) => ({ id, text }));
  vocabulary = [...new Set(docs.flatMap((d) => d.text.split(' ')))].sort();
});

const hitsOf = (
  search: MiniSearch<{ id: number; text: string }>,
  query: string,
  boost: (t: string) => number,
  k: number,
) =>
  search
    .search(query, { boostTerm: boost })
    .slice(0, k)
    .map((r) => ({ id: r.id as number, score: r.score }));

/** Queries of index terms (some repeated, some unknown), each with a boost. */
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
  it("gives exactly MiniSearch's first k hits: same passages, same scores, same order", () => {
    const search = searchOver(docs);
    fc.assert(
      fc.property(queries(), ([words, weights, k]) => {
        const boost = (t: string) => weights[words.indexOf(t)] ?? 1;
        const query = words.join(' ');
        expect(topPassages(search, query, boost, k)).toEqual(hitsOf(search, query, boost, k));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out passages discarded and not yet vacuumed, scoring as MiniSearch does once it has vacuumed', async () => {
    await fc.assert(
      fc.asyncProperty(
        queries(),
        fc.uniqueArray(fc.nat({ max: 10_000 }), { maxLength: 15 }),
        async ([words, weights, k], gone) => {
          const search = searchOver(docs);
          for (const g of new Set(gone.map((n) => n % docs.length))) search.discard(g);
          const boost = (t: string) => weights[words.indexOf(t)] ?? 1;
          const query = words.join(' ');
          const ours = topPassages(search, query, boost, k);
          // MiniSearch's own search over stale postings counts a passage's terms while it prunes them; after a
          // vacuum it scores as if the passages had never been there.
          await search.vacuum({ batchSize: 1_000_000 });
          expect(ours).toEqual(hitsOf(search, query, boost, k));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('follows passages added after its first use', () => {
    const search = searchOver(docs.slice(0, -5));
    const query = vocabulary.slice(0, 30).join(' ');
    topPassages(search, query, () => 1, 10);
    search.addAll(docs.slice(-5));
    expect(topPassages(search, query, () => 1, 50)).toEqual(hitsOf(search, query, () => 1, 50));
  });

  it('gives nothing for no terms or k = 0', () => {
    const search = searchOver(docs);
    expect(topPassages(search, '', () => 1, 10)).toEqual([]);
    expect(topPassages(search, vocabulary[0] ?? '', () => 1, 0)).toEqual([]);
  });
});
