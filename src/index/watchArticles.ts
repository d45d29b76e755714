import { type FSWatcher, watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS, listArticleFiles } from '../corpus/listArticleFiles.js';
import { loadArticle } from '../corpus/loadArticles.js';
import { ArticleError } from '../errors.js';
import { readAliasText } from '../lexicon/aliasText.js';
import type { CorpusIndex } from './buildIndex.js';
import { manifestFor, saveIndex } from './store.js';
import { type ArticleChanges, updateIndex } from './updateIndex.js';

export interface WatchOptions {
  articlesDir: string;
  indexDir: string;
  /** Told about each skipped article and each failed save. Default: nothing. */
  warn?: (message: string) => void;
  /** Told after each batch of changes is applied and saved. Default: nothing. */
  onUpdate?: (changes: ArticleChanges) => void;
  /**
   * Quiet time after the last file event before a batch is applied, so a burst of changes (a folder
   * copied in, 100 files saved at once) is one update. Default: 300 ms.
   */
  debounceMs?: number;
  /**
   * A file is read only once its size and modification time have held still this long, so a file still
   * being written is never read half-done. Default: 200 ms.
   */
  settleMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Splits files into those present, once their size and mtime hold still for `settleMs`, and those gone. */
async function settle(
  dir: string,
  files: string[],
  settleMs: number,
): Promise<{ present: string[]; gone: string[] }> {
  const look = (file: string) =>
    stat(join(dir, file)).then(
      (s) => `${s.size}:${s.mtimeMs}`,
      () => null,
    );
  const present: string[] = [];
  const gone: string[] = [];
  let waiting = files;
  let before = await Promise.all(waiting.map(look));
  while (waiting.length) {
    await sleep(settleMs);
    const after = await Promise.all(waiting.map(look));
    const still: string[] = [];
    waiting.forEach((file, i) => {
      if (after[i] === null) gone.push(file);
      else if (after[i] === before[i]) present.push(file);
      else still.push(file);
    });
    before = after.filter((_, i) => still.includes(waiting[i] as string));
    waiting = still;
  }
  return { present, gone };
}

/**
 * Keeps an index in step with its articles folder while the bot runs: added, changed and removed files are
 * applied incrementally (`updateIndex`) and the saved index follows. A changed `aliases.yaml` takes effect at
 * the next start, when the manifest no longer matches. Returns a handle to stop watching.
 */
export function watchArticles(index: CorpusIndex, options: WatchOptions): { close(): void } {
  const warn = options.warn ?? (() => {});
  const debounceMs = options.debounceMs ?? 300;
  const settleMs = options.settleMs ?? 200;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function apply(files: string[]): Promise<void> {
    const { present, gone } = await settle(options.articlesDir, files, settleMs);
    const changes: ArticleChanges = { upserted: [], removed: gone.filter((f) => index.files.has(f)) };
    for (const file of present) {
      try {
        changes.upserted.push(await loadArticle(options.articlesDir, file));
      } catch (e) {
        if (!(e instanceof ArticleError)) throw e;
        warn(`skipped article ${e.message}`);
        if (index.files.has(file)) changes.removed.push(file);
      }
    }
    if (!changes.upserted.length && !changes.removed.length) return;
    updateIndex(index, changes);
    const aliasText = await readAliasText(options.articlesDir);
    const manifest = manifestFor(await listArticleFiles(options.articlesDir), aliasText);
    await saveIndex(options.indexDir, index, manifest).catch((e: Error) =>
      warn(`index not saved: ${e.message}`),
    );
    options.onUpdate?.(changes);
  }

  const watcher: FSWatcher = watch(options.articlesDir, (_event, name) => {
    if (!name || !ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) return;
    pending.add(name.toString());
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending].sort();
      pending.clear();
      // Batches run one after another, so two updates never interleave on the same index.
      running = running
        .then(() => apply(files))
        .catch((e: Error) => warn(`article update failed: ${e.message}`));
    }, debounceMs);
  });
  watcher.on('error', (e) => warn(`stopped watching ${options.articlesDir}: ${e.message}`));
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
