import pino, { type DestinationStream, type Level, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Secrets shorter than this are not scrubbed: replacing two-letter strings would garble every line. */
const MIN_SECRET_LENGTH = 8;

export interface LoggerOptions {
  /** Default: `info`. */
  level?: Level | 'silent';
  /** Strings never to write, whatever field they end up in (the bot token). Default: none. */
  secrets?: readonly string[];
  /** Where the JSON lines go. Default: standard output, written synchronously so nothing is lost on exit. */
  destination?: DestinationStream;
}

/**
 * Structured logs (one JSON object a line, pino). The token is kept out twice over: fields that hold tokens are
 * redacted by name, and every written line has each secret replaced, so one pasted into an error message or a
 * library's debug text is still never written.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= MIN_SECRET_LENGTH);
  const out = options.destination ?? pino.destination({ dest: 1, sync: true });
  const scrubbed: DestinationStream = {
    write: (line: string) =>
      out.write(secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), line)),
  };
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'citebot' },
      redact: {
        paths: [
          'token',
          '*.token',
          'DISCORD_TOKEN',
          '*.DISCORD_TOKEN',
          'authorization',
          '*.authorization',
          '*.Authorization',
        ],
        censor: '[redacted]',
      },
    },
    scrubbed,
  );
}

/**
 * What a log may say about an error: its kind, message and codes. Not the whole object: a discord.js request
 * error carries the request URL, and an interaction's URL holds the interaction's token.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: unknown; status?: unknown; method?: unknown };
  return {
    type: e.constructor.name || e.name,
    message: e.message,
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(typeof e.method === 'string' ? { method: e.method } : {}),
    ...(e.name === 'UsageError'
      ? {}
      : {
          stack: e.stack
            ?.split('\n')
            .slice(1, 6)
            .map((l) => l.trim()),
        }),
  };
}
