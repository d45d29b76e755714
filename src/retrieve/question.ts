import { fold } from '../corpus/fold.js';
import { type AnswerKind, type Dimension, PLACE_NOUNS } from '../extract/answerValues.js';
import { type DateMention, readDates } from '../extract/dates.js';
import { isRoleNoun, sameRole } from '../extract/roleWords.js';
import { idf, inCorpus, type Lexicon } from '../index/lexicon.js';
import { namesCalled } from '../lexicon/nameHeads.js';
import { nameRuns } from '../lexicon/nameRuns.js';
import { nlp } from '../lexicon/nlp.js';
import { ownEntry } from '../lexicon/ownEntry.js';
import { asAcronym, normaliseWord, type Token, terms, tokenize } from '../lexicon/terms.js';

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
  /** How specific the word is in English (see `rarity`): 1 for names and rare words, less for common ones. */
  specificity: number;
  /** Phrase keys that count as the concept, with how strongly: the user's own words first. */
  variants: Variant[];
  /** Whether any variant, or a name's adjective, occurs in the corpus. */
  present: boolean;
  /** The thing a "how many" question counts ("how many people"): a count must stand beside it. */
  focus: boolean;
  /**
   * Other nouns (singular, lower case) a count of this focus may stand beside: for "people", any whose usual
   * sense is a person ("2,870 passengers", "about 900 teachers"). Empty for other words.
   */
  countedAs: ReadonlySet<string>;
  /**
   * A name's adjectives, its aliases' too ("Moscow" → Russia → "Russian"): a sentence holding one speaks of the
   * name without naming it, so the name is not missing from it. Empty for other words.
   */
  adjectives: string[];
}

/** A phrase key that counts as a concept, with how strongly. */
export interface Variant {
  key: string;
  strength: number;
  /** Only kin: a broader or narrower word, or a form derived from a synonym (see `Lexicon.kin`). */
  kin?: true;
}

export interface Question {
  text: string;
  kinds: AnswerKind[];
  concepts: Concept[];
  /**
   * Names of several words that only count whole (or by their initials): those ending in an English word,
   * as an organisation's or a place's do ("Federal Railroad Administration", "Harlow Viaduct"). A person's
   * ("Mike DeWine") is told by the surname alone. Phrase keys.
   */
  wholeNames: string[];
  /** The dimension a measure must have to answer ("how tall": a length), or null for any. */
  dimension: Dimension | null;
}

/** How strongly an expansion stands for the user's word: a story's own alias almost fully, a WordNet
 * synonym (one of several senses) much less, so expansions never outweigh the words typed. */
export const ALIAS_STRENGTH = 0.9;
export const SYNONYM_STRENGTH = 0.5;
/** How much a verb with or without "re-" ("reopen" / "open") stands for the other. */
export const AGAIN_STRENGTH = 0.8;
/** Words more common than this (`rarity` under it: about 180 uses in SemCor: "bring", "go") are not expanded:
 * their many senses make their synonyms mostly noise. */
export const SYNONYM_MIN_SPECIFICITY = 0.25;

/**
 * Terms in more than this share of passages are the corpus's own stop words (the country a story is
 * about): they tell no passage from another, so they weigh a fifth of their inverse frequency.
 */
export const CORPUS_STOPWORD_SHARE = 0.5;
export const CORPUS_STOPWORD_FACTOR = 0.2;

/** Content words, all capitalised, from which a question is taken as written in Title Case. */
const TITLE_CASE_WORDS = 3;

/** What may stand between a phrase's words: a space or a hyphen, or "of" ("Department of Transportation"). */
const PHRASE_GAP = /^[\s-]*$|^\s+of(?:\s+the)?\s+$/i;

