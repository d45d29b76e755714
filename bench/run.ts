/**
 * `npm run bench`: for corpora of 100, 1,000 and 10,000 generated articles (`bench/generate.ts`), the index
 * build time and size on disk, the index load time and RSS after load (in a fresh process, so the load is
 * cold), and p50/p95/p99 latency of ask, timeline, troops and who on a fixed query set (`bench/queries.ts`)
 * beside the raw MiniSearch search for the same queries. Writes `bench/results.json` (the shape of issue 6)
 * and `bench/results.md`, and prints the table. `npm run bench -- --quick` stops at 1,000 articles;
 * `--sizes 100,500` picks the sizes.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPORA, generateCorpus } from './generate.js';
import type { BuildResult, Percentiles, QueryResult, RawLoadResult } from './measure.js';
import { COMMANDS_TIMED, type CommandTimed } from './queries.js';

const BENCH = dirname(fileURLToPath(import.meta.url));

/**
 * Issue 6's targets at 10,000 articles, and issue 16's: load at most half of raw MiniSearch's JSON load,
 * and one CLI `ask` at most 10× a bare Node start.
 */
const TARGETS = { p95Ms: 50, rawRatio: 5, loadMs: 1000, rssMb: 600, rawLoadRatio: 0.5, cliRatio: 10 };
const ROOT = join(BENCH, '..');
/** Runs of the CLI and of bare Node; the median of each is reported. */
const CLI_RUNS = 9;
const CLI_QUESTION = 'How many US troops are in Syria?';

interface SizeResult {
  articles: number;
  passages: number;
  buildMs: number;
  indexBytes: number;
  loadMs: number;
  rawLoadMs: number;
  rssMb: number;
  rawSearch: Percentiles;
  commands: Record<CommandTimed, Percentiles>;
}

function sizesFromArgs(argv: string[]): number[] {
  const at = argv.indexOf('--sizes');
  if (at >= 0) {
    const sizes = (argv[at + 1] ?? '').split(',').map(Number);
    if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
      console.error('usage: npm run bench -- [--quick] [--sizes 100,1000]');
      process.exit(2);
    }
    return sizes;
  }
  return argv.includes('--quick') ? [100, 1000] : [100, 1000, 10000];
}

/** Runs one measurement in a fresh Node process and returns its JSON line. */
function measure<T>(mode: 'build' | 'query' | 'rawload', articlesDir: string, indexDir: string): T {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(BENCH, 'measure.ts'), mode, articlesDir, indexDir],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 2 ** 20 },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '') as T;
}

interface CliResult {
  askMs: number;
  bareNodeMs: number;
}

