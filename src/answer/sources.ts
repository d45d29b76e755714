import type { Article } from '../corpus/article.js';
import { cite } from './cite.js';
import type { Answer } from './schema.js';

/** One item per article: what the corpus holds, with the passage each date was read from. */
export function sources(articles: readonly Article[]): Answer {
  const items = articles.map((a) => ({
    text: [
      a.title ?? a.file,
      a.source,
      a.published ?? (a.publishedAsWritten ? `dated "${a.publishedAsWritten}"` : 'undated'),
    ]
      .filter(Boolean)
      .join(' — '),
    file: a.file,
    title: a.title,
    source: a.source,
    url: a.url,
    published: a.published,
    words: a.words,
    citations: a.publishedSpan ? [cite(a, a.publishedSpan)] : [],
  }));
  return {
    command: 'sources',
    query: '',
    status: items.length ? 'answered' : 'not_found',
    items,
    conflicts: [],
  };
}
