import { parse } from 'yaml';
import { z } from 'zod';
import { ArticleError } from '../errors.js';

/** YAML front matter (CONTRACT §3): every field optional, and each one wins over anything read from the text. */
export const FrontMatter = z.object({
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  // YAML may hand back a Date for an unquoted 2025-09-30; keep the ISO day either way.
  date: z
    .union([z.string(), z.date()])
    .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
    .optional(),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

/** Front matter at the top of `text`, and where the body starts; `{ data: {}, bodyStart: 0 }` without any. */
export function readFrontMatter(file: string, text: string): { data: FrontMatter; bodyStart: number } {
  const m = FENCE.exec(text);
  if (!m) return { data: {}, bodyStart: 0 };
  let raw: unknown;
  try {
    // Warnings (an unknown "!tag") would go to the console; what matters is whether the fields validate.
    raw = parse(m[1] ?? '', { logLevel: 'error' }) ?? {};
  } catch (e) {
    throw new ArticleError(
      file,
      'bad-front-matter',
      `front matter is not valid YAML (${(e as Error).message.split('\n')[0]})`,
    );
  }
  const result = FrontMatter.loose().safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ArticleError(
      file,
      'bad-front-matter',
      `front matter field "${issue?.path.join('.')}" ${issue?.message}`,
    );
  }
  return { data: result.data, bodyStart: m[0].length };
}
