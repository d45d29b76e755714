import { stemmer } from 'stemmer';
import { eng as STOPWORDS } from 'stopword';
import { fold } from '../corpus/fold.js';
import { nlp } from './nlp.js';
import { ownEntry } from './ownEntry.js';

/**
 * The one tokenizer of the engine: the index, the question and sentence ranking all see the same terms,
 * so "six" meets "6", "Sept." meets "September", "1.7bn" meets "$1.7 billion" and "12-foot" meets "12 feet".
 */
export interface Token {
  /** The normalised, stemmed term. */
  term: string;
  /** Offset of the word in the text it was read from. */
  start: number;
  end: number;
  /** Written with a capital (not as the first word of the text): part of a name. */
  capitalised: boolean;
  numeric: boolean;
}

/**
 * English function words: the `stopword` package's list, plus the pronouns and question words it lacks,
 * and the other forms of its "said" (a question's "say" would otherwise look for words the index never holds).
 */
const STOP = new Set([
  ...STOPWORDS,
  ...[
    'say',
    'says',
    'saying',
    'us',
    'our',
    'ours',
    'your',
    'yours',
    'she',
    'her',
    'hers',
    'their',
    'theirs',
    'it',
    'its',
    'itself',
    'themselves',
    'herself',
    'ourselves',
    'yourself',
    'does',
    'whom',
    'whose',
    'why',
    'when',
  ],
]);

/** The acronym a word would be if typed in capitals ("nato" → "NATO"), for questions typed in lower case. */
export function asAcronym(word: string): string {
  return fold(word)
    .replace(/[^a-z0-9]/g, '')
    .toUpperCase();
}

/** Dotted initials (U.S., a.m.), numbers with separators (2,400; 1.7), and words with inner apostrophes. */
const WORD = /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}]+(?:['\u2019][\p{L}\p{M}]+)*/gu;

const NUMBER_WORDS: Record<string, string> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
  hundred: '100',
  thousand: '1000',
};

/**
 * Written abbreviations read as the word they stand for, so any written form of a date, an amount or a
 * title matches ("Gov. Mike DeWine" is the governor a question asks about).
 */
const ABBREVIATIONS: Record<string, string> = {
  jan: 'january',
  feb: 'february',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
  bn: 'billion',
  mn: 'million',
  mln: 'million',
  ft: 'feet',
  mi: 'mile',
  km: 'kilometre',
  pct: 'percent',
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  maj: 'major',
  capt: 'captain',
  sgt: 'sergeant',
  adm: 'admiral',
  cmdr: 'commander',
  supt: 'superintendent',
  atty: 'attorney',
  prof: 'professor',
};

/**
 * Nouns that only look plural: the Porter stemmer would make them the adjective they end in ("news" → "new",
 * so a question's "new bridge" met every "news conference" and "ABC News"). They keep their own form.
 */
const NOT_PLURAL: ReadonlySet<string> = new Set(['news', 'goods', 'odds']);

/**
 * Irregular forms the Porter stemmer leaves apart ("built" / "build", "fell" / "fall", "feet" / "foot"),
 * read back to their base with compromise's lexicon: a table lookup, about 1.4 µs a word.
 */
interface CompromiseModel {
  one: { lexicon: Record<string, string | string[] | undefined> };
}
interface CompromiseTransforms {
  two: {
    transform: {
      verb: { toInfinitive(word: string, model: CompromiseModel, tense: string): string };
      noun: { toSingular(word: string, model: CompromiseModel): string };
    };
  };
}
// compromise's public types leave its model and transforms untyped; these are the parts used here.
const MODEL = nlp.model() as CompromiseModel;
const TRANSFORM = (nlp.methods() as CompromiseTransforms).two.transform;
const LEXICON = MODEL.one.lexicon;

function baseForm(word: string): string {
  const tags = ownEntry(LEXICON, word);
  // "rebuilt", "repaid": the lexicon lists "built" and "paid" but few of their "re-" forms.
  const again = /^re(\w{4,})$/.exec(word)?.[1];
  if (tags === undefined && again && ownEntry(LEXICON, again) !== undefined) {
    const base = baseForm(again);
    if (base !== again) return `re${base}`;
  }
  const has = (tag: string) => tags === tag || (Array.isArray(tags) && tags.includes(tag));
  if (has('PastTense') || has('Participle')) {
    return TRANSFORM.verb.toInfinitive(word, MODEL, has('PastTense') ? 'PastTense' : 'Participle') || word;
  }
  if (has('Plural') || word === 'feet') return TRANSFORM.noun.toSingular(word, MODEL) || word;
  return word;
}

/**
 * The term a folded word stands for, or null for a function word. An acronym ("US", "IS", "WHO") keeps its
 * capitals and is never stemmed: as a lower-case stem it would meet "us", "is", "who" and "use".
 */
export function normaliseWord(folded: string, acronym = false): string | null {
  if (/^\d/.test(folded)) return folded.replace(/,(?=\d{3}\b)/g, '');
  let w = folded.replace(/\./g, '').replace(/'s$/, '').replace(/'/g, '');
  if (!w) return null;
  if (acronym) return w.toUpperCase();
  if (STOP.has(w)) return null;
  if (NOT_PLURAL.has(w)) return w;
  w = ownEntry(NUMBER_WORDS, w) ?? ownEntry(ABBREVIATIONS, w) ?? baseForm(w);
  return /^\d/.test(w) ? w : stemmer(w);
}

/** Tokens of a text, function words left out. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index ?? 0;
    // "ZEPA's" is the acronym "ZEPA" with a possessive, not the word "zepa".
    const bare = raw.replace(/['\u2019]s$/, '');
    const acronym = bare.length > 1 && bare === bare.toUpperCase() && /\p{Lu}/u.test(bare);
    // "1.7bn", "12-foot": the number and its unit are separate terms, as when written apart.
    const split = /^(\d+(?:[.,]\d+)*)([a-z]+)$/i.exec(raw);
    const parts = split ? [split[1] as string, split[2] as string] : [raw];
    let offset = start;
    for (const part of parts) {
      const term = normaliseWord(fold(part), acronym);
      if (term) {
        tokens.push({
          term,
          start: offset,
          end: offset + part.length,
          capitalised:
            /^\p{Lu}/u.test(part) &&
            start > 0 &&
            !/[.!?]\s*["'\u201c\u2018]?$/.test(text.slice(0, start).trimEnd()),
          numeric: /^\d/.test(term),
        });
      }
      offset += part.length;
    }
  }
  return tokens;
}

/** Just the terms, as MiniSearch's `tokenize` wants them. */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
