import type { Article } from '../../src/corpus/article.js';
import { terms } from '../../src/lexicon/terms.js';
import type { SentenceSearch } from '../../src/retrieve/hits.js';

/**
 * A stand-in for the engine's search in unit tests of the commands: every sentence holding a term of the
 * query, scored by the share of the query's terms it holds, best first; holding half of them answers.
 */
export function overlapSearch(articles: readonly Article[]): SentenceSearch {
  return (query, limit = Number.POSITIVE_INFINITY) => {
    const wanted = new Set(terms(query));
    return articles
      .flatMap((a) =>
        a.sentences.flatMap((s, sentence) => {
          const held = new Set(terms(a.text.slice(s.start, s.end)));
          const coverage = [...wanted].filter((t) => held.has(t)).length / Math.max(1, wanted.size);
          return coverage > 0
            ? [
                {
                  file: a.file,
                  sentence,
                  score: coverage,
                  coverage,
                  beyondNames: true,
                  meantBeyondNames: true,
                  answers: coverage >= 0.5,
                },
              ]
            : [];
        }),
      )
      .sort((x, y) => y.score - x.score)
      .slice(0, limit);
  };
}
