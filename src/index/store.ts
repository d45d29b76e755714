import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type Article, type Sentence, sentenceCount } from '../corpus/article.js';
import type { ArticleFile } from '../corpus/listArticleFiles.js';
import { PASSAGE_SENTENCES, PASSAGE_STRIDE, type Passage } from '../corpus/passages.js';
import { WORDNET_SENSES } from '../lexicon/wordnet.js';
import { ArrayLayout, packArrays, unpackArrays } from './binaryArrays.js';
import type { CorpusIndex } from './buildIndex.js';
import { EXTRACTED_KINDS, type Extracted } from './extracted.js';
import type { FrozenPostings } from './frozenPostings.js';
import type { Lexicon } from './lexicon.js';
import { newLiveSearch } from './livePostings.js';
import { frozenNow } from './passageIndex.js';

/**
 * The saved index: `manifest.json` says what it was built from and with which options; `corpus.json`
 * (articles, lexicon), `events.json`, `figures.json` and `people.json` (what was extracted, read when a
 * command first needs it), `texts.txt` (the articles' texts, one after another) and
 * `arrays.bin` (sentence and passage spans, the frozen postings) hold it. As MiniSearch's `serializationVersion`, a manifest that does not match the
 * articles, the aliases or this code's options means the index is rebuilt, never used stale. Bump
 * `FORMAT_VERSION` whenever what is saved, or the tokenizer that made it, changes.
 */
export const FORMAT_VERSION = 66;

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

/** An article as `corpus.json` holds it: its text is in `texts.txt`, its sentences in `arrays.bin`. */
type SavedArticle = Omit<Article, 'text' | 'sentences'> & { textLength: number; sentenceCount: number };

/** What `corpus.json` holds: all that is not text or numbers, maps as plain records. */
interface SavedCorpus {
  articles: SavedArticle[];
  lexicon: Lexicon;
  version: number;
  /** The frozen postings' terms in row order, and their BM25 totals; the arrays are in `arrays.bin`. */
  postings: { terms: string[]; count: number; totalLength: number };
  arrays: ArrayLayout;
}

/** Numbers per saved sentence (start, end, paragraph) and per passage (article, first, last sentence). */
const SENTENCE_FIELDS = 3;
const PASSAGE_FIELDS = 3;

/** The saved index if its manifest matches `fresh`; null when it is missing, stale or damaged. */
export async function loadIndex(dir: string, fresh: Manifest): Promise<CorpusIndex | null> {
  try {
    const saved = Manifest.safeParse(JSON.parse(await readText(join(dir, 'manifest.json'))));
    if (!saved.success || !sameBuild(saved.data, fresh)) return null;
    const corpus = JSON.parse(await readText(join(dir, 'corpus.json'))) as SavedCorpus;
    const texts = await readText(join(dir, 'texts.txt'));
    const arrays = unpackArrays(await readFile(join(dir, 'arrays.bin')), ArrayLayout.parse(corpus.arrays));
    const sentences = arrays.u32('sentences');
    const articles = restoreArticles(corpus.articles, texts, sentences);
    const passages = restorePassages(arrays.i32('passages'), articles);
    const { terms, count, totalLength } = corpus.postings;
    const frozen: FrozenPostings = {
      rows: new Map(terms.map((t, row) => [t, row])),
      offsets: arrays.u32('offsets'),
      docs: arrays.u32('docs'),
      tfs: arrays.u32('tfs'),
      lengths: arrays.u32('lengths'),
      count,
      totalLength,
      removed: 0,
    };
    if (frozen.offsets.length !== terms.length + 1 || frozen.lengths.length !== passages.length) {
      throw new Error('saved postings do not match the saved passages');
    }
    return {
      articles,
      files: new Map(articles.map((a) => [a.file, a])),
      passages,
      search: { frozen, live: newLiveSearch() },
      lexicon: corpus.lexicon,
      extracted: extractedOnDemand(dir),
      version: corpus.version,
    };
  } catch {
    return null;
  }
}

/**
 * A file's text. Read as bytes and decoded at once: `readFile(path, 'utf8')` decodes chunk by chunk, which
 * took 275 ms of the 10,000-article load for 30 MB of texts.
 */
async function readText(path: string): Promise<string> {
  return (await readFile(path)).toString('utf8');
}

