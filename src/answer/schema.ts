import { z } from 'zod';

/**
 * The answer every command returns and every renderer takes (CONTRACT §2).
 * Fields are only ever added, never renamed or dropped: other tools parse this JSON.
 */

export const COMMANDS = ['ask', 'timeline', 'troops', 'who', 'sources'] as const;
export const CommandName = z.enum(COMMANDS);
export type CommandName = z.infer<typeof CommandName>;

export const Citation = z.object({
  /** The article's file name inside the articles folder. */
  file: z.string(),
  /** The article's publication date (ISO), or null where the article does not tell it. */
  published: z.string().nullable(),
  /** Verbatim text of the article: `fileText.slice(start, end)`. */
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Citation = z.infer<typeof Citation>;

export const Item = z
  .object({
    /** One line: what this item says. */
    text: z.string(),
    /** ISO 8601 as precise as the text ("2026", "2026-09", "2025-09-30"); timeline items. */
    date: z.string().nullable().optional(),
    citations: z.array(Citation),
  })
  // Command-specific fields (figure, qualifier, roles, precision, planned, …) ride along.
  .catchall(z.unknown());
export type Item = z.infer<typeof Item>;

export const Conflict = z.object({
  about: z.string(),
  /** Indexes into `items`. */
  items: z.array(z.number().int().nonnegative()),
  note: z.string(),
});
export type Conflict = z.infer<typeof Conflict>;

export const Answer = z.object({
  command: CommandName,
  query: z.string(),
  status: z.enum(['answered', 'not_found']),
  /** One line shown before the items, made only of words in the cited quotes (`answerLine.ts`); /ask. */
  answer: z.string().min(1).optional(),
  items: z.array(Item),
  conflicts: z.array(Conflict),
});
export type Answer = z.infer<typeof Answer>;
