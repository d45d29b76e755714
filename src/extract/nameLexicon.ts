import { fold } from '../corpus/fold.js';
import { nlp } from '../lexicon/nlp.js';

/**
 * What compromise's English lexicon knows of a single word: is it a given name, a surname, a noun for a
 * person's role ("advisor", "superintendent"), a word that names organisations ("Department", "Authority")
 * or places ("Bridge", "Province")?
 *
 * Why the lexicon and not compromise's tagger: on the 17 development articles `nlp(sentence).people()` costs
 * 23–30 ms an article (the index build budget is a few ms), finds 32 of the 41 people named, and 7 of the 45
 * names it gives are not people or carry role words; the rules of `people.ts` find 40 with none wrong in
 * ~2 ms, and these constant-time lookups are what lets a bare "Ana Sofia Ruiz Tagle" count as a name
 * while "Grace Harbor" does not (the measurement is `test/dev/people.test.ts` › "compromise vs the rules").
 */

/** The part of compromise's model this module reads (the library types `model()` as a bare object). */
interface CompromiseModel {
  one: { lexicon: Record<string, string | string[] | undefined> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}

const model = nlp.model() as CompromiseModel;
const LEXICON = model.one.lexicon;

/** Tags by word as written: an article repeats its words, and folding is the costly part of a lookup. */
const TAGS = new Map<string, string[]>();

function tagsOf(word: string): string[] {
  let tags = TAGS.get(word);
  if (!tags) {
    const found = LEXICON[fold(word).replace(/['’]s$/, '')] ?? '';
    tags = Array.isArray(found) ? found : found.split(',');
    TAGS.set(word, tags);
  }
  return tags;
}

/** A given name ("Maria", "José"): compromise lists about 3,200. */
export function isGivenName(word: string): boolean {
  return tagsOf(word).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
}

/**
 * A common noun that is not also a name ("Harbor", "Board"): not a word of a name found without a title.
 * Adjectives and words compromise tags only as `Noun` are left out: they are surnames too often (White, King).
 */
export function isCommonNoun(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.some((t) => /Name$/.test(t) || t === 'Person')) return false;
  return tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Uncountable');
}

/** A noun for what a person is or does ("advisor", "commander", "spokesperson", "worker"). */
export function isPersonNoun(word: string): boolean {
  return tagsOf(word).includes('Actor');
}

/** Words of public bodies compromise's `orgWords` lacks: armed forces and branches of government. */
const MORE_ORGANISATION_WORDS = new Set([
  'command',
  'forces',
  'force',
  'guard',
  'navy',
  'marines',
  'embassy',
  'parliament',
  'senate',
  'congress',
  'cabinet',
  'treasury',
  'court',
  'agreement',
  'framework',
  'operation',
  'operations',
  'mission',
  'task',
]);

/** A word that makes a capitalised run an organisation ("Ministry", "Board", "Command", "Limited"). */
export function isOrganisationWord(word: string): boolean {
  const w = fold(word);
  return w in model.two.orgWords || MORE_ORGANISATION_WORDS.has(w);
}

/** A word that makes a capitalised run a place ("Bridge", "River", "Province", "Airport"). */
export function isPlaceWord(word: string): boolean {
  return fold(word) in model.two.placeWords;
}

const FUNCTION_TAGS = new Set([
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Modal',
  'QuestionWord',
  'Adverb',
  'Copula',
]);

/** A pronoun, determiner, preposition or other function word ("She", "Meanwhile"): never a name. */
export function isFunctionWord(word: string): boolean {
  return tagsOf(word).some((t) => FUNCTION_TAGS.has(t));
}

/** A people's adjective ("Malian", "British"): it says whose, not where. */
export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym');
}

const PROPER_TAGS =
  /Name$|^(?:ProperNoun|Person|Place|Country|City|Region|Demonym|Organization|Month|WeekDay)$/;

/** A word capitalised anywhere in a sentence (a name, a place, a people, a month), not just at its start. */
export function isProperWord(word: string): boolean {
  return tagsOf(word).some((t) => PROPER_TAGS.test(t));
}

/** A country or city compromise knows ("Estonia", "Nairobi"), for telling places from people. */
export function isKnownPlace(word: string): boolean {
  return tagsOf(word).some((t) => t === 'Country' || t === 'City' || t === 'Place' || t === 'Region');
}
