import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ZodError } from 'zod';
import { type Answer, COMMANDS, type CommandName } from './answer/schema.js';
import { answerCommand, openEngine } from './engine.js';
import { UsageError } from './errors.js';
import { renderJson } from './render/json.js';
import { renderText } from './render/text.js';

const USAGE = `usage: npm run -s cli -- <${COMMANDS.join('|')}> [query...] [--json] [--articles DIR] [--limit N] [--from DATE] [--to DATE] [--chart FILE.png]`;

export interface CliArgs {
  command: CommandName;
  query: string;
  json: boolean;
  articles: string;
  limit: number | null;
  /** Timeline bounds, as typed ("2024", "March 2024"); the timeline reads them. */
  from?: string;
  to?: string;
  /** Timeline only: where to write its picture (PNG). */
  chart?: string;
}

const VALUE_OPTIONS = ['--articles', '--limit', '--from', '--to', '--chart'];

/** Reads argv (after the script name) per CONTRACT §1; a `UsageError` says what is wrong. */
export function parseArgs(argv: string[]): CliArgs {
  const words: string[] = [];
  const args: Omit<CliArgs, 'command' | 'query'> = { json: false, articles: 'articles', limit: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') args.json = true;
    else if (VALUE_OPTIONS.includes(a)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${a} needs a value`);
      if (a === '--articles') args.articles = value;
      else if (a === '--from') args.from = value;
      else if (a === '--to') args.to = value;
      else if (a === '--chart') args.chart = value;
      else {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1)
          throw new UsageError(`--limit takes a whole number of at least 1, not "${value}"`);
        args.limit = n;
      }
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else words.push(a);
  }
  const [command, ...query] = words;
  if (!command) throw new UsageError('no command given');
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`unknown command "${command}"`);
  const text = query.join(' ').trim();
  if (command === 'ask' && !text)
    throw new UsageError('ask needs a question, e.g. ask "When will the mission end?"');
  if ((args.from || args.to) && command !== 'timeline')
    throw new UsageError('--from and --to go with timeline');
  if (args.chart && command !== 'timeline') throw new UsageError('--chart goes with timeline');
  return { command: command as CommandName, query: text, ...args };
}

/** Draws the timeline's picture into `file`; the chart libraries load only here, so other commands start fast. */
async function writeChart(answer: Answer, file: string, warn: (m: string) => void): Promise<void> {
  const { timelinePicture } = await import('./render/chartImage.js');
  const picture = await timelinePicture(answer);
  if (!picture) return warn(`no dated event to draw; ${file} not written`);
  writeFileSync(file, picture.png);
  process.stderr.write(`citebot: wrote ${file} (${picture.width}×${picture.height} PNG)\n`);
}

function usage(e: UsageError): number {
  process.stderr.write(`citebot: ${e.message}\n${USAGE}\n`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usage(e);
  }
  const warn = (m: string) => process.stderr.write(`citebot: warning: ${m}\n`);
  const engine = await openEngine({ articlesDir: resolve(args.articles), warn });
  let answer: Answer;
  try {
    answer = answerCommand(engine, args.command, args.query, { from: args.from, to: args.to });
  } catch (e) {
    // A bad value the engine finds (a --from date it cannot read) is bad usage too.
    if (!(e instanceof UsageError)) throw e;
    return usage(e);
  }
  if (args.limit !== null) answer.items = answer.items.slice(0, args.limit);
  process.stdout.write(`${args.json ? renderJson(answer) : renderText(answer, engine.articles)}\n`);
  if (args.chart) await writeChart(answer, resolve(args.chart), warn);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const message = e instanceof ZodError ? e.issues.map((i) => i.message).join('; ') : (e as Error).message;
    process.stderr.write(`citebot: ${message}\n`);
    process.exitCode = 1;
  },
);
