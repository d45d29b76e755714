import type { CorpusIndex } from '../index/buildIndex.js';
import { namedInCorpus } from './namedInCorpus.js';
import type { Question } from './question.js';

/** A year as a question writes it. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Whether a question names a person, place, organisation or number that no article names: then it is about
 * another story, however well its other words match, and every command answers `not_found`. A year the
 * articles are dated in is named by each "this year" they write ("at the start of 2025" of a story that says
 * "at the start of this year").
 */
export function namesUnknown(index: CorpusIndex, question: Question): boolean {
  return (
    question.concepts.some((c) => c.name && !c.present && !datedIn(index, c.key)) ||
    question.wholeNames.some((name) => !namedInCorpus(index, name))
  );
}

function datedIn(index: CorpusIndex, key: string): boolean {
  return YEAR.test(key) && index.articles.some((a) => a.published?.startsWith(key));
}
