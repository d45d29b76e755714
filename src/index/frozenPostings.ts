import { type LiveSearch, liveLengths, livePostings, liveTerms } from './livePostings.js';

/**
 * The search index as it was last built or saved: for each term, the passages holding it and how often, in
 * flat typed arrays. MiniSearch builds the postings; frozen, they load from disk as four arrays instead of
 * being rebuilt into ~3.6 million map entries (1.5 s and ~200 MB at 10,000 articles, `npm run bench`), and
 * they take ~8 bytes a posting. Passages removed since the freeze are marked by a zero length; the next
 * save folds removals and additions into a new freeze.
 */
export interface FrozenPostings {
  /** Row of each term: its postings are `docs[offsets[row] .. offsets[row + 1])`, passage ids ascending. */
  rows: Map<string, number>;
  offsets: Uint32Array;
  docs: Uint32Array;
  /** Frequency of the term in each passage of `docs`. */
  tfs: Uint32Array;
  /** Length in terms of each passage by id; 0 where there is no passage (never frozen, or removed since). */
  lengths: Uint32Array;
  /** Passages with a length, and their summed lengths: BM25's document count and average length. */
  count: number;
  totalLength: number;
  /** Passages removed since the freeze: while any are, a term's postings must be counted, not measured. */
  removed: number;
}

export function emptyPostings(): FrozenPostings {
  return {
    rows: new Map(),
    offsets: new Uint32Array(1),
    docs: new Uint32Array(0),
    tfs: new Uint32Array(0),
    lengths: new Uint32Array(0),
    count: 0,
    totalLength: 0,
    removed: 0,
  };
}

/** Whether a passage id is one of the frozen passages still in the index. */
export function holdsFrozen(frozen: FrozenPostings, id: number): boolean {
  return (frozen.lengths[id] ?? 0) > 0;
}

/** Marks a frozen passage removed: it no longer counts, scores or matches. */
export function removeFrozen(frozen: FrozenPostings, id: number): void {
  const length = frozen.lengths[id] ?? 0;
  if (length === 0) return;
  frozen.lengths[id] = 0;
  frozen.count--;
  frozen.totalLength -= length;
  frozen.removed++;
}

/** Calls `visit` for each frozen passage still in the index that holds `term`, in ascending id. */
export function eachFrozenPosting(
  frozen: FrozenPostings,
  term: string,
  visit: (id: number, tf: number, length: number) => void,
): void {
  const row = frozen.rows.get(term);
  if (row === undefined) return;
  const { offsets, docs, tfs, lengths } = frozen;
  for (let i = offsets[row] as number, end = offsets[row + 1] as number; i < end; i++) {
    const id = docs[i] as number;
    const length = lengths[id] as number;
    if (length > 0) visit(id, tfs[i] as number, length);
  }
}

/** Frozen passages still in the index that hold `term`. */
export function frozenDf(frozen: FrozenPostings, term: string): number {
  const row = frozen.rows.get(term);
  if (row === undefined) return 0;
  if (frozen.removed === 0) return (frozen.offsets[row + 1] as number) - (frozen.offsets[row] as number);
  let df = 0;
  eachFrozenPosting(frozen, term, () => df++);
  return df;
}

/**
 * A new freeze of everything the index holds: the frozen passages still in it and the live ones, with
 * `idLimit` ids (one past the highest passage id). Live passages always have higher ids than frozen ones
 * (ids are never reused), so each term's postings stay in ascending id.
 */
export function freeze(frozen: FrozenPostings, live: LiveSearch, idLimit: number): FrozenPostings {
  const lengths = new Uint32Array(idLimit);
  lengths.set(frozen.lengths.subarray(0, Math.min(idLimit, frozen.lengths.length)));
  let count = frozen.count;
  let totalLength = frozen.totalLength;
  for (const [id, length] of liveLengths(live)) {
    lengths[id] = length;
    count++;
    totalLength += length;
  }
  const terms = new Set([...frozen.rows.keys(), ...liveTerms(live)]);
  const rows = new Map<string, number>();
  const offsets: number[] = [0];
  const docs: number[] = [];
  const tfs: number[] = [];
  for (const term of terms) {
    const before = docs.length;
    eachFrozenPosting(frozen, term, (id, tf) => {
      docs.push(id);
      tfs.push(tf);
    });
    // MiniSearch keeps a term's postings in the order passages were added, which is not always by id.
    for (const [id, tf] of [...livePostings(live, term)].sort((a, b) => a[0] - b[0])) {
      docs.push(id);
      tfs.push(tf);
    }
    if (docs.length === before) continue;
    rows.set(term, offsets.length - 1);
    offsets.push(docs.length);
  }
  return {
    rows,
    offsets: Uint32Array.from(offsets),
    docs: Uint32Array.from(docs),
    tfs: Uint32Array.from(tfs),
    lengths,
    count,
    totalLength,
    removed: 0,
  };
}
