import MiniSearch from 'minisearch';

/**
 * What a MiniSearch holds, read as postings by passage id: the passages added since the index was last
 * frozen (see `passageIndex.ts`). MiniSearch keeps postings by its own short ids and leaves a discarded
 * passage's postings in place until it vacuums; this reads them by the passage's own id, discarded ones left
 * out, as `MiniSearch#search` does internally. `topPassages.test.ts` checks that scoring over them agrees
 * with `search`, so a MiniSearch upgrade that changes these internals fails there.
 */

/** A passage as MiniSearch indexes it: its position in the index's `passages` is its id. */
export interface PassageDocument {
  id: number;
  text: string;
}

/**
 * MiniSearch sees terms the lexicon already normalised (folded, stemmed, numbers and abbreviations read),
 * so its own tokenizer only splits on spaces and `processTerm` keeps each term as it is. Neither fuzzy nor
 * prefix search: the lexicon's synonyms do that job with known weights, and prefix search was most of the
 * ~780 ms p95 measured for plain MiniSearch over 112k passages.
 */
const spaceSeparated = (text: string) => text.split(' ').filter(Boolean);
const asIs = (term: string) => term;

export const SEARCH_OPTIONS = {
  fields: ['text'],
  tokenize: spaceSeparated,
  processTerm: asIs,
  searchOptions: { tokenize: spaceSeparated, processTerm: asIs },
};

export type LiveSearch = MiniSearch<PassageDocument>;

export function newLiveSearch(): LiveSearch {
  return new MiniSearch<PassageDocument>(SEARCH_OPTIONS);
}

/** The parts of MiniSearch 7's private state read here. */
interface Internals {
  _index: Iterable<[string, Map<number, Map<number, number>>]> & {
    get(term: string): Map<number, Map<number, number>> | undefined;
  };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _documentIds: Map<number, number>;
}

function internals(search: LiveSearch): Internals {
  const m = search as unknown as Partial<Internals>;
  if (
    typeof m._index?.get !== 'function' ||
    !(m._fieldLength instanceof Map) ||
    !(m._documentIds instanceof Map) ||
    m._fieldIds?.text === undefined
  ) {
    throw new Error('this MiniSearch does not keep the private state of MiniSearch 7 that citebot reads');
  }
  return m as Internals;
}

/** Each passage's length in terms, by passage id, for the passages the MiniSearch holds now. */
export function liveLengths(search: LiveSearch): Map<number, number> {
  const m = internals(search);
  const field = m._fieldIds.text as number;
  const lengths = new Map<number, number>();
  for (const [short, fieldLengths] of m._fieldLength) {
    const id = m._documentIds.get(short);
    if (id !== undefined) lengths.set(id, fieldLengths[field] ?? 0);
  }
  return lengths;
}

/** The passages holding `term` with its frequency in each, by passage id; discarded passages left out. */
export function* livePostings(search: LiveSearch, term: string): Generator<[id: number, tf: number]> {
  const m = internals(search);
  const postings = m._index.get(term)?.get(m._fieldIds.text as number);
  if (!postings) return;
  for (const [short, tf] of postings) {
    const id = m._documentIds.get(short);
    if (id !== undefined) yield [id, tf];
  }
}

/** Every term the MiniSearch has postings for (some may hold discarded passages only). */
export function* liveTerms(search: LiveSearch): Generator<string> {
  for (const [term] of internals(search)._index) yield term;
}
