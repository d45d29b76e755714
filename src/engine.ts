import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { type AskOptions, ask, defaultAskOptions } from './answer/ask.js';
import type { Answer, CommandName } from './answer/schema.js';
import { sources } from './answer/sources.js';
import { timeline } from './answer/timeline.js';
import { timelineTopics } from './answer/topics.js';
import { troops } from './answer/troops.js';
import { listNames, who } from './answer/who.js';
import type { Article } from './corpus/article.js';
import { listArticleFiles } from './corpus/listArticleFiles.js';
import type { CorpusIndex } from './index/buildIndex.js';
import { loadIndex, manifestFor, saveIndex } from './index/store.js';
import { readAliasText } from './lexicon/aliasText.js';
import { PROJECT_ROOT } from './projectRoot.js';
import { explainRanking } from './retrieve/explainRanking.js';
import { sentenceSearch } from './retrieve/searchSentences.js';

/** Where the engine reads its articles and keeps its index. */
export interface EngineOptions {
  /** The articles folder. */
  articlesDir: string;
  /**
   * Where the built index is saved. Default: `index/` for the project's own `articles/`, and a cache
   * folder of its own (under `.cache/index/`) for any other folder, so `--articles DIR` never touches `index/`.
   */
  indexDir?: string;
  /** Told about each skipped article and each rebuilt index. Default: nothing. */
  warn?: (message: string) => void;
  /** Options for `ask`; see `AskOptions` for each default. */
  ask?: Partial<AskOptions>;
}

/** The engine the CLI and the bot share: one method per command, each returning an `Answer` (CONTRACT §2). */
export interface Engine {
  readonly articles: readonly Article[];
  ask(query: string): Answer;
  /** Why /ask ranks its best sentences as it does, feature by feature (`--explain`). */
  explain(query: string): string;
  timeline(query?: string, range?: { from?: string; to?: string }): Answer;
  troops(query?: string): Answer;
  who(query?: string): Answer;
  sources(): Answer;
  /** Everyone named in the articles, for `/who` autocomplete. */
  names(): string[];
  /** Topics worth a timeline, for `/timeline` autocomplete. */
  topics(): string[];
}

/** A command's answer by its name, as the CLI, the demo, the evaluation and the benchmark call it. */
export function answerCommand(
  engine: Engine,
  command: CommandName,
  query = '',
  range?: { from?: string; to?: string },
): Answer {
  switch (command) {
    case 'ask':
      return engine.ask(query);
    case 'timeline':
      return engine.timeline(query, range);
    case 'troops':
      return engine.troops(query);
    case 'who':
      return engine.who(query);
    case 'sources':
      return engine.sources();
  }
}

/** The index folder for an articles folder (see `EngineOptions.indexDir`). */
export function defaultIndexDir(articlesDir: string): string {
  const dir = resolve(articlesDir);
  if (dir === join(PROJECT_ROOT, 'articles')) return join(PROJECT_ROOT, 'index');
  return join(PROJECT_ROOT, '.cache', 'index', createHash('sha1').update(dir).digest('hex').slice(0, 16));
}

/**
 * Loads the saved index when it matches the articles, else reads the articles and builds (and saves) it.
 * What only a build needs (sentence splitting, date and name extraction, WordNet, YAML) is imported only
 * when one is due: a call that finds its index saved starts without it.
 */
export async function openIndex(options: EngineOptions): Promise<CorpusIndex> {
  const warn = options.warn ?? (() => {});
  const dir = options.articlesDir;
  const indexDir = options.indexDir ?? defaultIndexDir(dir);
  const files = await listArticleFiles(dir).catch((e: NodeJS.ErrnoException) => {
    throw new Error(
      `cannot read the articles folder ${dir} (${e.code ?? e.message}); pass --articles DIR or set ARTICLES_DIR`,
    );
  });
  const aliasText = await readAliasText(dir);
  const manifest = manifestFor(files, aliasText);
  const saved = await loadIndex(indexDir, manifest);
  if (saved) return saved;
  const [{ buildIndex }, { loadArticles }, { readAliases }] = await Promise.all([
    import('./index/buildIndex.js'),
    import('./corpus/loadArticles.js'),
    import('./lexicon/aliases.js'),
  ]);
  const index = buildIndex(await loadArticles(dir, warn), readAliases(aliasText, warn));
  await saveIndex(indexDir, index, manifest).catch((e: Error) =>
    warn(`index not saved in ${indexDir}: ${e.message}`),
  );
  return index;
}

export async function openEngine(options: EngineOptions): Promise<Engine> {
  const index = await openIndex(options);
  return engineOver(index, options);
}

/** The commands over an index already in memory. Live updates change the index in place; so do answers. */
export function engineOver(index: CorpusIndex, options: Pick<EngineOptions, 'ask'> = {}): Engine {
  const search = sentenceSearch(index, options.ask?.model);
  let topics: { version: number; list: string[] } | undefined;
  // Read at each call, not here: a loaded index reads each kind from disk when a command first needs it.
  const { extracted } = index;
  return {
    // A getter: live updates replace the index's article list.
    get articles() {
      return index.articles;
    },
    ask: (query) => ask(index, query, options.ask),
    explain: (query) => explainRanking(index, query, { ...defaultAskOptions, ...options.ask }),
    timeline: (query = '', range) =>
      timeline(
        {
          articles: index.articles,
          events: extracted.events,
          lexicon: index.lexicon,
          search,
          version: index.version,
        },
        query,
        range,
      ),
    troops: (query = '') =>
      troops({ articles: index.articles, figures: extracted.figures, search, version: index.version }, query),
    who: (query = '') => who({ articles: index.articles, people: extracted.people, search }, query),
    sources: () => sources(index.articles),
    names: () => listNames({ articles: index.articles, people: extracted.people }),
    // Autocomplete cannot be deferred past Discord's 3 s: the list (~1 s to make at 10,000 articles) is kept
    // until the articles change.
    topics: () => {
      if (topics?.version !== index.version)
        topics = { version: index.version, list: timelineTopics(index.articles, extracted.events) };
      return topics.list;
    },
  };
}
