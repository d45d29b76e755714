import type { CorpusIndex } from '../index/buildIndex.js';
import type { SentenceHit, SentenceSearch } from './hits.js';
import { namesUnknown } from './namesUnknown.js';
import { defaultReadingOptions, readQuestion } from './question.js';
import { defaultRankingModel } from './rankingModel.js';
import { rankSentences } from './rankSentences.js';

/** The sentence search the commands share: the same question reading and ranking as /ask, without its answer rules. */
export function sentenceSearch(index: CorpusIndex, model = defaultRankingModel): SentenceSearch {
  return (query: string, limit = Number.POSITIVE_INFINITY): SentenceHit[] => {
    if (!query.trim()) return [];
    const question = readQuestion(query, index.lexicon, defaultReadingOptions);
    if (namesUnknown(index, question)) return [];
    return rankSentences(index, question, { model })
      .slice(0, limit)
      .map((r) => ({
        file: r.article.file,
        sentence: r.sentence,
        score: r.score,
        coverage: r.coverage,
        beyondNames: r.beyondNames,
        meantBeyondNames: r.meantBeyondNames,
        answers: r.score >= model.threshold,
      }));
  };
}
