import { resolve } from 'node:path';
import { ZodError } from 'zod';
import { COMMANDS, type CommandName } from './answer/schema.js';
import { openEngine, type Engine } from './engine.js';
import { UsageError } from './errors.js';
import { renderJson } from './render/json.js';
import { renderText } from './render/text.js';

const USAGE = `usage: npm run -s cli -- <${COMMANDS.join('|')}> [query...] [--json] [--articles DIR] [--limit N]`;

export interface CliArgs {
  command: CommandName;
  query: string;
  json: boolean;
  articles: string;
  limit: number | null;
}

/** Reads argv (after the script name) per CONTRACT §1; a `UsageError` says what is wrong. */
export function parseArgs(argv: string[]): CliArgs {
  const words: string[] = [];
  const args: Omit<CliArgs, 'command' | 'query'> = { json: false, articles: 'articles', limit: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') args.json = true;
    else if (a === '--articles' || a === '--limit') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${a} needs a value`);
      if (a === '--articles') args.articles = value;
      else {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--limit takes a whole number of at least 1, not "${value}"`);
        args.limit = n;
      }
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else words.push(a);
  }
  const [command, ...query] = words;
  if (!command) throw new UsageError('no command given');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}"`);
  const text = query.join(' ').trim();
  if (command === 'ask' && !text) throw new UsageError('ask needs a question, e.g. ask "When will the mission end?"');
  return { command: command as CommandName, query: text, ...args };
}

function run(engine: Engine, args: CliArgs) {
  switch (args.command) {
    case 'ask':
      return engine.ask(args.query);
    case 'timeline':
      return engine.timeline(args.query);
    case 'troops':
      return engine.troops(args.query);
    case 'who':
      return engine.who(args.query);
    case 'sources':
      return engine.sources();
  }
}

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`citebot: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const warn = (m: string) => process.stderr.write(`citebot: warning: ${m}\n`);
  const engine = await openEngine({ articlesDir: resolve(args.articles), warn });
  const answer = run(engine, args);
  if (args.limit !== null) answer.items = answer.items.slice(0, args.limit);
  process.stdout.write(`${args.json ? renderJson(answer) : renderText(answer, engine.articles)}\n`);
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
