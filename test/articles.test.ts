import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/corpus/readArticle.js';

/**
 * Every sentence of every article the project has (the bundled ones and each development story under
 * ../shared/eval/) is a whole, trimmed slice of its file: quotes are cut by these offsets.
 */
const ROOT = resolve(import.meta.dirname, '..');
const SHARED_EVAL = resolve(ROOT, '../shared/eval');
const folders = [
  join(ROOT, 'articles'),
  ...(() => {
    try {
      return readdirSync(SHARED_EVAL, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(SHARED_EVAL, d.name, 'articles'));
    } catch {
      return [];
    }
  })(),
].filter((d) => {
  try {
    return readdirSync(d).length > 0;
  } catch {
    return false;
  }
});

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

describe('sentences of every article', () => {
  for (const dir of folders) {
    for (const file of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f))) {
      it(`${file}: each sentence is a trimmed, whole slice of the file`, () => {
        const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
        const article = readArticle(file, text);
        expect(article.sentences.length).toBeGreaterThan(3);
        for (const s of article.sentences) {
          const quote = text.slice(s.start, s.end);
          expect(quote.length).toBeGreaterThan(0);
          expect(quote).toBe(quote.trim());
          // whole: never starts or ends mid-word
          expect(isWordChar(text.charAt(s.start - 1)) && isWordChar(text.charAt(s.start))).toBe(false);
          expect(isWordChar(text.charAt(s.end)) && isWordChar(text.charAt(s.end - 1))).toBe(false);
        }
      });
    }
  }
});
