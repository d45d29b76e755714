/**
 * Named errors the edges map to what a user sees: the CLI to exit 2 (usage) or 1 (anything else),
 * the bot to an ephemeral reply. The engine returns `not_found` as an answer, never as an error.
 */

/** The user typed something the command cannot take; `message` says what to type instead. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type ArticleErrorCode =
  | 'empty'
  | 'binary'
  | 'not-utf8'
  | 'too-large'
  | 'unreadable'
  | 'bad-front-matter';

/** One article cannot be read; it is skipped with a warning and the rest are served. */
export class ArticleError extends Error {
  override name = 'ArticleError';
  constructor(
    readonly file: string,
    readonly code: ArticleErrorCode,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}
