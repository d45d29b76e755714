import { parse } from 'yaml';
import { z } from 'zod';
import { ALIAS_FILE } from './aliasText.js';
import { ownEntry } from './ownEntry.js';
import { phraseKey } from './wordnet.js';

/**
 * A story's own equivalent names (UN / United Nations; a bridge's short and full name), carried as data beside
 * the articles in `aliases.yaml`: a list of groups, each a list of names that mean the same thing.
 *
 * ```yaml
 * - [United Nations, UN]
 * - [Kyiv, Kiev]
 * ```
 */
export const AliasFile = z.array(z.array(z.string().min(1)).min(2, 'a group needs at least two names'));
export type AliasFile = z.infer<typeof AliasFile>;

/** Parses and validates an aliases file; the message says what is wrong and where. */
export function parseAliases(text: string): AliasFile {
  const result = AliasFile.safeParse(parse(text) ?? []);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `${ALIAS_FILE}: group ${issue?.path.join('.')}: ${issue?.message} (expected a list of lists of names)`,
    );
  }
  return result.data;
}

/** The aliases of a file's text (none without one); a bad file is reported and ignored. */
export function readAliases(text: string | null, warn: (message: string) => void): AliasFile {
  if (text === null) return [];
  try {
    return parseAliases(text);
  } catch (e) {
    warn(`ignored ${(e as Error).message}`);
    return [];
  }
}

/**
 * Each name's key mapped to the keys of the other names of its groups, after the one-way aliases `known`
 * already holds (a capital → its country: "Moscow" is asked for "Russia", not "Russia" for "Moscow").
 */
export function aliasMap(groups: AliasFile, known: Record<string, string[]> = {}): Record<string, string[]> {
  const map: Record<string, string[]> = { ...known };
  for (const group of groups) {
    const keys = [...new Set(group.map(phraseKey).filter(Boolean))];
    for (const key of keys)
      map[key] = [...new Set([...(ownEntry(map, key) ?? []), ...keys.filter((k) => k !== key)])];
  }
  return map;
}
