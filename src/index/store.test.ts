import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openIndex } from '../engine.js';

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

  it('is rebuilt, not fatal, when a saved file is damaged', async () => {
    const w = workspace();
    await openIndex(w);
    writeFileSync(join(w.indexDir, 'search.json'), '{"broken');
    const index = await openIndex(w);
    expect(index.articles).toHaveLength(3);
    expect(() => JSON.parse(readFileSync(join(w.indexDir, 'search.json'), 'utf8'))).not.toThrow();
  });
});
