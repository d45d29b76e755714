import type { Citation } from '../answer/schema.js';
import type { Article } from '../corpus/article.js';

/** A quote as a block, then where it is from: file, publisher and publication date ("undated" when unknown). */
export function quoteLines(c: Citation, articles: readonly Article[]): string[] {
  const a = articles.find((x) => x.file === c.file);
  const where = [c.file, a?.source, c.published ?? 'undated'].filter(Boolean).join(' · ');
  return [`   > ${c.quote.replace(/\s+/g, ' ')}`, `     — ${where}`];
}
