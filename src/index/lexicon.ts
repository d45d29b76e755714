import type { NameHeads } from '../lexicon/nameHeads.js';
import { ownEntry } from '../lexicon/ownEntry.js';

/**
 * What the corpus knows of its own words, computed at index build and saved with it: how many passages
 * hold each term (for weights and corpus stop words), and the synonyms and aliases that lead a question's
 * words to the words the articles use.
 */
export interface Lexicon {
  /** Passages in the corpus. */
  passages: number;
  /** Passages holding each term. */
  df: Record<string, number>;
  /** Sentences in the corpus. */
  sentences: number;
  /** Sentences holding each term: /timeline weighs the words near a date by it (see `sentenceFrequency`). */
  sentenceDf: Record<string, number>;
  /** WordNet synonyms that occur in the corpus, by phrase key (see `phraseKey`). */
  synonyms: Record<string, string[]>;
  /**
   * Of each key's `synonyms`, those only kin: a broader or narrower word (WordNet's hypernyms and hyponyms),
   * or a form derived from another word of the sense (see `relatedWords`).
   */
  kin: Record<string, string[]>;
  /** Names ending in a common noun ("Dunmore River"), by that noun (see `countNameHeads`). */
  nameHeads: NameHeads;
  /** The story's own aliases (`aliases.yaml`) and capitals standing for their countries, by phrase key. */
  aliases: Record<string, string[]>;
  /** A name's adjectives the corpus writes ("russian" for "russia"), by the name's phrase key (see `adjectivesWithin`). */
  adjectives: Record<string, string[]>;
  /** How common each English content word is (WordNet's SemCor counts), by term; see `englishFrequencies`. */
  english: Record<string, number>;
  /** Nouns whose usual sense is a person ("passenger", "resident"), as written: see `personNounsWithin`. */
  personNouns: string[];
}

/** Inverse passage frequency of a term; a term the corpus lacks weighs as much as the rarest one. */
export function idf(lexicon: Lexicon, term: string): number {
  return Math.log(1 + lexicon.passages / Math.max(1, ownEntry(lexicon.df, term) ?? 0));
}

/** Sentences holding a term; 0 for a term the corpus lacks (even one named like an `Object` property). */
export function sentenceFrequency(lexicon: Pick<Lexicon, 'sentenceDf'>, term: string): number {
  return Object.hasOwn(lexicon.sentenceDf, term) ? (lexicon.sentenceDf[term] as number) : 0;
}

/** Whether every term of a phrase key occurs in the corpus. */
export function inCorpus(lexicon: Lexicon, key: string): boolean {
  return key.split(' ').every((t) => (ownEntry(lexicon.df, t) ?? 0) > 0);
}
