import { type Article, sentenceCount } from '../corpus/article.js';
import { type Passage, passagesOf } from '../corpus/passages.js';
import { type AliasFile, aliasMap } from '../lexicon/aliases.js';
import { countNameHeads } from '../lexicon/nameHeads.js';
import { ownEntry } from '../lexicon/ownEntry.js';
import { type Token, tokenize } from '../lexicon/terms.js';
import {
  adjectivesWithin,
  capitalsWithin,
  englishFrequencies,
  personNounsWithin,
  synonymsWithin,
} from '../lexicon/wordnet.js';
import { type Extracted, emptyExtracted, extractInto } from './extracted.js';
import type { Lexicon } from './lexicon.js';
import type { PassageDocument } from './livePostings.js';
import { type PassageIndex, passageIndexOf } from './passageIndex.js';

export interface CorpusIndex {
  /** Sorted by file name. */
  articles: Article[];
  /** The same articles by file name (derived, not saved). */
  files: Map<string, Article>;
  /** Passages by id; null where a removed article's passage was (ids are never reused). */
  passages: (Passage | null)[];
  search: PassageIndex;
  lexicon: Lexicon;
  /** Dated events, troop figures and people of each article, by file. */
  extracted: Extracted;
  /**
   * Bumped by every live update (`updateIndex`): what the commands keep between calls (the bare timeline)
   * holds for one version only.
   */
  version: number;
}

/** The text of a passage, straight from its article. */
export function passageText(a: Article, p: Passage): string {
  return a.text.slice(a.sentences[p.first]?.start, a.sentences[p.last]?.end);
}

/** The lexicon's counts `passageDocuments` adds to as it reads each passage, and the English word counts it reads. */
export type PassageCounts = Pick<Lexicon, 'df' | 'sentenceDf' | 'nameHeads' | 'english'>;

/**
 * Passage documents for an article, numbered from `firstId`; each passage's terms counted into `df`, each
 * sentence's into `sentenceDf` (read off its passage's tokens, so no sentence is tokenized twice), and the
 * names ending in a common noun into `nameHeads`.
 */
export function passageDocuments(
  article: Article,
  firstId: number,
  counts: PassageCounts,
): { passages: Passage[]; docs: PassageDocument[] } {
  const { df, sentenceDf } = counts;
  const passages = passagesOf(article);
  let counted = -1;
  const docs = passages.map((p, i) => {
    const tokens = tokenize(passageText(article, p));
    const passageTerms = tokens.map((t) => t.term);
    for (const t of new Set(passageTerms)) df[t] = (ownEntry(df, t) ?? 0) + 1;
    // A name in the sentence two passages share counts twice: the counts only order a noun's names.
    countNameHeads(tokens, counts.english, counts.nameHeads);
    counted = countSentenceTerms(sentenceDf, article, p, tokens, counted, 1);
    return { id: firstId + i, text: passageTerms.join(' ') };
  });
  return { passages, docs };
}

/**
 * Adds `delta` to the sentence frequency of each term of a passage's sentences after sentence `counted`
 * (passages overlap, and each sentence counts once), from the passage's tokens; returns the last one counted.
 * A token of the passage belongs to the sentence whose span holds it: the tokenizer reads the same terms from
 * a sentence alone (checked on the 1,000 and 10,000-article benchmark corpora: no sentence differs).
 */
export function countSentenceTerms(
  sentenceDf: Record<string, number>,
  article: Article,
  p: Passage,
  tokens: readonly Token[],
  counted: number,
  delta: 1 | -1,
): number {
  const base = article.sentences[p.first]?.start ?? 0;
  for (let s = Math.max(p.first, counted + 1); s <= p.last; s++) {
    const span = article.sentences[s];
    if (!span) continue;
    const held = new Set<string>();
    for (const t of tokens) if (t.start + base >= span.start && t.end + base <= span.end) held.add(t.term);
    for (const t of held) {
      const n = (Object.hasOwn(sentenceDf, t) ? (sentenceDf[t] as number) : 0) + delta;
      if (n > 0) sentenceDf[t] = n;
      else delete sentenceDf[t];
    }
  }
  return Math.max(counted, p.last);
}

/** Builds the index over articles that are already read. */
export function buildIndex(articles: Article[], aliases: AliasFile = []): CorpusIndex {
  const sorted = [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const documents: PassageDocument[] = [];
  const counts: PassageCounts = { df: {}, sentenceDf: {}, nameHeads: {}, english: englishFrequencies() };
  const passages: Passage[] = [];
  for (const article of sorted) {
    const built = passageDocuments(article, passages.length, counts);
    passages.push(...built.passages);
    documents.push(...built.docs);
  }
  const search = passageIndexOf(documents);
  const vocabulary = new Set(Object.keys(counts.df));
  const lexicon: Lexicon = {
    ...counts,
    passages: passages.length,
    sentences: sentenceCount(sorted),
    ...synonymsWithin(vocabulary),
    aliases: aliasMap(aliases, capitalsWithin(vocabulary)),
    adjectives: adjectivesWithin(vocabulary),
    personNouns: personNounsWithin(vocabulary),
  };
  const extracted = emptyExtracted();
  for (const article of sorted) extractInto(extracted, article);
  return {
    articles: sorted,
    files: new Map(sorted.map((a) => [a.file, a])),
    passages,
    search,
    lexicon,
    extracted,
    version: 0,
  };
}
