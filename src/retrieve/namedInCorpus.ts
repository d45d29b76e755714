import type { CorpusIndex } from '../index/buildIndex.js';
import { inCorpus } from '../index/lexicon.js';
import { type Token, tokenize } from '../lexicon/terms.js';
import { occurrences } from './rankSentences.js';
import { topPassages } from './topPassages.js';

/**
 * Passages searched for a name. Passages holding all its words rank first, so a name written anywhere is
 * among them unless more than this many passages hold all its words apart.
 */
export const NAME_PASSAGES = 20;

/**
 * Whether the articles write a name of several words whole ("Federal Railroad Administration", phrase
 * key), or by its initials ("FRA"): each word of it alone ("federal officials", "the railroad") is not
 * the name. English also writes such a name head first ("the Transportation Department" is "the
 * Department of Transportation"; "of" is no term), so that order counts too.
 */
export function namedInCorpus(index: CorpusIndex, name: string): boolean {
  const terms = name.split(' ');
  if (inCorpus(index.lexicon, terms.map((t) => t[0]?.toUpperCase()).join(''))) return true;
  if (!inCorpus(index.lexicon, name)) return false;
  return topPassages(index.search, name, () => 1, NAME_PASSAGES).some((hit) => {
    const p = index.passages[hit.id];
    const article = p && index.files.get(p.file);
    const first = article?.sentences[p?.first ?? -1];
    const last = article?.sentences[p?.last ?? -1];
    if (!article || !first || !last) return false;
    return writesName(tokenize(article.text.slice(first.start, last.end)), name);
  });
}

/** Whether tokens write a name (phrase key) whole, in its own order or head first (see `namedInCorpus`). */
export function writesName(tokens: Token[], name: string): boolean {
  const terms = name.split(' ');
  const headFirst = [terms[terms.length - 1], ...terms.slice(0, -1)].join(' ');
  return (
    occurrences(tokens, name).length > 0 || (terms.length > 1 && occurrences(tokens, headFirst).length > 0)
  );
}
