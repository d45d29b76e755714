import { describe, expect, it } from 'vitest';
import { sentenceFrequencies } from '../../test/helpers/sentenceFrequencies.js';
import { readArticle } from '../corpus/readArticle.js';
import { buildIndex } from './buildIndex.js';
import { updateIndex } from './updateIndex.js';

/** Invented articles: overlapping passages, a sentence ending in initials, a word named like an Object property. */
const FILES: Record<string, string> = {
  'a.md':
    'The harbour board met on Monday. Its constructors signed the deal in the U.S. The ferry pier opened in 1962. The pier was rebuilt in 2004.\n',
  'b.md': 'A new ferry line opened. The board said the line carries 3,000 people a day.\n',
  'c.md': 'The toString of the harbour board.\n',
};

const read = (files: Record<string, string>) =>
  Object.entries(files).map(([file, text]) => readArticle(file, text));

describe('sentence frequencies', () => {
  it('are counted from the passages as from each sentence alone', () => {
    const { lexicon } = buildIndex(read(FILES));
    expect({ sentences: lexicon.sentences, sentenceDf: { ...lexicon.sentenceDf } }).toEqual(
      sentenceFrequencies(read(FILES)),
    );
    expect(lexicon.sentenceDf.constructor).toBe(1);
  });

  it('stay exact through live updates, and the version moves', () => {
    const index = buildIndex(read(FILES));
    const changed = { 'b.md': 'The ferry line closed in 2019.\n', 'd.md': 'The harbour board met again.\n' };
    updateIndex(index, { upserted: read(changed), removed: ['a.md'] });
    updateIndex(index, { upserted: [], removed: ['c.md'] });
    expect(index.version).toBe(2);
    const now = read(changed);
    expect({ sentences: index.lexicon.sentences, sentenceDf: { ...index.lexicon.sentenceDf } }).toEqual(
      sentenceFrequencies(now),
    );
  });
});
