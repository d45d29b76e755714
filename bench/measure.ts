/**
 * One measurement, run by `bench/run.ts` in a fresh process so each is cold and its memory its own:
 *
 *   measure.ts build <articlesDir> <indexDir>   builds and saves the index (as the bot's first start does)
 *   measure.ts query <articlesDir> <indexDir>   loads the saved index, then times every command and raw search
 *   measure.ts rawload <articlesDir> <indexDir> loads the plain MiniSearch JSON `build` saved beside the index
 *
 * Prints one JSON line on stdout; progress goes to stderr. Run with `node --expose-gc --import tsx`.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { answerCommand, engineOver, openIndex } from '../src/engine.js';
import type { FrozenPostings } from '../src/index/frozenPostings.js';
import { type LiveSearch, newLiveSearch, SEARCH_OPTIONS } from '../src/index/livePostings.js';
import { defaultReadingOptions, readQuestion } from '../src/retrieve/question.js';
import { passageQuery } from '../src/retrieve/rankSentences.js';
import { COMMANDS_TIMED, type CommandTimed, QUERIES } from './queries.js';

/** A MiniSearch holding the same passages and terms as frozen postings: each passage's terms, spelt out again. */
function miniSearchOver(frozen: FrozenPostings): LiveSearch {
  const words: string[][] = [];
  for (const [term, row] of frozen.rows) {
    for (let i = frozen.offsets[row] as number; i < (frozen.offsets[row + 1] as number); i++) {
      const id = frozen.docs[i] as number;
      words[id] ??= [];
      for (let n = 0; n < (frozen.tfs[i] as number); n++) words[id].push(term);
    }
  }
  const search = newLiveSearch();
  words.forEach((w, id) => {
    search.add({ id, text: w.join(' ') });
  });
  return search;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export interface BuildResult {
  articles: number;
  passages: number;
  buildMs: number;
  warnings: number;
}

/** Where `build` saves the same passages as plain MiniSearch JSON, for `rawload` to time. */
const rawJsonOf = (indexDir: string) => `${indexDir}.minisearch.json`;

export interface RawLoadResult {
  /** Reading and parsing MiniSearch's own JSON of the same passages and terms (`MiniSearch.loadJSON`). */
  rawLoadMs: number;
}

export interface QueryResult {
  loadMs: number;
  rssMb: number;
  heapMb: number;
  rawSearch: Percentiles;
  commands: Record<CommandTimed, Percentiles>;
  /** Answers per command that were `answered`, of the queries run once: shows the bench does real work. */
  answered: Record<CommandTimed, string>;
  /** The first call of each command after the load: what the first user waits, caches filled on first use included. */
  firstCall: Record<CommandTimed, number>;
  /** Slowest query per command, for the report. */
  slowest: Record<CommandTimed, { query: string; ms: number }>;
}

/** Measured passes over the query set after one warm-up pass; fewer when a command is slow (see `BUDGET_MS`). */
const ROUNDS = 5;
/**
 * Time a command's warm-up pass, and then its measured passes, may take: a command far over its target is
 * measured on fewer passes (on the warm-up pass alone, cut short, when that is over budget), so that a slow
 * command cannot hold up the whole run.
 */
const BUDGET_MS = 30_000;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const round = (ms: number) => Math.round(ms * 100) / 100;

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

async function build(articlesDir: string, indexDir: string): Promise<BuildResult> {
  rmSync(indexDir, { recursive: true, force: true });
  let warnings = 0;
  const t0 = performance.now();
  const index = await openIndex({ articlesDir, indexDir, warn: () => warnings++ });
  const buildMs = performance.now() - t0;
  writeFileSync(rawJsonOf(indexDir), JSON.stringify(miniSearchOver(index.search.frozen)));
  return {
    articles: index.articles.length,
    passages: index.passages.length,
    buildMs: Math.round(buildMs),
    warnings,
  };
}

async function query(articlesDir: string, indexDir: string): Promise<QueryResult> {
  const manifest = join(indexDir, 'manifest.json');
  const before = statSync(manifest).mtimeMs;
  const t0 = performance.now();
  const index = await openIndex({ articlesDir, indexDir });
  const loadMs = performance.now() - t0;
  // openIndex writes the manifest only when it rebuilds: a load that rebuilt measured the wrong thing.
  if (statSync(manifest).mtimeMs !== before)
    throw new Error(`the saved index in ${indexDir} was rebuilt, not loaded`);
  gc();
  const memory = process.memoryUsage();
  const engine = engineOver(index);

  // Raw search: MiniSearch's own search, over a MiniSearch holding the loaded index's postings, for the
  // same terms and boosts /ask's passage search is given; dropped before the commands are timed.
  const raw: number[] = [];
  {
    const search = miniSearchOver(index.search.frozen);
    const queries = QUERIES.filter((q) => q.trim()).map((q) =>
      passageQuery(readQuestion(q, index.lexicon, defaultReadingOptions)),
    );
    for (let r = 0; r <= ROUNDS; r++) {
      for (const q of queries) {
        const t = performance.now();
        if (q.terms) search.search(q.terms, { boostTerm: q.boost });
        if (r > 0) raw.push(performance.now() - t);
      }
    }
  }

  const commands = {} as QueryResult['commands'];
  const answered = {} as QueryResult['answered'];
  const slowest = {} as QueryResult['slowest'];
  const firstCall = {} as QueryResult['firstCall'];
  for (const command of COMMANDS_TIMED) {
    const queries = QUERIES.filter((q) => command !== 'ask' || q.trim());
    gc();
    let worst = { query: '', ms: 0 };
    let yes = 0;
    const time = (q: string) => {
      const t = performance.now();
      const answer = answerCommand(engine, command, q);
      const ms = performance.now() - t;
      if (ms > worst.ms) worst = { query: q, ms: round(ms) };
      return { answer, ms };
    };
    // The warm-up pass: JIT, and any cache a command fills on its first call, as on a bot that just started.
    const warmStarted = performance.now();
    const warm: number[] = [];
    for (const q of queries) {
      const { answer, ms } = time(q);
      warm.push(ms);
      if (answer.status === 'answered') yes++;
      if (performance.now() - warmStarted > BUDGET_MS) break;
    }
    let samples: number[] = [];
    let partial = '';
    if (warm.length < queries.length) {
      // Too slow to measure twice: the cold pass is the measurement (less its first call, which filled caches).
      samples = warm.length > 1 ? warm.slice(1) : warm;
      partial = ` (cold, ${warm.length} of ${queries.length} queries within ${BUDGET_MS / 1000} s)`;
    } else {
      const started = performance.now();
      for (let r = 0; r < ROUNDS && (r === 0 || performance.now() - started < BUDGET_MS); r++) {
        for (const q of queries) samples.push(time(q).ms);
      }
    }
    commands[command] = percentiles(samples);
    answered[command] = `${yes}/${warm.length}${partial}`;
    slowest[command] = worst;
    firstCall[command] = round(warm[0] ?? 0);
    process.stderr.write(
      `  ${command}: ${JSON.stringify(commands[command])} first call ${firstCall[command]} ms, answered ${answered[command]}\n`,
    );
  }
  return {
    loadMs: Math.round(loadMs),
    rssMb: Math.round(memory.rss / 2 ** 20),
    heapMb: Math.round(memory.heapUsed / 2 ** 20),
    rawSearch: percentiles(raw),
    commands,
    answered,
    slowest,
    firstCall,
  };
}

/** Raw MiniSearch's load, as a program keeping plain MiniSearch JSON would start: read the file, `loadJSON`. */
function rawLoad(indexDir: string): RawLoadResult {
  const t0 = performance.now();
  MiniSearch.loadJSON(readFileSync(rawJsonOf(indexDir), 'utf8'), SEARCH_OPTIONS);
  return { rawLoadMs: Math.round(performance.now() - t0) };
}

const [mode, articlesDir, indexDir] = process.argv.slice(2);
if ((mode !== 'build' && mode !== 'query' && mode !== 'rawload') || !articlesDir || !indexDir) {
  console.error(
    'usage: node --expose-gc --import tsx bench/measure.ts build|query|rawload <articlesDir> <indexDir>',
  );
  process.exit(2);
}
const result =
  mode === 'build'
    ? await build(articlesDir, indexDir)
    : mode === 'query'
      ? await query(articlesDir, indexDir)
      : rawLoad(indexDir);
process.stdout.write(`${JSON.stringify(result)}\n`);
