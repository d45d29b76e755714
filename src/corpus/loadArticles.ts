import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleError } from '../errors.js';
import type { Article } from './article.js';
import { listArticleFiles } from './listArticleFiles.js';
import { readArticle } from './readArticle.js';

/** Files larger than this are not news articles (a 10,000-word feature is ~70 KB); reading them would stall the bot. */
export const MAX_ARTICLE_BYTES = 2_000_000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of an article file as CONTRACT §2 defines it (UTF-8, BOM removed), or an `ArticleError` saying why not. */
export function decodeArticle(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleError(
      file,
      'too-large',
      `${bytes.length} bytes is over the ${MAX_ARTICLE_BYTES}-byte limit for an article`,
    );
  }
  if (bytes.includes(0)) throw new ArticleError(file, 'binary', 'holds NUL bytes: a binary file, not text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ArticleError(file, 'not-utf8', 'is not valid UTF-8 text; save it as UTF-8');
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ArticleError(file, 'empty', 'is empty');
  return text;
}

/** Reads one file into an article; throws `ArticleError` when it cannot be one. */
export async function loadArticle(dir: string, file: string): Promise<Article> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(dir, file));
  } catch (e) {
    throw new ArticleError(
      file,
      'unreadable',
      `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const article = readArticle(file, decodeArticle(file, bytes));
  if (article.sentences.length === 0)
    throw new ArticleError(file, 'empty', 'has no sentences of prose to quote');
  return article;
}

/** Every readable article of a folder; each bad one is reported to `warn` once and skipped. */
export async function loadArticles(dir: string, warn: (message: string) => void): Promise<Article[]> {
  const articles: Article[] = [];
  for (const { file } of await listArticleFiles(dir)) {
    try {
      articles.push(await loadArticle(dir, file));
    } catch (e) {
      if (!(e instanceof ArticleError)) throw e;
      warn(`skipped article ${e.message}`);
    }
  }
  return articles;
}
