import { fold } from '../corpus/fold.js';
import { expandAbbreviation } from '../extract/roleAbbreviations.js';
import { isRoleNoun, roleClass, roleHead } from '../extract/roleWords.js';
import { normaliseWord, terms } from '../lexicon/terms.js';

/**
 * A role asked about ("Treasury spokesperson", "who heads the FAA", "head of the Highway Patrol"), and
 * whether a role printed in an article is that role. The role's head noun must be of the kind asked for
 * (a chair or a superintendent "heads"; an advisor does not), and every other word asked must be in the
 * role, an abbreviation counting as its full name ("AFRICOM" as "Africa Command").
 */
export interface RoleQuery {
  /** Role classes or head nouns the role must be headed by; empty when the question names none. */
  heads: string[];
  /** The role nouns as asked, stemmed: a role headed by the very word asked ("governor") beats its class ("superintendent"). */
  headWords: string[];
  /** Everything else the role must say. */
  specifiers: Specifier[];
}

interface Specifier {
  /** The word as asked, folded: an abbreviation matches itself. */
  word: string;
  /** Stems any of which may stand for it: the word's own, or its full name's. */
  stems: string[];
  /** How many of `stems` the role must hold: all of a word, three in four of a full name (the "Safety" a writer drops). */
  need: number;
}

/** Words of the question itself, not of the role ("who is the …", "tell me about …"). */
const QUESTION_WORDS = new Set([
  'who',
  'whom',
  'whose',
  'is',
  'are',
  'was',
  'were',
  'the',
  'tell',
  'me',
  'about',
  'name',
  'named',
  'current',
  'currently',
  'now',
]);

/** Share of a full name's words a role must hold for its abbreviation to count as said. */
const FULL_NAME_SHARE = 0.75;

/** Words after which a role word names the body served, not the role: "adviser to the prime minister". */
const PREPOSITIONS = new Set(['of', 'to', 'for', 'at', 'with', 'in', 'on', 'from']);

/**
 * Reads a role question; null when nothing in it names a role or a body. As in a printed role, the head is
 * the last role word before the first preposition ("prime minister's adviser" asks for an adviser); role
 * words elsewhere only have to be in the role ("adviser to the prime minister").
 */
export function readRoleQuery(query: string): RoleQuery | null {
  const heads = new Set<string>();
  const headWords = new Set<string>();
  const specifiers: Specifier[] = [];
  let head: string | null = null;
  let afterPreposition = false;
  for (const raw of query.match(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu) ?? []) {
    const word = raw.replace(/['’]s$/, '').replace(/\.$/, '');
    const folded = fold(word);
    const full = expandAbbreviation(word);
    if (full) {
      const stems = terms(full);
      specifiers.push({
        word: folded.replace(/\./g, ''),
        stems,
        need: Math.ceil(stems.length * FULL_NAME_SHARE),
      });
      continue;
    }
    if (PREPOSITIONS.has(folded)) afterPreposition = true;
    if (QUESTION_WORDS.has(folded) || normaliseWord(folded) === null) continue;
    const isRole = !afterPreposition && (roleClass(folded) !== null || isRoleNoun(folded));
    if (isRole) {
      if (head) specifiers.push({ word: fold(head), stems: terms(head), need: 1 });
      head = folded;
    } else specifiers.push({ word: folded, stems: terms(folded), need: 1 });
  }
  if (head) {
    heads.add(roleClass(head) ?? terms(head)[0] ?? head);
    headWords.add(terms(head)[0] ?? head);
  }
  return heads.size || specifiers.length
    ? { heads: [...heads], headWords: [...headWords], specifiers }
    : null;
}

/** A printed role as `matchRole` reads it; reading is the costly part, so /who reads each role once. */
export interface PrintedRole {
  /** The head's role class, else the head's stem. */
  kind: string;
  headStem: string;
  /** The role's words, folded. */
  words: Set<string>;
  /** Its stems, abbreviations read with their full names. */
  stems: Set<string>;
}

export function readPrintedRole(role: string): PrintedRole {
  const head = roleHead(role);
  const headStem = terms(head)[0] ?? head;
  const words = new Set(
    fold(role)
      .split(/[^\p{L}\p{M}]+/u)
      .filter(Boolean),
  );
  const expanded = role.replace(/\b[A-Z][A-Za-z]*[A-Z]\b/g, (w) => `${w} ${expandAbbreviation(w) ?? ''}`);
  return { kind: roleClass(head) ?? headStem, headStem, words, stems: new Set(terms(expanded)) };
}

/**
 * How well a printed role answers the question: 0 when it does not, else 1 plus the number of words it
 * matched, plus 1 when its head is the very noun asked: "Chief Treasury spokesperson" beats a bare
 * "spokesperson" for "Treasury spokesperson", and a governor beats a superintendent for "governor of X".
 */
export function matchRole(query: RoleQuery, role: string | PrintedRole): number {
  const printed = typeof role === 'string' ? readPrintedRole(role) : role;
  if (query.heads.length && !query.heads.includes(printed.kind)) return 0;
  for (const s of query.specifiers) {
    if (!printed.words.has(s.word) && s.stems.filter((t) => printed.stems.has(t)).length < s.need) return 0;
  }
  return 1 + query.specifiers.length + (query.headWords.includes(printed.headStem) ? 1 : 0);
}