function restoreArticles(saved: SavedArticle[], texts: string, sentences: Uint32Array): Article[] {
  let at = 0;
  let s = 0;
  const articles = saved.map(({ textLength, sentenceCount, ...rest }) => {
    const text = texts.slice(at, at + textLength);
    at += textLength;
    const spans: Sentence[] = [];
    for (const end = s + sentenceCount * SENTENCE_FIELDS; s < end; s += SENTENCE_FIELDS) {
      spans.push({
        start: sentences[s] as number,
        end: sentences[s + 1] as number,
        paragraph: sentences[s + 2] as number,
      });
    }
    return { ...rest, text, sentences: spans };
  });
  if (at !== texts.length || s !== sentences.length) throw new Error('saved texts do not match the articles');
  return articles;
}

function restorePassages(saved: Int32Array, articles: Article[]): (Passage | null)[] {
  const passages: (Passage | null)[] = [];
  for (let i = 0; i < saved.length; i += PASSAGE_FIELDS) {
    const article = articles[saved[i] as number];
    passages.push(
      article ? { file: article.file, first: saved[i + 1] as number, last: saved[i + 2] as number } : null,
    );
  }
  return passages;
}

const extractedFile = (kind: keyof Extracted) => `${kind}.json`;

/**
 * What was extracted, each kind read from its file when first asked for. At 10,000 articles the events and
 * people (~70k records each) were most of the load (~0.5 of ~0.85 s, see DESIGN.md), and /ask needs none of
 * them. Each file is read before anything changes the maps (`updateIndex`, `saveIndex` read them first), so
 * a save never overwrites a kind not yet read.
 */
function extractedOnDemand(dir: string): Extracted {
  const read = <K extends keyof Extracted>(kind: K): Extracted[K] =>
    new Map(Object.entries(JSON.parse(readFileSync(join(dir, extractedFile(kind)), 'utf8')))) as Extracted[K];
  let events: Extracted['events'] | undefined;
  let figures: Extracted['figures'] | undefined;
  let people: Extracted['people'] | undefined;
  return {
    get events() {
      events ??= read('events');
      return events;
    },
    get figures() {
      figures ??= read('figures');
      return figures;
    },
    get people() {
      people ??= read('people');
      return people;
    },
  };
}

/**
 * JSON with every character past ASCII escaped: the file then reads as a one-byte string, which V8 parses
 * ~10% faster than the two-byte string one curly quote would make of all 44 MB (10,000 articles).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Saves the index; each file is written aside and renamed, so a crash never leaves a half-written index. */
export async function saveIndex(dir: string, index: CorpusIndex, manifest: Manifest): Promise<void> {
  await mkdir(dir, { recursive: true });
  const frozen = frozenNow(index.search, index.passages.length);
  const articleAt = new Map(index.articles.map((a, i) => [a.file, i]));
  const passages = new Int32Array(index.passages.length * PASSAGE_FIELDS);
  index.passages.forEach((p, id) => {
    passages.set([p ? (articleAt.get(p.file) ?? -1) : -1, p?.first ?? 0, p?.last ?? 0], id * PASSAGE_FIELDS);
  });
  const sentences = new Uint32Array(sentenceCount(index.articles) * SENTENCE_FIELDS);
  let s = 0;
  for (const a of index.articles) {
    for (const span of a.sentences) {
      sentences.set([span.start, span.end, span.paragraph], s);
      s += SENTENCE_FIELDS;
    }
  }
  const { bytes, layout } = packArrays({
    sentences,
    passages,
    offsets: frozen.offsets,
    docs: frozen.docs,
    tfs: frozen.tfs,
    lengths: frozen.lengths,
  });
  const corpus: SavedCorpus = {
    articles: index.articles.map(({ text, sentences, ...rest }) => ({
      ...rest,
      textLength: text.length,
      sentenceCount: sentences.length,
    })),
    lexicon: index.lexicon,
    version: index.version,
    postings: { terms: [...frozen.rows.keys()], count: frozen.count, totalLength: frozen.totalLength },
    arrays: layout,
  };
  const write = async (name: string, data: string | Uint8Array) => {
    const tmp = join(dir, `.${name}.${process.pid}.tmp`);
    await writeFile(tmp, data);
    await rename(tmp, join(dir, name));
  };
  // The manifest goes last: until it is written, a reader sees the old build as stale, not the new one as whole.
  await write('texts.txt', index.articles.map((a) => a.text).join(''));
  await write('arrays.bin', bytes);
  for (const kind of EXTRACTED_KINDS)
    await write(extractedFile(kind), asciiJson(Object.fromEntries(index.extracted[kind])));
  await write('corpus.json', asciiJson(corpus));
  await write('manifest.json', JSON.stringify(manifest));
}