/** Wall time of one process, in ms. */
function wall(args: string[]): number {
  const t0 = performance.now();
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * One `ask` on the starter articles as `npm run cli` runs it (npm's own start left out), beside `node -e 0`,
 * alternated so that both see the same load on the machine. A first call builds `dist/` or the index if due.
 */
function measureCli(): CliResult {
  const ask = ['scripts/runBuilt.mjs', 'src/cli.js', 'ask', CLI_QUESTION, '--json'];
  wall(ask);
  const asks: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    bare.push(wall(['-e', '0']));
    asks.push(wall(ask));
  }
  return { askMs: Math.round(median(asks)), bareNodeMs: Math.round(median(bare)) };
}

function bytesIn(dir: string): number {
  return readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

const fmt = (n: number) => n.toLocaleString('en-US');
const ms = (p: Percentiles) => `${p.p50} / ${p.p95} / ${p.p99}`;

function table(results: SizeResult[], extra: Map<number, QueryResult>, cli: CliResult): string {
  const head = [
    'articles',
    'passages',
    'build',
    'index on disk',
    'load',
    'raw MiniSearch load',
    'RSS',
    'raw search',
    ...COMMANDS_TIMED,
  ];
  const rows = results.map((r) => [
    fmt(r.articles),
    fmt(r.passages),
    `${(r.buildMs / 1000).toFixed(1)} s`,
    `${(r.indexBytes / 2 ** 20).toFixed(1)} MB`,
    `${fmt(r.loadMs)} ms`,
    `${fmt(r.rawLoadMs)} ms (${(r.loadMs / r.rawLoadMs).toFixed(2)}×)`,
    `${fmt(r.rssMb)} MB`,
    ms(r.rawSearch),
    ...COMMANDS_TIMED.map((c) => {
      const ratio = r.rawSearch.p95 > 0 ? ` (${(r.commands[c].p95 / r.rawSearch.p95).toFixed(1)}×)` : '';
      return `${ms(r.commands[c])}${ratio}`;
    }),
  ]);
  // Columns padded to one width, as a Markdown formatter would leave them.
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const answered = results
    .map((r) => {
      const q = extra.get(r.articles);
      return q ? `${fmt(r.articles)}: ${COMMANDS_TIMED.map((c) => `${c} ${q.answered[c]}`).join(', ')}` : '';
    })
    .filter(Boolean);
  return [
    "Latencies are p50 / p95 / p99 in ms; (n×) is the command's p95 over raw search p95, and load's over raw MiniSearch's JSON load (read and `loadJSON`, same passages and terms).",
    `Targets at 10,000 articles: p95 < ${TARGETS.p95Ms} ms and < ${TARGETS.rawRatio}× raw search, load < ${TARGETS.loadMs} ms and ≤ ${TARGETS.rawLoadRatio}× raw MiniSearch load, RSS < ${TARGETS.rssMb} MB.`,
    '',
    `CLI (median of ${CLI_RUNS}): one \`ask\` on the starter articles ${fmt(cli.askMs)} ms; bare \`node -e 0\` ${fmt(cli.bareNodeMs)} ms; ${(cli.askMs / cli.bareNodeMs).toFixed(1)}× (target ≤ ${TARGETS.cliRatio}×).`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `Answered (of the query set): ${answered.join('; ')}.`,
    '',
    `First call after load (ms): ${results
      .map((r) => {
        const q = extra.get(r.articles);
        return q
          ? `${fmt(r.articles)}: ${COMMANDS_TIMED.map((c) => `${c} ${fmt(q.firstCall[c])}`).join(', ')}`
          : '';
      })
      .filter(Boolean)
      .join('; ')}.`,
  ].join('\n');
}

function misses(r: SizeResult): string[] {
  const out: string[] = [];
  for (const c of COMMANDS_TIMED) {
    const p95 = r.commands[c].p95;
    if (p95 >= TARGETS.p95Ms) out.push(`${c} p95 ${p95} ms ≥ ${TARGETS.p95Ms} ms`);
    if (r.rawSearch.p95 > 0 && p95 >= TARGETS.rawRatio * r.rawSearch.p95) {
      out.push(`${c} p95 is ${(p95 / r.rawSearch.p95).toFixed(1)}× raw search`);
    }
  }
  if (r.loadMs >= TARGETS.loadMs) out.push(`load ${r.loadMs} ms ≥ ${TARGETS.loadMs} ms`);
  if (r.loadMs > TARGETS.rawLoadRatio * r.rawLoadMs)
    out.push(`load ${r.loadMs} ms > ${TARGETS.rawLoadRatio}× raw MiniSearch load (${r.rawLoadMs} ms)`);
  if (r.rssMb >= TARGETS.rssMb) out.push(`RSS ${r.rssMb} MB ≥ ${TARGETS.rssMb} MB`);
  return out;
}

const sizes = sizesFromArgs(process.argv.slice(2));
const results: SizeResult[] = [];
const extra = new Map<number, QueryResult>();
for (const n of sizes) {
  const articlesDir = generateCorpus(n);
  const indexDir = join(CORPORA, `${n}.index`);
  process.stderr.write(`${fmt(n)} articles: building the index…\n`);
  const built = measure<BuildResult>('build', articlesDir, indexDir);
  if (built.warnings) process.stderr.write(`  ${built.warnings} articles skipped with a warning\n`);
  process.stderr.write(
    `  built in ${(built.buildMs / 1000).toFixed(1)} s; loading it in a fresh process and querying…\n`,
  );
  const q = measure<QueryResult>('query', articlesDir, indexDir);
  const raw = measure<RawLoadResult>('rawload', articlesDir, indexDir);
  for (const c of COMMANDS_TIMED)
    process.stderr.write(`  slowest ${c}: ${q.slowest[c].ms} ms for "${q.slowest[c].query}"\n`);
  extra.set(built.articles, q);
  results.push({
    articles: built.articles,
    passages: built.passages,
    buildMs: built.buildMs,
    indexBytes: bytesIn(indexDir),
    loadMs: q.loadMs,
    rawLoadMs: raw.rawLoadMs,
    rssMb: q.rssMb,
    rawSearch: q.rawSearch,
    commands: q.commands,
  });
}

process.stderr.write('CLI: timing one ask beside a bare node start…\n');
const cli = measureCli();
writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify({ cli, sizes: results }, null, 2)}\n`);
const md = table(results, extra, cli);
const largest = results[results.length - 1];
const cliMissed =
  cli.askMs > TARGETS.cliRatio * cli.bareNodeMs
    ? [`CLI ask ${cli.askMs} ms > ${TARGETS.cliRatio}× bare node (${cli.bareNodeMs} ms)`]
    : [];
const missed = [...(largest && largest.articles >= 10_000 ? misses(largest) : []), ...cliMissed];
const verdict =
  largest && largest.articles >= 10_000
    ? missed.length
      ? `\nTargets missed at ${fmt(largest.articles)} articles: ${missed.join('; ')}.`
      : `\nEvery target met at ${fmt(largest.articles)} articles.`
    : '';
writeFileSync(join(BENCH, 'results.md'), `# Benchmark\n\n${md}\n${verdict}\n`);
console.log(`${md}\n${verdict}`);
