import type { Citation } from '../../src/answer/schema.js';

/** A citation of a whole quoted text, for renderer tests that need no real article behind it. */
export function quotedCitation(file: string, published: string | null, quote: string): Citation {
  return { file, published, quote, start: 0, end: quote.length };
}
