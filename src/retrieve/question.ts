import { fold } from '../corpus/fold.js';
import type { AnswerKind } from '../extract/answerValues.js';
import { idf, inCorpus, type Lexicon } from '../index/lexicon.js';
import { type Token, tokenize } from '../lexicon/terms.js';

/**
 * A question read for retrieval: the kinds of answer it asks for, and its key concepts, each a word or
 * phrase of the user's with the corpus words that mean the same.
 */
export interface Concept {
  /** The user's word or phrase, as a phrase key. */
  key: string;
  /** How much the concept says about which sentence answers: inverse passage frequency. */
  weight: number;
  /** A proper name or a number: a question about something the corpus never names is not answered. */
  name: boolean;
  /** Phrase keys that count as the concept, with how strongly: the user's own words first. */
  variants: { key: string; strength: number }[];
  /** Whether any variant occurs in the corpus. */
  present: boolean;
}

export interface Question {
  text: string;
  kinds: AnswerKind[];
  concepts: Concept[];
}

/** How strongly an expansion stands for the user's word: a story's own alias almost fully, a WordNet
 * synonym (one of several senses) much less, so expansions never outweigh the words typed. */
export const ALIAS_STRENGTH = 0.9;
export const SYNONYM_STRENGTH = 0.5;

/**
 * Terms in more than this share of passages are the corpus's own stop words ("Iraq" in a story about
 * Iraq): they tell no passage from another, so they weigh a tenth of their inverse frequency.
 */
export const CORPUS_STOPWORD_SHARE = 0.3;
export const CORPUS_STOPWORD_FACTOR = 0.1;

/** Longest phrase looked up as one unit ("pull out", "Francis Scott Key Bridge"). */
const MAX_PHRASE = 4;

interface KindRule {
  /** Matched against the folded question. */
  pattern: RegExp;
  kinds: AnswerKind[];
  /** Words the pattern uses up: "how long" asks for a length, it is not about length. */
  consumes: RegExp;
}

/** The kind of answer a question asks for, from its wording. First match wins, so specific rules come first. */
const KIND_RULES: KindRule[] = [
  { pattern: /\bwhat time\b|\bat what hour\b/, kinds: ['time'], consumes: /^(time|hour)$/ },
  { pattern: /\bhow old\b|\bwhat age\b/, kinds: ['age'], consumes: /^(old|age)$/ },
  { pattern: /\bhow much\b.*\b(cost|pay|paid|spend|spent|worth|price|money|fund|fine|settle)|\bwhat .*\b(cost|price|amount|sum)\b/, kinds: ['amount'], consumes: /^(much)$/ },
  { pattern: /\bhow (long|tall|high|wide|deep|far|big|large|heavy)\b.*\b(is|was|are|were)\b(?!.*\b(been|since|take|took|last)\b)/, kinds: ['measure', 'duration'], consumes: /^(long|tall|high|wide|deep|far|big|large|heavy)$/ },
  { pattern: /\bhow long\b|\bfor how many (days|weeks|months|years)\b/, kinds: ['duration', 'date'], consumes: /^(long)$/ },
  { pattern: /\bhow (many|much)\b|\bwhat (number|percentage|share)\b/, kinds: ['count', 'amount', 'measure'], consumes: /^(mani|much|number)$/ },
  { pattern: /\bwhen\b|\bwhat (year|date|day|month)\b|\bsince when\b|\bhow soon\b|\bby when\b/, kinds: ['date'], consumes: /^(year|date|day|month)$/ },
  { pattern: /\bwhy\b|\bwhat (caused|led to|triggered|was behind)\b|\breason\b|\bpin\b.*\bon\b|\bblame/, kinds: ['cause'], consumes: /^(caus|reason|pin|blame)$/ },
  { pattern: /\bwhere\b/, kinds: ['place'], consumes: /^$/ },
  { pattern: /^\s*(who|whom|whose)\b|\bwhich (company|contractor|firm|agency|group|person|official|country|countries|organi[sz]ation)\b/, kinds: ['person'], consumes: /^$/ },
];

/** Words that ask rather than say ("what", "does"); the stop list already drops most of them. */
const QUESTION_WORDS = /^(what|when|where|why|who|whom|whose|which|how|does|do|did)$/;

/** Stages of question reading that can be switched off, to measure what each is worth (`npm run eval`). */
export interface ReadingOptions {
  /** Expand words with WordNet synonyms found in the corpus. Default: true. */
  synonyms: boolean;
  /** Weigh down the corpus's own stop words. Default: true. */
  corpusStopwords: boolean;
}

/** Reads a question against a corpus lexicon. */
export function readQuestion(text: string, lexicon: Lexicon, options: ReadingOptions): Question {
  const folded = fold(text);
  const rule = KIND_RULES.find((r) => r.pattern.test(folded));
  const tokens = tokenize(text).filter((t) => !QUESTION_WORDS.test(t.term) && !rule?.consumes.test(t.term));
  return { text, kinds: rule?.kinds ?? [], concepts: readConcepts(tokens, lexicon, options) };
}

/** Groups tokens into concepts, longest known phrase first, and finds each one's variants in the corpus. */
function readConcepts(tokens: Token[], lexicon: Lexicon, options: ReadingOptions): Concept[] {
  const concepts: Concept[] = [];
  const maxIdf = Math.log(1 + lexicon.passages);
  for (let i = 0; i < tokens.length; ) {
    let n = Math.min(MAX_PHRASE, tokens.length - i);
    const keyOf = (len: number) => tokens.slice(i, i + len).map((t) => t.term).join(' ');
    // A phrase is a unit when the corpus or its synonym tables know it as one.
    while (n > 1 && !(lexicon.aliases[keyOf(n)] || lexicon.synonyms[keyOf(n)])) n--;
    const key = keyOf(n);
    const span = tokens.slice(i, i + n);
    i += n;
    if (concepts.some((c) => c.key === key)) continue;
    const variants = [{ key, strength: 1 }];
    for (const alias of lexicon.aliases[key] ?? []) {
      if (inCorpus(lexicon, alias)) variants.push({ key: alias, strength: ALIAS_STRENGTH });
    }
    for (const synonym of options.synonyms ? (lexicon.synonyms[key] ?? []) : []) {
      if (!variants.some((v) => v.key === synonym)) variants.push({ key: synonym, strength: SYNONYM_STRENGTH });
    }
    const present = variants.some((v) => inCorpus(lexicon, v.key));
    const terms = key.split(' ');
    const weight = present ? Math.max(...terms.map((t) => conceptIdf(lexicon, t, options))) : maxIdf;
    concepts.push({ key, weight, name: span.some((t) => t.capitalised || t.numeric), variants, present });
  }
  return concepts;
}

function conceptIdf(lexicon: Lexicon, term: string, options: ReadingOptions): number {
  const share = (lexicon.df[term] ?? 0) / Math.max(1, lexicon.passages);
  const stop = options.corpusStopwords && share > CORPUS_STOPWORD_SHARE;
  return idf(lexicon, term) * (stop ? CORPUS_STOPWORD_FACTOR : 1);
}
