import type { CorpusIndex } from '../index/buildIndex.js';
import { namedInCorpus } from './namedInCorpus.js';
import type { Question } from './question.js';

/**
 * Whether a question names a person, place, organisation or number that no article names: then it is about
 * another story, however well its other words match, and every command answers `not_found`.
 */
export function namesUnknown(index: CorpusIndex, question: Question): boolean {
  return (
    question.concepts.some((c) => c.name && !c.present) ||
    question.wholeNames.some((name) => !namedInCorpus(index, name))
  );
}
