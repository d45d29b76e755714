import type { Article } from '../../src/corpus/article.js';
import { terms } from '../../src/lexicon/terms.js';

/** Sentence frequencies as a reader would count them: each sentence tokenized on its own. */
export function sentenceFrequencies(articles: readonly Article[]): {
  sentences: number;
  sentenceDf: Record<string, number>;
} {
  const df = new Map<string, number>();
  let sentences = 0;
  for (const a of articles) {
    for (const s of a.sentences) {
      sentences++;
      for (const t of new Set(terms(a.text.slice(s.start, s.end)))) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  return { sentences, sentenceDf: Object.fromEntries(df) };
}
