import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engineOver, openIndex } from '../src/engine.js';
import type { ArticleChanges } from '../src/index/updateIndex.js';
import { watchArticles } from '../src/index/watchArticles.js';

const HARBOUR = resolve(import.meta.dirname, 'fixtures/harbour');
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

async function watched() {
  const root = mkdtempSync(join(tmpdir(), 'citebot-watch-'));
  const articlesDir = join(root, 'articles');
  cpSync(HARBOUR, articlesDir, { recursive: true });
  const indexDir = join(root, 'index');
  const index = await openIndex({ articlesDir, indexDir });
  const batches: ArticleChanges[] = [];
  const handle = watchArticles(index, { articlesDir, indexDir, onUpdate: (c) => batches.push(c) });
  closers.push(handle.close);
  return { articlesDir, indexDir, index, engine: engineOver(index), batches };
}

/** Polls until `check` holds, failing after `ms`: the bound for an update is 2 seconds. */
async function within(ms: number, check: () => boolean): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - start;
}

const cites = (answer: { items: { citations: { file: string }[] }[] }, file: string) =>
  answer.items.some((i) => i.citations.some((c) => c.file === file));

describe('live articles: the index follows the folder without a restart', () => {
  it('answers from an added article, forgets a deleted one, and reads a changed one anew', async () => {
    const w = await watched();
    writeFileSync(
      join(w.articlesDir, '04_lighthouse.txt'),
      'The old lighthouse on the pier was repainted red and white in April by volunteers.\n',
    );
    await within(2000, () =>
      cites(w.engine.ask('What colour was the lighthouse painted?'), '04_lighthouse.txt'),
    );

    writeFileSync(
      join(w.articlesDir, '04_lighthouse.txt'),
      'The old lighthouse on the pier was demolished in April after a survey found cracks.\n',
    );
    await within(
      2000,
      () =>
        w.engine
          .ask('Why was the lighthouse demolished?')
          .items[0]?.citations[0]?.quote.includes('cracks') === true,
    );

    rmSync(join(w.articlesDir, '04_lighthouse.txt'));
    await within(2000, () => !w.engine.articles.some((a) => a.file === '04_lighthouse.txt'));
    expect(w.engine.ask('Why was the lighthouse demolished?').status).toBe('not_found');
  });

  it('coalesces a burst of 100 file changes into a few updates', async () => {
    const w = await watched();
    for (let i = 0; i < 100; i++) {
      writeFileSync(
        join(w.articlesDir, `burst_${String(i).padStart(3, '0')}.txt`),
        `Volunteer number ${i} painted one plank of the new pier on Saturday morning.\n`,
      );
    }
    await within(5000, () => w.index.files.size === 103);
    expect(w.batches.length).toBeLessThanOrEqual(3);
  });

  it('never reads a file that is still being written', async () => {
    const w = await watched();
    const file = join(w.articlesDir, '05_half.txt');
    writeFileSync(file, 'The harbour café reopened on Friday');
    for (let i = 0; i < 6; i++) {
      await new Promise((r) => setTimeout(r, 60));
      writeFileSync(file, `The harbour café reopened on Friday${' after repairs'.repeat(i + 1)}.\n`, {
        flag: 'w',
      });
    }
    const readsOf = () => w.batches.flatMap((b) => b.upserted).filter((a) => a.file === '05_half.txt');
    await within(3000, () => readsOf().length > 0);
    // Read once, whole: never the unfinished first line.
    expect(readsOf().map((a) => a.text)).toEqual([
      `The harbour café reopened on Friday${' after repairs'.repeat(6)}.\n`,
    ]);
  });
});
