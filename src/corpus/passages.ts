import type { Article } from './article.js';

/** A retrieval unit: a few adjacent sentences of one article. */
export interface Passage {
  /** The article's file name. */
  file: string;
  /** First and last (inclusive) sentence indexes. */
  first: number;
  last: number;
}

/**
 * Sentences per passage, and how far each window moves. Three sentences keep a question's subject and its
 * answer together when the answer sits in the next sentence ("… the 300-metre tanker. It was …"); a stride of
 * two overlaps windows by one so no pair of neighbours is ever split.
 */
export const PASSAGE_SENTENCES = 3;
export const PASSAGE_STRIDE = 2;

export function passagesOf(article: Article): Passage[] {
  const n = article.sentences.length;
  const passages: Passage[] = [];
  for (let first = 0; first < n; first += PASSAGE_STRIDE) {
    passages.push({ file: article.file, first, last: Math.min(n, first + PASSAGE_SENTENCES) - 1 });
    if (first + PASSAGE_SENTENCES >= n) break;
  }
  return passages;
}
