import { config as readDotenv } from 'dotenv';
import { z } from 'zod';

/**
 * The bot's configuration (CONTRACT §4), read from the environment; `.env` is read first and never overrides
 * what the environment already holds. The command line needs none of it.
 */

/** A Discord id: a snowflake, 17 to 20 digits. */
const snowflake = z.string().regex(/^\d{17,20}$/);

/** An empty value (`DISCORD_GUILD_ID=` in `.env`) means "not set", as it does for a shell. */
const unsetIfEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const Config = z.object({
  DISCORD_TOKEN: z.string().regex(/^\S{20,}$/),
  DISCORD_CLIENT_ID: snowflake,
  DISCORD_GUILD_ID: z.preprocess(unsetIfEmpty, snowflake.optional()),
  ARTICLES_DIR: z.preprocess(unsetIfEmpty, z.string().default('articles')),
  DISCORD_API_BASE: z.preprocess(
    unsetIfEmpty,
    z
      .url({ protocol: /^https?$/ })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' ? unsetIfEmpty(value.toLowerCase()) : value),
    z.enum(LOG_LEVELS).default('info'),
  ),
});
export type Config = z.infer<typeof Config>;

/** What each variable should hold, said to whoever set it wrong. `.env.example` repeats these. */
const WANTED: Record<keyof Config, string> = {
  DISCORD_TOKEN: "the bot's token (Developer Portal → your application → Bot → Reset Token)",
  DISCORD_CLIENT_ID:
    "the application's id, digits only (Developer Portal → General Information → Application ID)",
  DISCORD_GUILD_ID:
    "a server's id, digits only (Discord: Developer Mode on, right-click the server → Copy Server ID), or nothing",
  ARTICLES_DIR: 'the folder of articles to answer from (default: articles)',
  DISCORD_API_BASE: 'an http(s) URL of a Discord REST base such as https://discord.com/api, or nothing',
  LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')} (default: info)`,
};

/** A variable is missing or invalid; `message` is one line naming it and what it should hold. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: keyof Config,
    readonly problem: 'missing' | 'invalid',
  ) {
    super(`${variable} is ${problem}: set it to ${WANTED[variable]}`);
  }
}

/** Validates an environment; throws a `ConfigError` for the first variable (in `Config` order) that is wrong. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = Config.safeParse(env);
  if (result.success) return result.data;
  const order = Object.keys(Config.shape);
  const [first] = result.error.issues
    .map((issue) => String(issue.path[0]) as keyof Config)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const variable = first ?? 'DISCORD_TOKEN';
  throw new ConfigError(
    variable,
    env[variable] === undefined || env[variable] === '' ? 'missing' : 'invalid',
  );
}

/** Reads `.env` (if there is one, without overriding the environment) and validates `process.env`. */
export function readConfig(dotenvPath?: string): Config {
  readDotenv({ quiet: true, ...(dotenvPath ? { path: dotenvPath } : {}) });
  return parseConfig(process.env);
}
