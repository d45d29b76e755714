import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import type { ArticleFile } from '../corpus/loadArticles.js';
import { PASSAGE_SENTENCES, PASSAGE_STRIDE } from '../corpus/passages.js';
import { WORDNET_SENSES } from '../lexicon/wordnet.js';
import { type CorpusIndex, SEARCH_OPTIONS } from './buildIndex.js';
import type { Extracted } from './extracted.js';

/**
 * The saved index: `manifest.json` says what it was built from and with which options; `corpus.json` and
 * `search.json` hold it. As MiniSearch's `serializationVersion`, a manifest that does not match the
 * articles, the aliases or this code's options means the index is rebuilt, never used stale. Bump
 * `FORMAT_VERSION` whenever what is saved, or the tokenizer that made it, changes.
 */
export const FORMAT_VERSION = 15;

const BUILD_OPTIONS = {
  passageSentences: PASSAGE_SENTENCES,
  passageStride: PASSAGE_STRIDE,
  wordnetSenses: WORDNET_SENSES,
};

export const Manifest = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  options: z.object({ passageSentences: z.number(), passageStride: z.number(), wordnetSenses: z.number() }),
  files: z.array(z.object({ file: z.string(), size: z.number(), mtimeMs: z.number() })),
  aliases: z.string().nullable(),
});
export type Manifest = z.infer<typeof Manifest>;

export function manifestFor(files: ArticleFile[], aliasesText: string | null): Manifest {
  return {
    formatVersion: FORMAT_VERSION,
    options: BUILD_OPTIONS,
    files,
    aliases: aliasesText === null ? null : createHash('sha1').update(aliasesText).digest('hex'),
  };
}

/** Whether a saved manifest describes the same build as a fresh one. */
export function sameBuild(saved: Manifest, fresh: Manifest): boolean {
  return JSON.stringify(saved) === JSON.stringify(fresh);
}

/** The index as JSON holds it: maps as plain records. */
type SavedCorpus = Omit<CorpusIndex, 'search' | 'files' | 'extracted'> & {
  extracted: {
    [K in keyof Extracted]: Record<string, Extracted[K] extends Map<string, infer V> ? V : never>;
  };
};

/** The saved index if its manifest matches `fresh`; null when it is missing, stale or damaged. */
export async function loadIndex(dir: string, fresh: Manifest): Promise<CorpusIndex | null> {
  try {
    const saved = Manifest.safeParse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
    if (!saved.success || !sameBuild(saved.data, fresh)) return null;
    const corpus = JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf8')) as SavedCorpus;
    const search = MiniSearch.loadJSON(await readFile(join(dir, 'search.json'), 'utf8'), SEARCH_OPTIONS);
    return {
      ...corpus,
      files: new Map(corpus.articles.map((a) => [a.file, a])),
      extracted: {
        events: new Map(Object.entries(corpus.extracted.events)),
        figures: new Map(Object.entries(corpus.extracted.figures)),
        people: new Map(Object.entries(corpus.extracted.people)),
      },
      search,
    };
  } catch {
    return null;
  }
}

/** Saves the index; each file is written aside and renamed, so a crash never leaves a half-written index. */
export async function saveIndex(dir: string, index: CorpusIndex, manifest: Manifest): Promise<void> {
  await mkdir(dir, { recursive: true });
  const { search, files, extracted, ...rest } = index;
  const corpus: SavedCorpus = {
    ...rest,
    extracted: {
      events: Object.fromEntries(extracted.events),
      figures: Object.fromEntries(extracted.figures),
      people: Object.fromEntries(extracted.people),
    },
  };
  const write = async (name: string, data: string) => {
    const tmp = join(dir, `.${name}.${process.pid}.tmp`);
    await writeFile(tmp, data);
    await rename(tmp, join(dir, name));
  };
  // The manifest goes last: until it is written, a reader sees the old build as stale, not the new one as whole.
  await write('corpus.json', JSON.stringify(corpus));
  await write('search.json', JSON.stringify(search));
  await write('manifest.json', JSON.stringify(manifest));
}
