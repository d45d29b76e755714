import type { Article, Span } from '../corpus/article.js';
import type { Citation } from './schema.js';

/** A citation of `span` in `article`: the quote is cut from the file text, so it is verbatim by construction. */
export function cite(article: Article, span: Span): Citation {
  return {
    file: article.file,
    published: article.published,
    quote: article.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  };
}
