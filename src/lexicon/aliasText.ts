import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file beside the articles that holds the story's aliases (see `aliases.ts`). */
export const ALIAS_FILE = 'aliases.yaml';

/**
 * The aliases file's text, or null when the folder has none. Read apart from parsing it: the saved index's
 * manifest needs only the text, and YAML is parsed only when the index is built.
 */
export async function readAliasText(dir: string): Promise<string | null> {
  return readFile(join(dir, ALIAS_FILE), 'utf8').catch(() => null);
}