/** Longest phrase looked up as one unit ("pull out", "Golden Gate Bridge"). */
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
  {
    pattern:
      /\bhow (?:much|big|large|high|steep)\b.*\b(cost|pay|paid|spend|spent|worth|price|money|fund|fine|settle|penalt|compensation|severance|damages|ransom|salary|wages?|fees?|bonus(?:es)?|budget)|\bwhat(?:'s)? .*\b(cost|price|amount|sum|worth|value|salary|wages?|fees?|fines?|bonus(?:es)?|budget)\b/,
    kinds: ['amount'],
    // A "price tag" is the price: the label is no word of the answer.
    consumes: /^(much|big|larg|high|steep|tag)$/,
  },
  // "How long was the road closed?" asks for a time: a state its subject was in ("closed", "trapped"), not
  // a length ("how long is the ship that brought the bridge down?").
  {
    pattern: /\bhow long (is|was|are|were) (?:(?!that |which |who )[\w'-]+ ){1,5}?[a-z]+ed\b/,
    kinds: ['duration', 'date'],
    consumes: /^(long)$/,
  },
  {
    pattern:
      /\bhow (long|tall|high|wide|deep|far|big|large|heavy|fast|strong) (is|was|are|were)\b(?!.*\b(been|since|take|took|last)\b)/,
    kinds: ['measure'],
    consumes: /^(long|tall|high|wide|deep|far|big|larg|heavi|fast|strong)$/,
  },
  {
    pattern: /\bhow long\b|\bfor how many (days|weeks|months|years)\b/,
    kinds: ['duration', 'date'],
    consumes: /^(long)$/,
  },
  // "How many" counts things; "what share" wants a percentage (a measure); "how much" may be money, a
  // measure or a count.
  { pattern: /\bhow many\b|\bwhat number\b/, kinds: ['count'], consumes: /^(mani|number)$/ },
  // "What's the death toll?", "what is the final tally", "what was the total number of infections": a noun
  // for a count asks for one.
  {
    pattern:
      /\bwhat(?:'s| is| was| are| were)? (?:the |its |their )?(?:[\w'-]+ ){0,4}?(?:toll|count|tally|number(?= of\b))\b/,
    kinds: ['count'],
    consumes: /^(toll|count|talli)$/,
  },
  // "At what depth", "what was the height of": a noun for a dimension asks for a measure of it.
  {
    pattern:
      /\bwhat(?:'s| is| was| are| were)? (?:the |its |their )?(?:depth|height|length|width|distance|weight|speed)\b/,
    kinds: ['measure'],
    consumes: /^(depth|height|length|width|distanc|weight|speed)$/,
  },
  {
    pattern: /\bwhat (percentage|share|proportion|fraction)\b/,
    kinds: ['measure', 'count'],
    consumes: /^(percentag|share|proport|fraction)$/,
  },
  {
    pattern: /\bhow much\b/,
    kinds: ['count', 'amount', 'measure'],
    consumes: /^(much)$/,
  },
  {
    pattern: /\bwhen\b|\bwhat (year|date|day|month)\b|\bsince when\b|\bhow soon\b|\bby when\b/,
    kinds: ['date', 'time'],
    consumes: /^(year|date|day|month)$/,
  },
  // A purpose answers "why" too: "what is the probe meant to check?", "what was Kyiv really after?" (an
  // "after" with no object of its own, not one of time: "what happened after the vote?", "what were they doing after?").
  {
    pattern:
      /\bwhy\b|\bwhat\b.*\b(caused|led to|triggered|was behind)\b|\breason\b|\bblame|\bwhat\b.*\b(?:meant|supposed|intended) to\b|\bwhat\b.*\b(?:purpose|goal)\b|\bwhat\b.*\b(?:is|are|was|were)\b.*(?<!(?:ing|ed) )\bafter\b(?! (?:the|a|an|this|that|its|his|her|their|\d))/,
    kinds: ['cause'],
    consumes: /^(caus|reason|blame|mean|suppos|intend|purpos|goal|after)$/,
  },
  { pattern: /\bwhere\b/, kinds: ['place'], consumes: /^$/ },
  // "In which town", "which border villages": a noun for a kind of place, a word or two after "which".
  {
    pattern: new RegExp(String.raw`\b(?:which|what) (?:[\w-]+ ){0,2}?(?:${PLACE_NOUNS})\b`),
    kinds: ['place'],
    consumes: /^$/,
  },
  {
    pattern:
      /^\s*(who|whom|whose)\b|\bwhich (?:[\w-]+ ){0,2}?(compan(?:y|ies)|contractors?|firms?|agenc(?:y|ies)|groups?|person|people|officials?|organi[sz]ations?|suppliers?|vendors?)\b/,
    kinds: ['person'],
    consumes: /^$/,
  },
];

/** Wordings that fix what a measure must measure: "how far" is not answered by "110 km/h". */
const DIMENSIONS_ASKED: [RegExp, Dimension][] = [
  [
    /\bhow (?:long|tall|high|wide|deep|far)\b|\bwhat(?:'s| is| was)? (?:the )?(?:depth|height|length|width|distance)\b/,
    'length',
  ],
  [/\bhow fast\b|\bwhat(?:'s| is| was)? (?:the )?speed\b/, 'speed'],
  [/\bhow heavy\b|\bwhat(?:'s| is| was)? (?:the )?weight\b/, 'mass'],
  [/\bwhat (?:percentage|share|proportion|fraction)\b/, 'share'],
];

/** The dimension a measure must have to answer the question, or null for any. */
export function dimensionAsked(question: string): Dimension | null {
  const folded = fold(question);
  return DIMENSIONS_ASKED.find(([wording]) => wording.test(folded))?.[1] ?? null;
}

/** A question word. */
const WH = /\b(?:what|which|who|whom|whose|where|why|how|when)\b/;

/** Whether a query is asked as a question ("How many crossed?") rather than named as a topic ("Tapa"). */
export function isQuestion(query: string): boolean {
  return /\?\s*$/.test(query) || WH.test(fold(query).split(/\s+/, 1)[0] ?? '');
}
/** "when" or "where" opening a clause: after another question word it says when or where, it does not ask. */
const CLAUSE = /^(?:when|where)\b/;

/**
 * The rule whose wording comes first: "Who was steering when …" asks for a person, not a date. A "when"
 * after another question word opens a clause: "What gases are released when it burns?" asks for no date.
 */
function kindRule(folded: string): KindRule | undefined {
  const firstWh = folded.search(WH);
  let best: { rule: KindRule; at: number } | undefined;
  for (const rule of KIND_RULES) {
    const at = folded.search(rule.pattern);
    if (at < 0 || (at > firstWh && CLAUSE.test(folded.slice(at)))) continue;
    if (!best || at < best.at) best = { rule, at };
  }
  return best?.rule;
}

/** Stages of question reading that can be switched off, to measure what each is worth (`npm run eval`). */
export interface ReadingOptions {
  /** Expand words with WordNet synonyms found in the corpus. Default: true. */
  synonyms: boolean;
  /** Weigh down the corpus's own stop words. Default: true. */
  corpusStopwords: boolean;
}

export const defaultReadingOptions: ReadingOptions = { synonyms: true, corpusStopwords: true };

/** An auxiliary verb opening what follows a word. */
const AUXILIARY_AFTER =
  /^\s+(?:had|has|have|was|were|is|are|did|do|does|will|would|could|can|might|may|should)\b/i;

/** "How many people …", "how many of the crew …": the word counted. */
const COUNTED = /\bhow\s+many\s+(?:of\s+(?:the|its|their)\s+)?(?=\p{L})/iu;

/** Reads a question against a corpus lexicon. */
export function readQuestion(text: string, lexicon: Lexicon, options: ReadingOptions): Question {
  const rule = kindRule(fold(text));
  const words = readWords(text).filter((w) => w.role !== 'function' && !rule?.consumes.test(w.token.term));
  // The thing counted is the first lower-case word after "how many" ("how many US troops" counts troops),
  // or the last of the nouns it begins ("how many emergency shelters" counts shelters).
  const counted = COUNTED.exec(text);
  const after = counted ? counted.index + counted[0].length : Number.POSITIVE_INFINITY;
  let focusIndex = words.findIndex((w) => w.token.start >= after && !w.token.capitalised);
  while (focusIndex >= 0) {
    const next = words[focusIndex + 1];
    const here = words[focusIndex] as QuestionWord;
    // A plural compromise reads as a verb ("how many vaccine doses had arrived") is a noun where an
    // auxiliary follows it: a question puts no verb right before "had".
    const noun = next?.noun || (next?.verb && AUXILIARY_AFTER.test(text.slice(next.token.end)));
    if (
      !next ||
      !noun ||
      next.token.capitalised ||
      !/^\s+$/.test(text.slice(here.token.end, next.token.start))
    )
      break;
    focusIndex++;
  }
  const focusAt = words[focusIndex]?.token.start ?? -1;
  const tokens = words.map((w) => w.token);
  const dates = readDates(text, null);
  const names = (t: Token) => namesSomething(text, t, dates);
  /** Names of several words: an organisation's, a place's or a person's. */
  const multiword = nameRuns(text, tokens).filter((run) => run.length > 1 && run.every(names));
  return {
    text,
    kinds: rule?.kinds ?? [],
    concepts: namedBySurname(
      readConcepts(text, words, lexicon, options, focusAt, rule?.kinds.includes('person') ?? false, names),
      personNames(multiword, words, lexicon),
    ),
    wholeNames: multiword
      .filter((run) => ownEntry(lexicon.english, run[run.length - 1]?.term ?? '') !== undefined)
      .map((run) => run.map((t) => t.term).join(' ')),
    dimension: dimensionAsked(text),
  };
}

/** Words of a person's name at most: given names and a surname ("Maria José Ortega"). */
const SURNAME_RUN = 3;

/**
 * The question's names of people, as runs of terms: those compromise knows for a person's ("Maria Keller"),
 * and those ending in a word WordNet lacks ("Ona Vrelsk"); not "Harlow Viaduct" or "Tarn Shipping Lines".
 */
function personNames(multiword: Token[][], words: QuestionWord[], lexicon: Lexicon): string[][] {
  const person = new Set(words.filter((w) => w.person).map((w) => w.token.start));
  return multiword
    .filter(
      (run) =>
        run.length <= SURNAME_RUN &&
        (run.some((t) => person.has(t.start)) ||
          ownEntry(lexicon.english, run[run.length - 1]?.term ?? '') === undefined),
    )
    .map((run) => run.map((t) => t.term));
}

/**
 * An article names someone in full once and by the surname after ("Maria Keller …", "Keller resigned"): a
 * person's other names are held wherever their surname is.
 */
function namedBySurname(concepts: Concept[], people: string[][]): Concept[] {
  return concepts.map((c) => {
    const person = people.find((p) => p.slice(0, -1).includes(c.key));
    const surname = person?.[person.length - 1];
    return surname && c.name && !c.variants.some((v) => v.key === surname)
      ? { ...c, variants: [...c.variants, { key: surname, strength: 1 }] }
      : c;
  });
}

/** A question's word with what compromise tells of it: its root ("went" → "go") and its word class. */
interface QuestionWord {
  token: Token;
  /** The root's term, when it differs from the word's own ("fell" → "fall", "men" → "man"). */
  root: string | null;
  /** Function words ask, particles only count inside a phrase ("cut out"), content words carry the question. */
  role: 'function' | 'particle' | 'content';
  /** Followed by "back" or "again" ("open back up", "pay back", "open again"): the article's "reopen", "repay". */
  again: boolean;
  /** Read as a noun ("the port's"): no "re-" form of it is meant ("report"). */
  noun: boolean;
  /** Read as a verb ("who runs"): a role verb stands for the role's nouns ("chief", "director"). */
  verb: boolean;
  /** Read as a person's name, or part of one ("Maria", "Keller"). */
  person: boolean;
}

/** Words between a verb and its "back" ("took the villages back") at most. */
const BACK_OBJECT = 2;

/** A word of the object between a verb and "back": a noun, a pronoun, a determiner or a possessive. */
const objectWord = (w: { tags: string[]; verb: boolean }) =>
  !w.verb && w.tags.some((t) => t === 'Noun' || t === 'Pronoun' || t === 'Determiner' || t === 'Possessive');

const FUNCTION_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Auxiliary',
  'Copula',
  'Modal',
  'QuestionWord',
]);

/**
 * English prepositions, a closed class: compromise tags some as adjectives in a question ("hackers behind the
 * outage", "its case against the firm"), where they would weigh as much as the words that say what is asked.
 * A particle ("end up", "pull out") stays one.
 */
const PREPOSITION =
  /^(?:about|above|across|after|against|along|among|around|at|before|behind|below|beneath|beside|besides|between|beyond|by|despite|during|for|from|in|inside|into|near|of|on|onto|outside|over|since|through|throughout|to|toward|towards|under|underneath|until|upon|with|within|without)$/;

interface TaggedTerm {
  tags: string[];
  root?: string;
  offset: { start: number; length: number };
}

function readWords(text: string): QuestionWord[] {
  const doc = nlp(text);
  doc.compute('root');
  const tagged = (doc.json({ offset: true }) as { terms: TaggedTerm[] }[]).flatMap((s) => s.terms);
  const words = tokenize(text).map((token): QuestionWord & { tags: string[] } => {
    const term = tagged.find(
      (t) => t.offset.start <= token.start && token.start < t.offset.start + t.offset.length,
    );
    const tags = term?.tags ?? [];
    const root = term?.root && !term.root.includes(' ') ? normaliseWord(fold(term.root)) : null;
    // "Does", "went": compromise tags some auxiliaries as plain verbs, but their root is a function word.
    const functionRoot = term?.root !== undefined && root === null;
    const preposition =
      PREPOSITION.test(fold(text.slice(token.start, token.end))) && !tags.includes('Particle');
    const isFunction =
      !token.capitalised &&
      !token.numeric &&
      (functionRoot || preposition || tags.some((t) => FUNCTION_TAGS.has(t)));
    return {
      token,
      tags,
      root: root && root !== token.term ? root : null,
      role: isFunction ? 'function' : tags.includes('Particle') ? 'particle' : 'content',
      again: false,
      noun: tags.includes('Noun') && !tags.includes('Verb'),
      verb: tags.includes('Verb'),
      person: tags.includes('Person'),
    };
  });
  words.forEach((w, i) => {
    const before = words[i - 1];
    if (!before) return;
    // Its meaning moves into the verb's "re-" form, so it neither counts alone nor joins a phrase: "open
    // again", "won back", and with the verb's object between, "took the villages back".
    const particle = w.tags.includes('Particle') || w.tags.includes('PhrasalVerb');
    const verb =
      (w.token.term === 'again' || (w.token.term === 'back' && particle)) &&
      before.role !== 'function' &&
      !before.noun
        ? before
        : w.token.term === 'back'
          ? words
              .slice(Math.max(0, i - 1 - BACK_OBJECT), i)
              .reverse()
              .find(
                (v, j, between) => v.verb && v.role === 'content' && between.slice(0, j).every(objectWord),
              )
          : undefined;
    if (verb) {
      w.role = 'function';
      verb.again = true;
    }
  });
  // A question written in Title Case ("What Did The Town Council Decide?") names nothing by its capitals.
  const content = words.filter((w) => w.role === 'content' && !w.token.numeric);
  if (content.length >= TITLE_CASE_WORDS && content.every((w) => w.token.capitalised)) {
    for (const w of words) w.token = { ...w.token, capitalised: false };
  }
  return words;
}

/** "Who is in charge of the inquiry?" asks who heads it, as "who runs it" does. */
const IN_CHARGE = /\bin\s+charge$/i;

/** A particle English joins to the verb before it to make a noun: "walkout", "shutdown", "layoff", "takeover". */
const PARTICLE_AFTER = /^\s+(out|down|off|over|up|away)\b/i;

/** Groups words into concepts, longest known phrase first, and finds each one's variants in the corpus. */
function readConcepts(
  text: string,
  words: QuestionWord[],
  lexicon: Lexicon,
  options: ReadingOptions,
  focusAt: number,
  asksWho: boolean,
  names: (token: Token) => boolean,
): Concept[] {
  const concepts: Concept[] = [];
  const maxIdf = Math.log(1 + lexicon.passages);
  for (let i = 0; i < words.length; ) {
    let n = Math.min(MAX_PHRASE, words.length - i);
    const keyOf = (len: number, root = false) =>
      words
        .slice(i, i + len)
        .map((w) => (root && w.root) || w.token.term)
        .join(' ');
    // A phrase is a unit when the corpus or its synonym tables know it as one, by its words or their roots.
    const known = (key: string) => ownEntry(lexicon.aliases, key) || ownEntry(lexicon.synonyms, key);
    // A phrase's words stand together in the question ("electricity because of the storm" is no "electrical storm").
    const together = (len: number) =>
      words.slice(i, i + len - 1).every((w, j) => {
        const next = words[i + j + 1] as QuestionWord;
        return PHRASE_GAP.test(text.slice(w.token.end, next.token.start));
      });
    while (n > 1 && (!together(n) || (!known(keyOf(n)) && !known(keyOf(n, true))))) n--;
    const key = keyOf(n);
    const rootKey = keyOf(n, true);
    const span = words.slice(i, i + n).map((w) => w.token);
    const lone = words[i] as QuestionWord;
    i += n;
    if (n === 1 && lone.role === 'particle') continue;
    if (concepts.some((c) => c.key === key)) continue;
    const variants: Variant[] = [{ key, strength: 1 }];
    if (rootKey !== key) variants.push({ key: rootKey, strength: 1 });
    // "open back up" is what an article calls "reopened"; "rebuild" is a kind of "build".
    for (const again of n === 1 && !lone.noun ? [`re${rootKey}`, rootKey.replace(/^re(?=\w{3})/, '')] : []) {
      if (again !== rootKey && inCorpus(lexicon, again))
        variants.push({ key: again, strength: lone.again && again.startsWith('re') ? 1 : AGAIN_STRENGTH });
    }
    // A phrasal verb and the noun English makes of it are one word: "walk out" is the article's "walkout".
    // (The particle is no term of its own, so the question's text tells it.)
    const particle = n === 1 ? PARTICLE_AFTER.exec(text.slice(lone.token.end))?.[1] : undefined;
    const compound = particle ? `${rootKey}${particle.toLowerCase()}` : '';
    if (compound && inCorpus(lexicon, compound) && !variants.some((v) => v.key === compound))
      variants.push({ key: compound, strength: 1 });
    // "nato" typed in lower case still means the corpus's "NATO"; but "Kyiv", which the corpus writes, is not
    // its dateline's rare "KYIV".
    const acronym =
      n === 1 && !inCorpus(lexicon, key) ? asAcronym(text.slice(lone.token.start, lone.token.end)) : '';
    if (acronym && acronym !== key && inCorpus(lexicon, acronym))
      variants.push({ key: acronym, strength: 1 });
    for (const alias of [
      ...(ownEntry(lexicon.aliases, key) ?? []),
      ...(ownEntry(lexicon.aliases, rootKey) ?? []),
    ]) {
      if (inCorpus(lexicon, alias) && !variants.some((v) => v.key === alias)) {
        variants.push({ key: alias, strength: ALIAS_STRENGTH });
      }
    }
    const name = span.some((t) => t.numeric || (t.capitalised && names(t)));
    const specificity = name ? 1 : phraseRarity(lexicon, rootKey);
    const focus = span.some((t) => t.start === focusAt);
    // A name stands only for itself and its aliases: WordNet would make "World Cup" a "global shape". A
    // very common word ("bring", "go") has so many senses that its synonyms are mostly noise; but the
    // thing counted is a noun whose kinds all count ("how many people" → "seven workers").
    const expand = options.synonyms && !name && (focus || specificity >= SYNONYM_MIN_SPECIFICITY);
    const synonyms = expand
      ? [...(ownEntry(lexicon.synonyms, key) ?? []), ...(ownEntry(lexicon.synonyms, rootKey) ?? [])]
      : [];
    const kin = new Set(
      expand ? [...(ownEntry(lexicon.kin, key) ?? []), ...(ownEntry(lexicon.kin, rootKey) ?? [])] : [],
    );
    // Synonyms first: where a sentence holds both, it is matched by the synonym (the first of equal strength).
    const ordered = [...synonyms].sort((a, b) => Number(kin.has(a)) - Number(kin.has(b)));
    for (const synonym of ordered) {
      if (inCorpus(lexicon, synonym) && !variants.some((v) => v.key === synonym))
        variants.push(
          kin.has(synonym)
            ? { key: synonym, strength: SYNONYM_STRENGTH, kin: true }
            : { key: synonym, strength: SYNONYM_STRENGTH },
        );
    }
    // "won back" is what an article calls "regained": the "re-" form of one of the verb's synonyms.
    if (options.synonyms && n === 1 && lone.again) {
      for (const synonym of ownEntry(lexicon.synonyms, rootKey) ?? []) {
        const again = `re${synonym}`;
        if (inCorpus(lexicon, again) && !variants.some((v) => v.key === again))
          variants.push({ key: again, strength: AGAIN_STRENGTH });
      }
    }
    // "Who runs the company?" is answered by its chief executive, chair or director ("where is the train
    // headed?" by no chief).
    const leads =
      asksWho && options.synonyms && n === 1
        ? lone.verb
          ? sameRole(text.slice(lone.token.start, lone.token.end))
          : IN_CHARGE.test(text.slice(0, lone.token.end))
            ? sameRole('heads')
            : []
        : [];
    for (const role of leads.flatMap((r) => [terms(r).join(' '), asAcronym(r)])) {
      if (role && !variants.some((v) => v.key === role) && inCorpus(lexicon, role))
        variants.push({ key: role, strength: SYNONYM_STRENGTH });
    }
    // "river" may be the article's "the Dunmore" once it has said "the Dunmore River".
    for (const named of expand && n === 1 ? namesCalled(lexicon.nameHeads, rootKey) : []) {
      if (!variants.some((v) => v.key === named)) variants.push({ key: named, strength: SYNONYM_STRENGTH });
    }
    const adjectives = name
      ? [...new Set(variants.flatMap((v) => ownEntry(lexicon.adjectives, v.key) ?? []))]
      : [];
    // A name the articles write only as its adjective ("Norwegian officials") is still one they speak of.
    const present = variants.some((v) => inCorpus(lexicon, v.key)) || adjectives.length > 0;
    // Names weigh by the corpus alone; a common English word ("go", "say") says little even where it is rare here.
    // The user's own words weigh by the corpus; a word the corpus lacks (even if a synonym is there) by English.
    const own = Math.max(
      0,
      ...variants.filter((v) => v.strength === 1).map((v) => conceptIdf(lexicon, v.key, options)),
    );
    const weight = own > 0 ? own * Math.max(PRESENT_FLOOR, specificity) : maxIdf * specificity;
    const countedAs = new Set(focus && PEOPLE.has(key) ? lexicon.personNouns : []);
    concepts.push({ key, weight, name, specificity, variants, present, focus, adjectives, countedAs });
  }
  // What a "how many" question counts is what its answer stands beside, however common it is in the
  // corpus ("troops" in a war story): it weighs as much as the heaviest word of the question.
  const heaviest = Math.max(0, ...concepts.map((c) => c.weight));
  return concepts.map((c) => (c.focus ? { ...c, weight: heaviest } : c));
}

/** Words for people in general: "how many people" is answered by a count of passengers or residents. */
const PEOPLE = new Set(terms('people persons person individuals'));

/** An acronym in the plural ("PCs", "ATMs") names a kind of thing, not one person, place or body. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/**
 * Whether a capitalised word names someone or something: a month or a weekday ("in December") is a date,
 * and a plural acronym a kind of thing; a corpus that never writes them may still answer the question.
 */
/** A word written in capitals only. */
const ACRONYM = /^\p{Lu}{2,}$/u;

function namesSomething(text: string, token: Token, dates: readonly DateMention[]): boolean {
  const written = text.slice(token.start, token.end);
  // A role's acronym ("CEO", "CFO") names no one: a corpus that never writes it may still answer ("who
  // became chief executive"). A capitalised role word may be part of a name ("the Justice Department").
  if (PLURAL_ACRONYM.test(written) || (ACRONYM.test(written) && isRoleNoun(written))) return false;
  return !dates.some((d) => d.start <= token.start && token.end <= d.end);
}

/**
 * How much a word the corpus lacks says against an answer: a rare word ("liability", one use in SemCor)
 * says the articles are about something else; a common one ("allow", 145 uses) is more likely a paraphrase.
 * A lower-case word WordNet does not know is as often an inflection it lacks ("rebuilt") as a term of art,
 * so it counts as middling: never enough alone to call a question unanswerable.
 */
export function rarity(englishCount: number | undefined): number {
  if (englishCount === undefined) return UNKNOWN_RARITY;
  return Math.min(1, Math.max(RARITY_FLOOR, 1 - Math.log10(1 + englishCount) / 3));
}
export const RARITY_FLOOR = 0.15;
export const UNKNOWN_RARITY = 0.5;

/** A phrase is as specific as its most common word: "went off" says little more than "go". */
function phraseRarity(lexicon: Lexicon, key: string): number {
  return Math.min(...key.split(' ').map((w) => rarity(ownEntry(lexicon.english, w))));
}
/** A common word the corpus does hold keeps at least this share of its corpus weight. */
export const PRESENT_FLOOR = 0.35;

/** Weight of a phrase key in the corpus: its rarest term's, a corpus stop word's cut to a tenth. */
function conceptIdf(lexicon: Lexicon, key: string, options: ReadingOptions): number {
  if (!inCorpus(lexicon, key)) return 0;
  return Math.max(
    ...key.split(' ').map((term) => {
      const share = (ownEntry(lexicon.df, term) ?? 0) / Math.max(1, lexicon.passages);
      const stop = options.corpusStopwords && share > CORPUS_STOPWORD_SHARE;
      return idf(lexicon, term) * (stop ? CORPUS_STOPWORD_FACTOR : 1);
    }),
  );
}
