import type { Article } from '../corpus/article.js';
import { fold } from '../corpus/fold.js';
import { normaliseWord } from '../lexicon/terms.js';
import {
  isCommonNoun,
  isFunctionWord,
  isGivenName,
  isKnownPlace,
  isOrganisationWord,
  isPlaceWord,
} from './nameLexicon.js';
import { isRoleNoun, isWeakTitle, ROLE_MODIFIERS, roleHead, TITLES } from './roleWords.js';

/**
 * People named in a sentence, with the roles the sentence gives them. Recognisers, most specific first
 * (later ones skip words an earlier one took):
 * 1. a title before the name, with the role words before it: "Navy Rear Admiral Ann Cole",
 *    "Chief Treasury spokesperson Tom Reyes", "Principal Deputy Assistant Secretary Lee C. Park";
 * 2. a role before the name, set off by commas: "The ministry's spokesman, Ali Hassan, said";
 * 3. a name without a title, when something tells it is a person's: it opens with a given name compromise
 *    knows, an age or a role follows it ("Karim Nouri, Adviser to …", "Jane Roe, 42,"), or it stands in
 *    a list beside such a name;
 * 4. a lone surname that speaks ("Nouri stressed", "said al-Hakim", "Hakim's government"), kept as
 *    `partial`: it only counts when a full name elsewhere says whose it is (`personNames.ts`).
 * Any name may then take an appositive role: "Ann Cole, the new Commander of U.S. Africa Command, …".
 */

export type RoleForm = 'title' | 'preceding' | 'apposition';

export interface RoleMention {
  /** The role as printed: `sentence.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Where it stood: a title joined to the name, a role before it set off by a comma, or an appositive after it. */
  form: RoleForm;
}

export interface PersonMention {
  /** The name as printed, without title and without a possessive "'s": `sentence.slice(start, end)`. */
  name: string;
  start: number;
  end: number;
  roles: RoleMention[];
  /** A lone surname without a role: it only names someone a full mention elsewhere names. */
  partial: boolean;
}

/** One person mention of an article, as the index keeps it: the sentence's index in `article.sentences`. */
export interface PersonRecord {
  sentence: number;
  mention: PersonMention;
}

interface Word {
  text: string;
  start: number;
  end: number;
  folded: string;
}

interface NameRun {
  /** Word indexes [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
}

interface Found extends NameRun {
  roles: RoleMention[];
  partial: boolean;
}

/** Dotted acronyms, then words with inner apostrophes and hyphens, keeping a final dot for the check below. */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\d][\p{L}\p{M}\d'’\-‐–]*\.?/gu;

/** Abbreviations whose dot is part of the word ("Gen.", "Jr."); any other final dot ends the sentence. */
const ABBREVIATED = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'rev',
  'gen',
  'maj',
  'col',
  'capt',
  'lt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'brig',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'supt',
  'det',
  'jr',
  'sr',
  'st',
  'hon',
  'ft',
  'mt',
]);

/** Lowercase particles inside a name ("Osama bin Laden", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin',
  'ibn',
  'bint',
  'abu',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'ter',
]);

/** Hyphenated Arabic articles written in a name ("al-Hakim", "El-Sisi"). */
const ARTICLE_PREFIX = /^(?:al|el|Al|El|ad|Ad|as|As|ash|Ash|ar|Ar)[-‐–]\p{Lu}/u;

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

const CALENDAR =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/;

/** Verbs of reporting and meeting that make a lone capitalised word a person's surname ("Nouri stressed"). */
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'stressed',
  'emphasized',
  'emphasised',
  'noted',
  'added',
  'confirmed',
  'explained',
  'underlined',
  'listed',
  'compared',
  'described',
  'reiterated',
  'announced',
  'met',
  'warned',
  'urged',
  'insisted',
  'argued',
  'wrote',
  'asked',
  'answered',
  'replied',
  'acknowledged',
  'declined',
  'denied',
  'praised',
  'pledged',
  'called',
  'visited',
  'welcomed',
  'thanked',
  'testified',
]);

