import { parseArgs } from 'node:util';
import { COMMANDS, type CommandName } from '../answer/schema.js';
import { UsageError } from '../errors.js';

export const USAGE = `usage: npm run -s cli -- <${COMMANDS.join('|')}> [query...] [--json] [--articles DIR] [--limit N] [--from DATE] [--to DATE] [--chart FILE.png] [--explain]`;

export interface CliArgs {
  command: CommandName;
  query: string;
  json: boolean;
  articles: string;
  limit: number | null;
  /** Timeline bounds, as typed ("2024", "March 2024"); `readDateRange` reads them. */
  from?: string;
  to?: string;
  /** Timeline only: where to write its picture (PNG). */
  chart?: string;
  /** Ask only: print on stderr why the best sentences rank as they do. */
  explain: boolean;
}

const OPTIONS = {
  json: { type: 'boolean' },
  explain: { type: 'boolean' },
  articles: { type: 'string', default: 'articles' },
  limit: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  chart: { type: 'string' },
} as const;

/** Reads argv (after the script name) per CONTRACT §1; a `UsageError` says in one line what is wrong. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // node:util's messages go on to explain `--`; the first sentence says what is wrong.
    const code = (e as { code?: string }).code;
    if (!code?.startsWith('ERR_PARSE_ARGS')) throw e;
    throw new UsageError((e as Error).message.split(/(?<=\.)\s|\n/)[0] as string);
  }
  const { values, positionals } = parsed;
  const [command, ...query] = positionals;
  if (!command) throw new UsageError('no command given');
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`unknown command "${command}"`);
  const text = query.join(' ').trim();
  if (command === 'ask' && !text)
    throw new UsageError('ask needs a question, e.g. ask "When will the mission end?"');
  if ((values.from !== undefined || values.to !== undefined) && command !== 'timeline')
    throw new UsageError('--from and --to go with timeline');
  if (values.explain && command !== 'ask') throw new UsageError('--explain goes with ask');
  if (values.chart !== undefined && command !== 'timeline')
    throw new UsageError('--chart goes with timeline');
  return {
    command: command as CommandName,
    query: text,
    json: values.json ?? false,
    explain: values.explain ?? false,
    articles: values.articles,
    limit: values.limit === undefined ? null : readLimit(values.limit),
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.to !== undefined ? { to: values.to } : {}),
    ...(values.chart !== undefined ? { chart: values.chart } : {}),
  };
}

function readLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--limit takes a whole number of at least 1, not "${value}"`);
  return n;
}
