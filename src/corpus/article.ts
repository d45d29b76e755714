/** The corpus model: what the engine knows of one article after reading it. Offsets index `text`. */

export interface Span {
  start: number;
  end: number;
}

/** A quotable sentence of the article's body: `text.slice(start, end)`, furniture already left out. */
export interface Sentence extends Span {
  /** Index of the paragraph (line block) it stands in, so neighbours can be told from distant sentences. */
  paragraph: number;
}

export interface Article {
  /** File name inside the articles folder: the article's identity in citations. */
  file: string;
  /** The file read as UTF-8, byte-order mark removed: every offset counts JavaScript string units of this. */
  text: string;
  title: string | null;
  /** Publisher. */
  source: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null when the article does not tell it. Never guessed. */
  published: string | null;
  /** The date as printed, kept when it could not be settled (e.g. "07-09-2025" with nothing to tell the order). */
  publishedAsWritten: string | null;
  /** Where the date was read from, for the `sources` citation. */
  publishedSpan: Span | null;
  sentences: Sentence[];
  words: number;
}

/** The text of an article's sentence by its index ('' for none). */
export function sentenceText(article: Article, sentence: number): string {
  const span = article.sentences[sentence];
  return span ? article.text.slice(span.start, span.end) : '';
}

/** The sentence before one in its paragraph, or '' where it opens one: whom its "he" or "it" is. */
export function sentenceBefore(article: Article, sentence: number): string {
  const span = article.sentences[sentence];
  const before = article.sentences[sentence - 1];
  return span && before && before.paragraph === span.paragraph ? sentenceText(article, sentence - 1) : '';
}

export function sentenceCount(articles: readonly Article[]): number {
  return articles.reduce((n, a) => n + a.sentences.length, 0);
}
