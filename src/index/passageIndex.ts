import { emptyPostings, type FrozenPostings, freeze, holdsFrozen, removeFrozen } from './frozenPostings.js';
import { type LiveSearch, newLiveSearch, type PassageDocument } from './livePostings.js';

/**
 * The passage search index in two layers, as a search engine keeps segments: the postings frozen at the last
 * build or save, and a MiniSearch holding the passages added since (MiniSearch `add` / `discard`, so a live
 * update touches only the changed articles). `topPassages` scores over both as one index.
 */
export interface PassageIndex {
  frozen: FrozenPostings;
  live: LiveSearch;
}

/** An index over passages numbered `0 .. documents.length - 1`, all frozen. */
export function passageIndexOf(documents: readonly PassageDocument[]): PassageIndex {
  const live = newLiveSearch();
  live.addAll(documents);
  return { frozen: freeze(emptyPostings(), live, documents.length), live: newLiveSearch() };
}

export function addPassages(index: PassageIndex, documents: readonly PassageDocument[]): void {
  index.live.addAll(documents);
}

export function removePassage(index: PassageIndex, id: number): void {
  if (holdsFrozen(index.frozen, id)) removeFrozen(index.frozen, id);
  else if (index.live.has(id)) index.live.discard(id);
}

/** Everything the index holds, frozen (to be saved); the index itself is left as it is. */
export function frozenNow(index: PassageIndex, idLimit: number): FrozenPostings {
  return freeze(index.frozen, index.live, idLimit);
}
