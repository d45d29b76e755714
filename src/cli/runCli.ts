import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ZodError } from 'zod';
import { limitItems } from '../answer/limitItems.js';
import type { Answer } from '../answer/schema.js';
import { answerCommand, openEngine } from '../engine.js';
import { UsageError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { renderText } from '../render/text.js';
import { type CliArgs, parseCliArgs, USAGE } from './parseCliArgs.js';

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * Runs one CLI call (CONTRACT §1) and returns its exit status: 0 for an answer (`not_found` too), 2 for bad
 * usage with a one-line message, 1 for anything else with a message that says what to do.
 */
export async function runCli(argv: string[], out: CliOutput): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    const text = await answerText(
      args,
      (m) => out.stderr(`citebot: warning: ${m}\n`),
      (m) => out.stderr(`${m}\n`),
    );
    out.stdout(`${text}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      out.stderr(`citebot: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    out.stderr(`citebot: ${errorMessage(e)}\n`);
    return 1;
  }
}

async function answerText(
  args: CliArgs,
  warn: (message: string) => void,
  note: (text: string) => void,
): Promise<string> {
  // Read before the index is opened: a date the CLI cannot read is bad usage, found at once. Loaded here
  // only, as only /timeline takes a range and chrono is slow to import.
  const range =
    args.from !== undefined || args.to !== undefined
      ? (await import('../extract/dateRange.js')).readDateRange(args, (name, value) => `--${name} "${value}"`)
      : undefined;
  const engine = await openEngine({ articlesDir: resolve(args.articles), warn });
  const answer = answerCommand(engine, args.command, args.query, {
    ...(range?.from ? { from: range.from } : {}),
    ...(range?.to ? { to: range.to } : {}),
  });
  const shown = args.limit === null ? answer : limitItems(answer, args.limit);
  // On stderr, so that `--json` still prints exactly one JSON document on stdout.
  if (args.explain) note(engine.explain(args.query));
  if (args.chart) await writeChart(shown, resolve(args.chart), warn);
  return args.json ? renderJson(shown) : renderText(shown, engine.articles);
}

/** Draws the timeline's picture into `file`; the chart libraries load only here, so other commands start fast. */
async function writeChart(answer: Answer, file: string, warn: (message: string) => void): Promise<void> {
  const { timelinePicture } = await import('../render/chartImage.js');
  const picture = await timelinePicture(answer);
  if (!picture) return warn(`no dated event to draw; ${file} not written`);
  await writeFile(file, picture.png);
  warn(`wrote ${file} (${picture.width}×${picture.height} PNG)`);
}

/** A zod error (a damaged file the engine validated) as its issues; anything else as its message. */
function errorMessage(e: unknown): string {
  return e instanceof ZodError ? e.issues.map((i) => i.message).join('; ') : (e as Error).message;
}
