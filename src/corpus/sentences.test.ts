import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodySentences, splitLines, splitSentences } from './sentences.js';

describe('splitSentences', () => {
  const sentencesOf = (text: string) =>
    splitLines(text)
      .flatMap(splitSentences)
      .map((s) => text.slice(s.start, s.end));

  it.each([
    ['abbreviated country', 'She met the new head of U.S. Northern Command on Monday. Then she left.', 2],
    ['military rank', 'Maj. Gen. Anna Berg met the minister in April. They talked.', 2],
    ['month abbreviation', 'The report came out on Oct. 01, 2025 in the capital. It was long.', 2],
    ['clock time', 'The train left the station at 6:45 a.m. Tuesday, officials said. Crowds waited.', 2],
    ['state abbreviation', 'The firm is based in Tulsa, Okla. and builds schools. It won the bid.', 2],
  ])('keeps %s inside its sentence', (_, text, count) => {
    expect(sentencesOf(text)).toHaveLength(count);
  });

  it.each([
    ['clock time', 'The ferry struck the pier at 5:10 a.m. The blast woke the town.', 2],
    ['place abbreviation', 'The firm moved to Tulsa, Okla. It hired forty people.', 2],
  ])('ends a sentence at a %s followed by a capitalised function word', (_, text, count) => {
    expect(sentencesOf(text)).toHaveLength(count);
    expect(sentencesOf(text)[1]).toMatch(/^(The|It) /);
  });

  it('keeps the opening quotation mark with the sentence it opens', () => {
    const text = '“We welcome the decision,” a lawmaker said. He left.';
    expect(sentencesOf(text)[0]).toBe('“We welcome the decision,” a lawmaker said.');
  });

  it('never ends a sentence inside a word, where the tokenizer reads a typo as an abbreviation', () => {
    const text =
      '- Requiring the Office of Harbour Works (OHW) to issue a notice by Han. 15 of enactment for the Harbour Grant (HG-DR) so money can flow faster. Notices take months.';
    for (const sentence of sentencesOf(text)) expect(sentence).not.toMatch(/\d$/);
  });

  it("leaves a run-in head out of the paragraph's first sentence, but not a speaker's name", () => {
    const text =
      'What Happened: On Monday the Tarn ferry line cut its winter crossings by half.\n\n' +
      'Ines Kolar: We will run every crossing again in spring.';
    const quotes = bodySentences(text, 0).map((s) => text.slice(s.start, s.end));
    expect(quotes[0]).toBe('On Monday the Tarn ferry line cut its winter crossings by half.');
    expect(quotes[1]).toBe('Ines Kolar: We will run every crossing again in spring.');
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
