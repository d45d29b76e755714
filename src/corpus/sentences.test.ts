import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from './readArticle.js';
import { bodySentences, splitLines, splitSentences } from './sentences.js';

const STARTER = 'articles';
const SECOND_STORY = '../shared/eval/keybridge/articles';
const folders = [STARTER, SECOND_STORY].filter((d) => {
  try {
    return readdirSync(d).length > 0;
  } catch {
    return false;
  }
});

describe('sentences of every article', () => {
  for (const dir of folders) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      it(`${dir}/${file}: each sentence is a trimmed, whole slice of the file`, () => {
        const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
        const article = readArticle(file, text);
        expect(article.sentences.length).toBeGreaterThan(3);
        for (const s of article.sentences) {
          const quote = text.slice(s.start, s.end);
          expect(quote).toBe(quote.trim());
          expect(quote.length).toBeGreaterThan(0);
          // whole: never starts or ends mid-word
          expect(
            /[\p{L}\p{N}]/u.test(text.charAt(s.start - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(s.start)),
          ).toBe(false);
          expect(
            /[\p{L}\p{N}]/u.test(text.charAt(s.end)) && /[\p{L}\p{N}]/u.test(text.charAt(s.end - 1)),
          ).toBe(false);
        }
      });
    }
  }
});

describe('splitSentences', () => {
  const sentencesOf = (text: string) =>
    splitLines(text)
      .flatMap(splitSentences)
      .map((s) => text.slice(s.start, s.end));

  it.each([
    ['abbreviated country', 'He met the new Commander of U.S. Central Command on Monday. Then he left.', 2],
    ['military rank', 'Maj. Gen. Kevin Leahy met the minister in April. They talked.', 2],
    ['month abbreviation', 'The report came out on Oct. 01, 2025 in the capital. It was long.', 2],
    ['clock time', 'The ship hit the bridge at 1:27 a.m. Tuesday, officials said. Divers searched.', 2],
    ['state abbreviation', 'The firm is based in Omaha, Neb. and builds bridges. It won the bid.', 2],
  ])('keeps %s inside its sentence', (_, text, count) => {
    expect(sentencesOf(text)).toHaveLength(count);
  });

  it('keeps the opening quotation mark with the sentence it opens', () => {
    const text = '“We welcome the decision,” a lawmaker said. He left.';
    expect(sentencesOf(text)[0]).toBe('“We welcome the decision,” a lawmaker said.');
  });

  it('reads lines made of non-breaking spaces as blank', () => {
    const text = 'First paragraph has a sentence in it.\n\u00a0\nSecond paragraph has one too, here.';
    expect(bodySentences(text, 0).map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('gives offsets that slice back to the sentence for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        for (const s of splitLines(text).flatMap(splitSentences)) {
          const quote = text.slice(s.start, s.end);
          expect(quote.length).toBeGreaterThan(0);
          expect(quote).toBe(quote.trim());
        }
      }),
      { numRuns: 200 },
    );
  });
});
