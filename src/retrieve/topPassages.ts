import type MiniSearch from 'minisearch';

/**
 * The best `k` passages for a query, scored exactly as `MiniSearch#search` scores them (BM25+ summed over
 * the query's terms, times the number of distinct terms matched; ties in MiniSearch's order), without
 * building and sorting a result object for every matching passage. `search` does that for all of them:
 * over 85k passages (`npm run bench`, 10,000 articles) it was 85% of /ask's time, p95 549 ms, where this
 * takes a tenth. Only for the index's own options: one field, no prefix or fuzzy search, no document boost.
 *
 * It reads MiniSearch's index directly (its postings and field lengths), as `search` does internally;
 * `topPassages.test.ts` checks the two agree, so a MiniSearch upgrade that changes either fails there.
 */
export interface PassageHit {
  id: number;
  score: number;
}

/** The parts of MiniSearch 7's private state the scoring reads. */
interface Internals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _nextId: number;
  _dirtCount: number;
  _options: { searchOptions?: { bm25?: { k: number; b: number; d: number } } };
}

/** MiniSearch's default BM25+ parameters (`defaultBM25params`). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Each passage's length in terms by MiniSearch's short id, −1 where none (discarded); rebuilt when passages change. */
const lengthCache = new WeakMap<object, { key: string; lengths: Float64Array }>();

function lengthsOf(m: Internals, field: number): Float64Array {
  const key = `${m._nextId}:${m._documentCount}:${field}`;
  const cached = lengthCache.get(m);
  if (cached?.key === key) return cached.lengths;
  const lengths = new Float64Array(m._nextId).fill(-1);
  for (const [doc, fieldLengths] of m._fieldLength) lengths[doc] = fieldLengths[field] ?? 0;
  lengthCache.set(m, { key, lengths });
  return lengths;
}

function isMiniSearch7(m: Partial<Internals>): m is Internals {
  return (
    typeof m._index?.get === 'function' &&
    m._fieldLength instanceof Map &&
    m._documentIds instanceof Map &&
    Array.isArray(m._avgFieldLength) &&
    typeof m._nextId === 'number'
  );
}

/**
 * The top `k` hits for `terms` (already normalised, space-separated, as the index's `SEARCH_OPTIONS` take
 * them), each term's score multiplied by `boostTerm(term)`, best first.
 */
export function topPassages(
  search: MiniSearch<{ id: number; text: string }>,
  terms: string,
  boostTerm: (term: string) => number,
  k: number,
): PassageHit[] {
  if (k <= 0) return [];
  const m = search as unknown as Partial<Internals>;
  const field = m._fieldIds?.text;
  if (!isMiniSearch7(m) || field === undefined) {
    return search
      .search(terms, { boostTerm })
      .slice(0, k)
      .map((r) => ({ id: r.id as number, score: r.score }));
  }
  const { k: K, b, d } = { ...BM25, ...m._options.searchOptions?.bm25 };
  const lengths = lengthsOf(m, field);
  const average = m._avgFieldLength[field] ?? 1;
  const score = new Float64Array(lengths.length);
  const matched = new Uint32Array(lengths.length);
  /** Passages in the order MiniSearch first meets them, which breaks its ties. */
  const order: number[] = [];
  const seen = new Set<string>();
  // Discarded passages stay in the postings until MiniSearch vacuums; they neither count nor score.
  const stale = m._dirtCount > 0;
  for (const term of terms.split(' ')) {
    if (!term) continue;
    const postings = m._index.get(term)?.get(field);
    const distinct = !seen.has(term);
    seen.add(term);
    if (!postings) continue;
    let df = postings.size;
    if (stale) for (const doc of postings.keys()) if ((lengths[doc] ?? -1) < 0) df--;
    const boost = boostTerm(term);
    const idf = Math.log(1 + (m._documentCount - df + 0.5) / (df + 0.5));
    for (const [doc, tf] of postings) {
      const length = lengths[doc] ?? -1;
      if (length < 0) continue;
      // In MiniSearch's order of operations (`calcBM25Score`, then the boost), so scores agree to the last bit.
      const raw = idf * (d + (tf * (K + 1)) / (tf + K * (1 - b + (b * length) / average)));
      const w = boost * raw;
      if (matched[doc] === 0) {
        order.push(doc);
        score[doc] = w;
        matched[doc] = 1;
      } else {
        score[doc] = (score[doc] as number) + w;
        if (distinct) matched[doc] = (matched[doc] as number) + 1;
      }
    }
  }
  // The k best by score × terms matched; an equal score keeps the earlier passage first, as a stable sort does.
  const best: { doc: number; score: number }[] = [];
  for (const doc of order) {
    const s = (score[doc] as number) * (matched[doc] as number);
    if (best.length === k && s <= (best[k - 1] as { score: number }).score) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1] as { score: number }).score < s) at--;
    best.splice(at, 0, { doc, score: s });
    if (best.length > k) best.pop();
  }
  return best.map((h) => ({ id: m._documentIds.get(h.doc) as number, score: h.score }));
}