/** Words that cannot open an appositive role: the comma after the name begins a clause or an age instead. */
const NOT_A_ROLE_START =
  /^(?:(?:who|whom|which|that|where|when|while|and|but|or|said|says|told|was|is|were|are|has|had|have|he|she|they|it|his|her|according|as|in|on|at|by|with|from|after|before)\b|\d)/i;

/** Where an appositive role ends. The sentence is one sentence, so a dot inside it ("U.S. Central") ends nothing. */
const APPOSITION_END =
  /[,;]|\s(?:said|says|told|added|explained|noted|stressed|warned|wrote)\b|\s\(|[.!?]?["”’]?\s*$|["”]/;

/** How many words a role may run to; longer stretches after a comma are clauses, not roles. */
const MAX_ROLE_WORDS = 14;

/** People named in one sentence, in order, each with the roles the sentence gives them. Offsets index `sentence`. */
export function readPeople(sentence: string): PersonMention[] {
  const words = wordsOf(sentence);
  const taken = new Array<boolean>(words.length).fill(false);
  const found: Found[] = [];
  const take = (f: Found) => {
    for (let k = f.first; k < f.last; k++) taken[k] = true;
    found.push(f);
  };

  found.push(...titledNames(sentence, words, taken));
  const pending: NameRun[] = [];
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const run = nameRun(sentence, words, i);
    if (!run || run.last - run.first < 2) continue;
    i = run.last - 1;
    // Without a title, a run holding a common noun is a thing's name ("Joint Logistics Command", "Grace Harbor").
    if (
      words
        .slice(run.first, run.last)
        .some((w, k) => isCommonNoun(w.text.replace(/['’]s$/, '')) && !(k === 0 && isGivenName(w.text)))
    )
      continue;
    const preceding = precedingRole(sentence, run);
    if (
      preceding ||
      isGivenName(wordAt(words, run.first).text) ||
      hasAge(sentence, run) ||
      appositiveRole(sentence, run)
    ) {
      take({ ...run, roles: preceding ? [preceding] : [], partial: false });
    } else pending.push(run);
  }
  // A name in a list beside a name ("A, B and C") is a name too; two passes reach two steps along a list.
  for (let pass = 0; pass < 2; pass++) {
    for (const run of [...pending]) {
      if (found.some((f) => listNeighbours(sentence, f, run))) {
        take({ ...run, roles: [], partial: false });
        pending.splice(pending.indexOf(run), 1);
      }
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (!taken[i]) {
      const lone = loneSurname(sentence, words, i);
      if (lone) take(lone);
    }
  }
  for (const f of found) {
    const role = appositiveRole(sentence, f);
    if (role) f.roles.push(role);
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      name: sentence.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      roles: f.roles,
      partial: f.partial && f.roles.length === 0,
    }));
}

/** Every person mention of an article, for the index. Pure, and fast enough to run at every index build. */
export function extractPeople(article: Article): PersonRecord[] {
  return article.sentences.flatMap((s, sentence) =>
    readPeople(article.text.slice(s.start, s.end)).map((mention) => ({ sentence, mention })),
  );
}

function wordsOf(sentence: string): Word[] {
  const words: Word[] = [];
  for (const m of sentence.matchAll(WORD)) {
    let text = m[0];
    const start = m.index ?? 0;
    const bare = text.replace(/\.$/, '');
    if (
      text.endsWith('.') &&
      !/^(?:\p{L}\.)+$/u.test(text) &&
      !/^\p{Lu}$/u.test(bare) &&
      !ABBREVIATED.has(fold(bare))
    )
      text = bare;
    words.push({ text, start, end: start + text.length, folded: fold(text) });
  }
  return words;
}

function wordAt(words: readonly Word[], i: number): Word {
  return words[i] as Word;
}

/** Two words with only spaces between them: a name or a title never spans a comma or a line. */
function adjacent(sentence: string, a: Word | undefined, b: Word | undefined): boolean {
  return !!a && !!b && /^[ \u00a0]+$/.test(sentence.slice(a.end, b.start));
}

/**
 * Two words with a body's acronym in brackets between or as one of them: "Environmental Protection Agency
 * (EPA) Administrator" is one role.
 */
function besideAcronym(sentence: string, a: Word, b: Word | undefined): boolean {
  if (!b) return false;
  const acronym = (w: Word) => w.text.length > 1 && w.text === w.text.toUpperCase() && /\p{Lu}/u.test(w.text);
  const gap = sentence.slice(a.end, b.start);
  return (
    (/^[ \u00a0]*\($/.test(gap) && acronym(b) && sentence[b.end] === ')') ||
    (/^\)[ \u00a0]+$/.test(gap) && acronym(a) && sentence[a.start - 1] === '(')
  );
}

function possessive(w: Word): boolean {
  return /['’]s$/.test(w.text);
}

function isInitial(w: Word): boolean {
  return /^\p{Lu}\.$/u.test(w.text);
}

/** A word that can be part of a name: capitalised, not a function word, a month, an organisation or a place word. */
function isNameWord(w: Word): boolean {
  if (isInitial(w) || ARTICLE_PREFIX.test(w.text)) return true;
  const bare = w.text.replace(/['’]s$/, '');
  if (!/^\p{Lu}/u.test(bare) || !/\p{Ll}/u.test(bare) || SUFFIX.test(bare)) return false;
  // "Ruiz-Tagle" is a name; "Iran-backed", "Chile-bound" are not.
  if (bare.split(/[-‐–]/).some((part) => !/^\p{Lu}/u.test(part))) return false;
  const f = fold(bare);
  if (normaliseWord(f) === null || isFunctionWord(bare) || CALENDAR.test(f)) return false;
  return !isOrganisationWord(bare) && !isPlaceWord(bare);
}

/** The longest title that starts at word `i` ("Rear Admiral", "Maj. Gen.", "spokesperson"), as a word count. */
function titleAt(sentence: string, words: readonly Word[], i: number): number {
  for (const title of TITLES.get(words[i]?.folded ?? '') ?? []) {
    if (
      title.every(
        (t, k) =>
          words[i + k]?.folded === t && (k === 0 || adjacent(sentence, words[i + k - 1], words[i + k])),
      )
    ) {
      return title.length;
    }
  }
  return 0;
}

/** Capitalised name words from word `i`, with particles inside and a "Jr." after; a possessive ends the run. */
function nameRun(sentence: string, words: readonly Word[], i: number): NameRun | null {
  const first = words[i];
  if (!first || !isNameWord(first) || isInitial(first) || titleAt(sentence, words, i)) return null;
  let last = i + 1;
  while (last - i < 6 && !possessive(wordAt(words, last - 1))) {
    const w = words[last];
    if (!adjacent(sentence, words[last - 1], w) || !w) break;
    if (isNameWord(w) && !titleAt(sentence, words, last)) last++;
    else if (
      NAME_PARTICLES.has(w.text) &&
      words[last + 1] &&
      isNameWord(wordAt(words, last + 1)) &&
      adjacent(sentence, w, words[last + 1])
    ) {
      last += 2;
    } else break;
  }
  while (last > i + 1 && isInitial(wordAt(words, last - 1))) last--;
  const lastWord = wordAt(words, last - 1);
  let end = lastWord.end - (possessive(lastWord) ? 2 : 0);
  const suffix = /^,? (?:Jr\.|Sr\.|II|III|IV)(?=[\s,.;]|$)/.exec(sentence.slice(end));
  if (suffix && !possessive(lastWord)) {
    end += suffix[0].length;
    while ((words[last]?.start ?? end) < end) last++;
  }
  // "Carl Jung Institute", "Grace Harbor Ltd": a run that goes on into an organisation or place word is its name.
  const next = words[last];
  if (
    next &&
    adjacent(sentence, lastWord, next) &&
    /^\p{Lu}/u.test(next.text) &&
    (isOrganisationWord(next.text) || isPlaceWord(next.text))
  ) {
    return null;
  }
  return { first: i, last, start: first.start, end };
}

/**
 * Names after a title (recogniser 1), each with the role words before the title. The role's words are
 * marked taken with the name's, so no later recogniser reads "Border Patrol" as a name.
 */
function titledNames(sentence: string, words: readonly Word[], taken: boolean[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    const length = titleAt(sentence, words, i);
    if (!length || taken[i]) continue;
    const named = nameAfterTitle(sentence, words, i, length);
    if (!named) continue;
    const roleFirst = roleStart(sentence, words, i, taken);
    const roleEnd = wordAt(words, named.titleEnd - 1).end;
    const roleFrom = wordAt(words, roleFirst).start;
    const role: RoleMention = {
      text: sentence.slice(roleFrom, roleEnd),
      start: roleFrom,
      end: roleEnd,
      form: 'title',
    };
    out.push({ ...named.run, roles: [role], partial: false });
    for (let k = roleFirst; k < named.run.last; k++) taken[k] = true;
    i = named.run.last - 1;
  }
  return out;
}

/**
 * The name after the title at word `i`, and where the title ends. A capitalised run followed by another
 * title is part of the role ("Chief Treasury spokesperson Tom Reyes"), and an office after "of" too
 * ("Secretary of State Ann Lee": the name starts at its given name).
 */
function nameAfterTitle(
  sentence: string,
  words: readonly Word[],
  i: number,
  length: number,
): { titleEnd: number; run: NameRun } | null {
  let end = i + length;
  let chained = false;
  for (let hops = 0; hops < 4; hops++) {
    const next = words[end];
    if (!adjacent(sentence, words[end - 1], next) || !next) return null;
    if (next.folded === 'of') {
      let k = end + 1;
      while (
        words[k] &&
        adjacent(sentence, words[k - 1], words[k]) &&
        /^\p{Lu}/u.test(wordAt(words, k).text) &&
        !isGivenName(wordAt(words, k).text)
      )
        k++;
      if (
        k === end + 1 ||
        !words[k] ||
        !isGivenName(wordAt(words, k).text) ||
        !adjacent(sentence, words[k - 1], words[k])
      )
        return null;
      end = k;
      chained = true;
      continue;
    }
    const run = nameRun(sentence, words, end);
    if (!run) return null;
    const more = possessive(wordAt(words, run.last - 1)) ? 0 : titleAt(sentence, words, run.last);
    if (more && adjacent(sentence, words[run.last - 1], words[run.last])) {
      end = run.last + more;
      chained = true;
      continue;
    }
    const title = words.slice(i, end).map((w) => w.folded);
    if (!chained && isWeakTitle(title) && !isGivenName(wordAt(words, run.first).text)) return null;
    return { titleEnd: end, run };
  }
  return null;
}

/**
 * Where the role before a title starts: capitalised words ("Border Patrol", "FAA", "Department of Energy"),
 * role modifiers ("chief", "deputy") and "of"/"and" between capitalised words. Stops at a function word,
 * a punctuation mark, a month, or a word an earlier name took.
 */
function roleStart(sentence: string, words: readonly Word[], i: number, taken: readonly boolean[]): number {
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
    const w = wordAt(words, k);
    if (taken[k] || !(adjacent(sentence, w, words[k + 1]) || besideAcronym(sentence, w, words[k + 1]))) break;
    const capital = /^\p{Lu}/u.test(w.text);
    const joiner =
      (w.folded === 'of' || w.folded === 'and' || w.folded === '&') &&
      /^\p{Lu}/u.test(words[k - 1]?.text ?? '');
    if (
      capital &&
      (CALENDAR.test(w.folded) || normaliseWord(w.folded, w.text === w.text.toUpperCase()) === null)
    )
      break;
    if (!capital && !joiner && !ROLE_MODIFIERS.has(w.folded) && !isRoleNoun(w.text)) break;
    if (!joiner) first = k;
  }
  return first;
}

/** "The ministry's spokesman, Ali Hassan, said": a role before the name, set off by commas (recogniser 2). */
function precedingRole(sentence: string, run: NameRun): RoleMention | null {
  if (!/^(?:,|\s+(?:said|says|told)\b)/.test(sentence.slice(run.end))) return null;
  const m =
    /(?:^|[,;:(—–]\s*|\b(?:said|says|told)\s+)((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[^,;.]{2,80}),\s+$/.exec(
      sentence.slice(0, run.start),
    );
  const text = m?.[1];
  if (!text || text.split(/\s+/).length > 10 || !isRoleNoun(roleHead(text))) return null;
  const start = (m.index ?? 0) + m[0].indexOf(text);
  return { text, start, end: start + text.length, form: 'preceding' };
}

/** "Jane Roe, 42," or "Jane Roe, 42;": news gives ages of people only. */
function hasAge(sentence: string, run: NameRun): boolean {
  return /^,\s*\d{1,3}\s*(?:[,;)]|$|\.)/.test(sentence.slice(run.end));
}

/** A role set off by a comma after the name: "Mark Lee, the agency's chief engineer, said". */
function appositiveRole(sentence: string, run: { end: number }): RoleMention | null {
  const lead = /^,\s+/.exec(sentence.slice(run.end));
  if (!lead) return null;
  const start = run.end + lead[0].length;
  const rest = sentence.slice(start);
  const stop = APPOSITION_END.exec(rest);
  // A parenthesis after the role ("… Command (AFRICOM)") belongs to it; the sentence's end does not.
  let text = (stop ? rest.slice(0, stop.index) : rest).trimEnd();
  if (stop?.[0] === ' (') {
    const close = rest.indexOf(')', stop.index);
    if (close > 0) text = rest.slice(0, close + 1);
  }
  text = text.replace(/[.\s]+$/, '');
  if (!text || NOT_A_ROLE_START.test(text) || text.split(/\s+/).length > MAX_ROLE_WORDS) return null;
  if (!isRoleNoun(roleHead(text))) return null;
  return { text, start, end: start + text.length, form: 'apposition' };
}

/** Two names in one list: only a comma, "and", or an age between them. */
function listNeighbours(sentence: string, a: NameRun, b: NameRun): boolean {
  const between = a.end <= b.start ? sentence.slice(a.end, b.start) : sentence.slice(b.end, a.start);
  return /^(?:,\s*\d{1,3})?\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)$/.test(between);
}

/** A lone capitalised word that speaks, is spoken of, or owns something: a surname (recogniser 4). */
function loneSurname(sentence: string, words: readonly Word[], i: number): Found | null {
  const w = wordAt(words, i);
  if (
    !isNameWord(w) ||
    isInitial(w) ||
    isGivenName(w.text) ||
    isCommonNoun(w.text.replace(/['’]s$/, '')) ||
    isKnownPlace(w.text)
  ) {
    return null;
  }
  const before = words[i - 1];
  const after = words[i + 1];
  // "the Treasury said", "Department of Energy announced", "Border Patrol announced": part of another name.
  if (
    before &&
    adjacent(sentence, before, w) &&
    (/^\p{Lu}/u.test(before.text) || before.folded === 'of' || before.folded === 'the')
  )
    return null;
  const speaks = !possessive(w) && adjacent(sentence, w, after) && SPEECH_VERBS.has(after?.folded ?? '');
  const spokenOf =
    before &&
    SPEECH_VERBS.has(before.folded) &&
    adjacent(sentence, before, w) &&
    /^(?:[.,;]|$)/.test(sentence.slice(w.end).trim());
  if (!speaks && !spokenOf && !possessive(w)) return null;
  return {
    first: i,
    last: i + 1,
    start: w.start,
    end: w.end - (possessive(w) ? 2 : 0),
    roles: [],
    partial: true,
  };
}
