import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles, MAX_ARTICLE_BYTES } from './loadArticles.js';

describe('loadArticles: a bad file is skipped with one warning, the rest served', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citebot-articles-'));
  const good = 'The council approved the new tram line on Thursday by a wide margin.\n';
  writeFileSync(join(dir, 'good.txt'), good);
  writeFileSync(join(dir, 'bom.md'), `\uFEFF${good}`);
  writeFileSync(join(dir, 'empty.txt'), '  \n\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(
    join(dir, 'latin1.txt'),
    Buffer.from('Caf\xe9 opens on the square with a grand party.\n', 'latin1'),
  );
  writeFileSync(join(dir, 'huge.txt'), 'word '.repeat(MAX_ARTICLE_BYTES / 4));
  writeFileSync(join(dir, 'headline-only.txt'), 'Just a headline\n');
  writeFileSync(join(dir, 'notes.json'), '{}');

  it('serves the good articles, BOM removed, and warns once per bad file naming it', async () => {
    const warnings: string[] = [];
    const articles = await loadArticles(dir, (m) => warnings.push(m));
    expect(articles.map((a) => a.file)).toEqual(['bom.md', 'good.txt']);
    expect(articles[0]?.text.startsWith('The council')).toBe(true);
    expect(warnings).toHaveLength(5);
    for (const [file, why] of [
      ['empty.txt', 'empty'],
      ['binary.txt', 'binary'],
      ['latin1.txt', 'UTF-8'],
      ['huge.txt', 'limit'],
      ['headline-only.txt', 'no sentences'],
    ]) {
      expect(warnings.find((w) => w.includes(file as string))).toContain(why);
    }
  });
});
