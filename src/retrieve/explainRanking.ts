import type { CorpusIndex } from '../index/buildIndex.js';
import { type ReadingOptions, readQuestion } from './question.js';
import { contributions } from './rankingModel.js';
import { type RankingOptions, rankSentences } from './rankSentences.js';

/**
 * Why the best sentences for a question rank as they do: each one's probability against the not_found
 * threshold, then every feature's value and its share of the score, largest first (`--explain`).
 */
export function explainRanking(
  index: CorpusIndex,
  query: string,
  options: ReadingOptions & RankingOptions,
  limit = 3,
): string {
  const question = readQuestion(query, index.lexicon, options);
  const lines = [`threshold ${options.model.threshold.toFixed(3)}; bias ${options.model.bias.toFixed(3)}`];
  for (const r of rankSentences(index, question, options).slice(0, limit)) {
    const span = r.article.sentences[r.sentence];
    const text = span ? r.article.text.slice(span.start, span.end).replace(/\s+/g, ' ') : '';
    lines.push(`${r.score.toFixed(3)}  ${r.article.file}: ${text}`);
    for (const c of contributions(options.model, r.features).filter((c) => c.contribution !== 0))
      lines.push(
        `    ${c.feature.padEnd(14)} ${c.value.toFixed(3).padStart(7)} → ${c.contribution.toFixed(3)}`,
      );
  }
  return lines.join('\n');
}
