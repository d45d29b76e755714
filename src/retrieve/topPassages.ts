import { eachFrozenPosting, frozenDf } from '../index/frozenPostings.js';
import { liveLengths, livePostings } from '../index/livePostings.js';
import type { PassageIndex } from '../index/passageIndex.js';

/**
 * The best `k` passages for a query, scored as `MiniSearch#search` scores them (BM25+ summed over the query's
 * terms, times the number of distinct terms matched), over both layers of the passage index as if they were
 * one MiniSearch, and without building and sorting a result object for every matching passage: over 85k
 * passages (`npm run bench`, 10,000 articles) that was 85% of /ask's time, p95 549 ms, where this takes a
 * tenth. `topPassages.test.ts` checks it against `search` over a MiniSearch holding the same passages.
 */
export interface PassageHit {
  id: number;
  score: number;
}

/** MiniSearch's default BM25+ parameters (`defaultBM25params`). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/**
 * The top `k` hits for `terms` (already normalised, space-separated, as the index holds them), each term's
 * score multiplied by `boostTerm(term)`; best first, an equal score by passage id.
 */
export function topPassages(
  index: PassageIndex,
  terms: string,
  boostTerm: (term: string) => number,
  k: number,
): PassageHit[] {
  if (k <= 0) return [];
  const { frozen, live } = index;
  const liveLength = liveLengths(live);
  let totalLength = frozen.totalLength;
  let idLimit = frozen.lengths.length;
  for (const [id, length] of liveLength) {
    totalLength += length;
    idLimit = Math.max(idLimit, id + 1);
  }
  const count = frozen.count + liveLength.size;
  const average = count ? totalLength / count : 1;
  const score = new Float64Array(idLimit);
  const matched = new Uint32Array(idLimit);
  const seen = new Set<string>();
  for (const term of terms.split(' ')) {
    if (!term) continue;
    const distinct = !seen.has(term);
    seen.add(term);
    const liveHits = [...livePostings(live, term)];
    const df = frozenDf(frozen, term) + liveHits.length;
    if (df === 0) continue;
    const boost = boostTerm(term);
    const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
    const add = (id: number, tf: number, length: number) => {
      // In MiniSearch's order of operations (`calcBM25Score`, then the boost).
      score[id] =
        (score[id] as number) +
        boost * (idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / average))));
      if (matched[id] === 0 || distinct) matched[id] = (matched[id] as number) + 1;
    };
    eachFrozenPosting(frozen, term, add);
    for (const [id, tf] of liveHits) add(id, tf, liveLength.get(id) ?? 0);
  }
  const best: PassageHit[] = [];
  for (let id = 0; id < idLimit; id++) {
    if (matched[id] === 0) continue;
    const s = (score[id] as number) * (matched[id] as number);
    if (best.length === k && s <= (best[k - 1] as PassageHit).score) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1] as PassageHit).score < s) at--;
    best.splice(at, 0, { id, score: s });
    if (best.length > k) best.pop();
  }
  return best;
}
