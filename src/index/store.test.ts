import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleFiles } from '../corpus/listArticleFiles.js';
import { readArticle } from '../corpus/readArticle.js';
import { openIndex } from '../engine.js';
import { terms } from '../lexicon/terms.js';
import { topPassages } from '../retrieve/topPassages.js';
import { loadIndex, manifestFor, saveIndex } from './store.js';
import { updateIndex } from './updateIndex.js';

const HARBOUR = join(import.meta.dirname, '../../test/fixtures/harbour');

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'citebot-index-'));
  const articles = join(root, 'articles');
  cpSync(HARBOUR, articles, { recursive: true });
  return { articles, articlesDir: articles, indexDir: join(root, 'index') };
}

describe('the saved index', () => {
  it('is built once, then loaded as long as the articles are unchanged', async () => {
    const w = workspace();
    const first = await openIndex(w);
    const manifest = readFileSync(join(w.indexDir, 'manifest.json'), 'utf8');
    const second = await openIndex(w);
    expect(second.articles.map((a) => a.file)).toEqual(first.articles.map((a) => a.file));
    expect(readFileSync(join(w.indexDir, 'manifest.json'), 'utf8')).toBe(manifest);
    expect(JSON.parse(manifest).files.map((f: { file: string }) => f.file)).toEqual([
      '01_pier.txt',
      '02_rebuild.txt',
      '03_delay.md',
    ]);
  });

  it('is rebuilt when an article is added or changed', async () => {
    const w = workspace();
    await openIndex(w);
    writeFileSync(
      join(w.articles, '04_new.txt'),
      'The new pier opened to the public on a sunny morning in May.\n',
    );
    expect((await openIndex(w)).articles.map((a) => a.file)).toContain('04_new.txt');
    const changed = join(w.articles, '01_pier.txt');
    writeFileSync(changed, 'A storm hit the old pier on Monday and tore away a long section of the deck.\n');
    utimesSync(changed, new Date(), new Date(Date.now() + 5000));
    const rebuilt = await openIndex(w);
    expect(rebuilt.articles.find((a) => a.file === '01_pier.txt')?.text).toContain(
      'tore away a long section',
    );
  });

  it.each([
    ['corpus.json', (bytes: Buffer) => bytes.subarray(0, 9)],
    ['texts.txt', (bytes: Buffer) => bytes.subarray(5)],
    ['arrays.bin', (bytes: Buffer) => bytes.subarray(0, bytes.length / 2)],
  ])('is rebuilt, not fatal, when %s is damaged', async (file, damage) => {
    const w = workspace();
    const built = await openIndex(w);
    const path = join(w.indexDir, file);
    const whole = readFileSync(path);
    writeFileSync(path, damage(whole));
    const index = await openIndex(w);
    expect(index.articles.map((a) => a.text)).toEqual(built.articles.map((a) => a.text));
    expect(readFileSync(path)).toEqual(whole);
  });

  it('loads as it was saved: the same articles, passages and search', async () => {
    const w = workspace();
    const built = await openIndex(w);
    const loaded = await openIndex(w);
    expect(loaded.articles).toEqual(built.articles);
    expect(loaded.passages).toEqual(built.passages);
    expect(loaded.lexicon).toEqual(built.lexicon);
    const query = terms('storm pier deck').join(' ');
    expect(topPassages(loaded.search, query, () => 1, 5)).toEqual(
      topPassages(built.search, query, () => 1, 5),
    );
  });

  it('saves what live updates changed: a reload finds the same passages and ranks them the same', async () => {
    const w = workspace();
    const index = await openIndex(w);
    updateIndex(index, {
      upserted: [
        readArticle('04_ferry.txt', 'A storm stopped José’s ferry “Ünity” 🚢 to the pier for two days.\n'),
      ],
      removed: ['02_rebuild.txt'],
    });
    const manifest = manifestFor(await listArticleFiles(w.articles), null);
    await saveIndex(w.indexDir, index, manifest);
    const loaded = await loadIndex(w.indexDir, manifest);
    expect(loaded?.passages).toEqual(index.passages);
    expect(loaded?.articles).toEqual(index.articles);
    const query = terms('storm ferry pier deck').join(' ');
    const hits = topPassages(index.search, query, () => 1, 10);
    expect(hits.map((h) => index.passages[h.id]?.file)).toContain('04_ferry.txt');
    expect(hits.map((h) => index.passages[h.id]?.file)).not.toContain('02_rebuild.txt');
    expect(loaded && topPassages(loaded.search, query, () => 1, 10)).toEqual(hits);
  });
});
