import type { CorpusIndex } from '../index/buildIndex.js';
import type { SentenceHit, SentenceSearch } from './hits.js';
import { defaultReadingOptions, readQuestion } from './question.js';
import { defaultRankingOptions, rankSentences } from './rankSentences.js';

/** The sentence search the commands share: the same question reading and ranking as /ask, without its answer rules. */
export function sentenceSearch(index: CorpusIndex): SentenceSearch {
  return (query: string, limit = Number.POSITIVE_INFINITY): SentenceHit[] => {
    if (!query.trim()) return [];
    const question = readQuestion(query, index.lexicon, defaultReadingOptions);
    return rankSentences(index, question, defaultRankingOptions)
      .slice(0, limit)
      .map((r) => ({
        file: r.article.file,
        sentence: r.sentence,
        score: r.score,
        coverage: r.coverage,
        beyondNames: r.beyondNames,
      }));
  };
}
