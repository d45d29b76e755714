import type { Article } from '../corpus/article.js';
import { fold } from '../corpus/fold.js';
import type { PersonMention, PersonRecord } from '../extract/people.js';
import {
  mergePeople,
  type NameClash,
  nameKey,
  type People,
  type Person,
  type Sighting,
} from '../extract/personNames.js';
import { classWords, isRoleNoun, roleClass } from '../extract/roleWords.js';
import type { SentenceSearch } from '../retrieve/hits.js';
import { cite } from './cite.js';
import { type Claim, conflictsAmong } from './claims.js';
import { matchRole, type PrintedRole, readPrintedRole, readRoleQuery } from './roleQuery.js';
import type { Answer, Citation, Conflict, Item } from './schema.js';

/**
 * /who: people and their roles. `who NAME` gives that person's roles with the sentences that state them;
 * `who ROLE` gives whoever holds the role; bare `who` lists everyone named, with a one-line role. Two
 * people with one surname and one role (one article's "Farid Nouri", another's "Karim Nouri") are
 * both shown, with a conflict, whenever either is.
 */

export interface WhoInput {
  articles: readonly Article[];
  /** Person mentions per article file, from `extractPeople` at index build. */
  people: ReadonlyMap<string, readonly PersonRecord[]>;
  search: SentenceSearch;
}

export interface WhoOptions {
  /** Quotes per person for `who NAME` and `who ROLE`. Default 4: every role of a person in a 5-article corpus. */
  maxCitations: number;
  /** Quotes per person in the bare list. Default 1: the list is for scanning. */
  listCitations: number;
  /** Sentences searched for a name no extracted person has, or for a question. Default 20. */
  searchLimit: number;
  /** People answering a question at most ("Who chairs the committee?"), best first. Default 3. */
  maxPeople: number;
}

const DEFAULT_OPTIONS: WhoOptions = { maxCitations: 4, listCitations: 1, searchLimit: 20, maxPeople: 3 };

/** Question words around a name: "who is Ann Cole?", "tell me about Cole". */
const QUESTION =
  /^\s*(?:who(?:'s|’s|\s+is|\s+was|\s+are)?|tell\s+me\s+about|what\s+(?:is|was)\s+the\s+role\s+of)\s+|\?\s*$/gi;

/** A question word opening the query: it asks something, rather than naming a person or a role. */
const ASKS = /^\s*(?:who|whom|whose|which|what)\b/i;
/** What "who is NAME?" leaves besides the name: no question about anyone else. */
const ROLE_OF_NAME = /\b(?:is|was|are|the|role|of)\b/g;

export function who(input: WhoInput, query: string, options: Partial<WhoOptions> = {}): Answer {
  const o = { ...DEFAULT_OPTIONS, ...options };
  const known = knownPeople(input);
  const asked = query.replace(QUESTION, '').trim();
  const answer = (items: Item[], conflicts: Conflict[] = []): Answer => ({
    command: 'who',
    query,
    status: items.length ? 'answered' : 'not_found',
    items,
    conflicts,
  });
  if (!asked)
    return listed(
      known,
      known.people.map((_, i) => i),
      o.listCitations,
      answer,
    );

  // "Who chairs the committee?", "Which official announced the cut?": a question, answered by the people
  // named in the sentences that answer it, as /ask finds them.
  if (ASKS.test(query) && ROLE_WORD.test(asked.replace(ROLE_OF_NAME, '')))
    return answer(peopleAnswering(input, known, query, o));

  const byName = peopleNamed(known, asked);
  if (byName.length) return listed(known, byName, o.maxCitations, answer);

  const roleQuery = readRoleQuery(asked);
  if (roleQuery) {
    const scored = known.people
      .map((_, i) => ({ i, score: Math.max(0, ...rolesRead(known, i).map((r) => matchRole(roleQuery, r))) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score);
    if (scored.length) {
      const best = (scored[0] as { score: number }).score;
      const holders = scored.filter((s) => s.score === best).map((s) => s.i);
      const relevant = new Map<string, boolean>();
      return listed(known, holders, o.maxCitations, answer, (role) => {
        const is = relevant.get(role) ?? matchRole(roleQuery, role) > 0;
        relevant.set(role, is);
        return is;
      });
    }
  }
  // A role no extracted role matches may still be stated ("a lawyer representing the port, Jo Kemp"): the
  // query is read as the question it stands for. A name is written capitalised.
  if (ROLE_WORD.test(asked)) return answer(peopleAnswering(input, known, `Who is ${asked}?`, o));
  return answer(namedInText(input, known, asked, o));
}

/** A word in lower case: a role ("the port's lawyer"), where a name is all capitalised. */
const ROLE_WORD = /(?:^|[\s'’-])\p{Ll}{2,}/u;

/** Everyone named in the articles, most often named first: the choices for `/who` autocomplete. */
export function listNames(input: Pick<WhoInput, 'articles' | 'people'>): string[] {
  return knownPeople(input).people.map((p) => p.name);
}

/**
 * What /who reads of one state of the articles, made once and kept while it lasts: merging the people anew
 * for every question was most of a /who (28 s at 10,000 articles; bench, issue 6).
 */
interface Known extends People {
  /** The articles by file. */
  files: ReadonlyMap<string, Article>;
  /** Each person's name words, of every printed form: what `who NAME` matches. */
  nameWords: ReadonlySet<string>[];
  /** Each person's distinct roles, read for `who ROLE` when first asked. */
  roles: PrintedRole[][];
  /** Each person's roles as shown, when first listed. */
  shownRoles: string[][];
  /** Each person's sightings in the order they are quoted when no role was asked for, when first listed. */
  quoting: Sighting[][];
  /** The people each sentence names, when a question is first asked. */
  bySentence?: Map<string, number[]>;
}

/** The state `known` was made from: the articles, and each one's person records, as objects. */
interface Made {
  articles: readonly Article[];
  records: (readonly PersonRecord[] | undefined)[];
  known: Known;
}

const made = new WeakMap<WhoInput['people'], Made>();

/**
 * The people of the input, merged once for a state of the articles. A state is the very article objects and
 * record arrays it was made from: a live update (`updateIndex`) replaces an article's records, never edits
 * them, so any change makes a new state; checking costs one map lookup an article (under 1 ms at 10,000).
 */
function knownPeople(input: Pick<WhoInput, 'articles' | 'people'>): Known {
  const { articles, people } = input;
  const last = made.get(people);
  if (
    last &&
    last.articles.length === articles.length &&
    articles.every((a, i) => a === last.articles[i] && people.get(a.file) === last.records[i])
  )
    return last.known;
  const records = articles.map((a) => people.get(a.file));
  const sightings: Sighting[] = articles.flatMap((a, i) =>
    (records[i] ?? []).map((r) => ({ file: a.file, sentence: r.sentence, mention: r.mention })),
  );
  const merged = mergePeople(sightings);
  const known: Known = {
    ...merged,
    files: new Map(articles.map((a) => [a.file, a])),
    nameWords: merged.people.map((p) => new Set(p.variants.flatMap(nameKey))),
    roles: [],
    shownRoles: [],
    quoting: [],
  };
  made.set(people, { articles: [...articles], records, known });
  return known;
}

function rolesRead(known: Known, i: number): PrintedRole[] {
  known.roles[i] ??= [...new Set(rolesOf(known.people[i] as Person))].map(readPrintedRole);
  return known.roles[i];
}

/** People every word of whose asked name is a word of one of their printed names ("Nouri", "al-Hakim"). */
function peopleNamed(known: Known, asked: string): number[] {
  const words = nameKey(asked);
  if (!words.length) return [];
  return known.nameWords.flatMap((own, i) => (words.every((w) => own.has(w)) ? [i] : []));
}

function rolesOf(p: Person): string[] {
  return p.sightings.flatMap((s) => s.mention.roles.map((r) => r.text));
}

/**
 * Items for the chosen people, and for anyone they clash with (never one name silently). `relevant` picks
 * the roles the question asked for, whose sentences are quoted first.
 */
function listed(
  known: Known,
  chosen: number[],
  maxCitations: number,
  answer: (items: Item[], conflicts?: Conflict[]) => Answer,
  relevant?: (role: string) => boolean,
): Answer {
  const order = clashOrder(chosen, known.clashes);
  const position = new Map(order.map((person, i) => [person, i]));
  const items = order.map((i) => personItem(known, i, maxCitations, relevant));
  // One role held by two names at one time: each clash's two people, as claims of who holds the role.
  const conflicts = known.clashes.flatMap((c): Conflict[] => {
    const at = c.people.map((i) => position.get(i) ?? -1);
    if (at.some((i) => i < 0)) return [];
    const claims = items.map((item, i) => (at.includes(i) ? holderClaim(item, c.role) : null));
    return conflictsAmong(claims, `the name of the ${displayRole(c.role)}`, {}, [at as [number, number]]);
  });
  return answer(items, conflicts);
}

/**
 * The chosen people in order, the two sides of each clash side by side: the second brought in (or moved)
 * right after the first, when only one was asked for too. The moves are made clash by clash on a linked list,
 * as they would be on an array, without an array's search for each side (a bare /who lists everyone).
 */
function clashOrder(chosen: readonly number[], clashes: readonly NameClash[]): number[] {
  const HEAD = -1;
  const next = new Map<number, number | undefined>([[HEAD, undefined]]);
  const prev = new Map<number, number>();
  const insertAfter = (at: number, person: number) => {
    const after = next.get(at);
    next.set(at, person);
    prev.set(person, at);
    next.set(person, after);
    if (after !== undefined) prev.set(after, person);
  };
  const remove = (person: number) => {
    const before = prev.get(person) as number;
    const after = next.get(person);
    next.set(before, after);
    if (after !== undefined) prev.set(after, before);
    prev.delete(person);
    next.delete(person);
  };
  const listed = (person: number) => prev.has(person);
  let last = HEAD;
  for (const person of chosen) {
    insertAfter(last, person);
    last = person;
  }
  for (const [a, b] of clashes.map((c) => c.people)) {
    const [first, second] = listed(a) || !listed(b) ? [a, b] : [b, a];
    if (!listed(first)) continue;
    if (listed(second)) remove(second);
    insertAfter(first, second);
  }
  const order: number[] = [];
  for (let person = next.get(HEAD); person !== undefined; person = next.get(person)) order.push(person);
  return order;
}

function personItem(
  known: Known,
  i: number,
  maxCitations: number,
  relevant?: (role: string) => boolean,
): Item {
  const p = known.people[i] as Person;
  known.shownRoles[i] ??= distinctRoles(rolesOf(p));
  known.quoting[i] ??= quotingOrder(p, () => true);
  const roles = known.shownRoles[i];
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const s of relevant ? quotingOrder(p, relevant) : known.quoting[i]) {
    const key = `${s.file}#${s.sentence}`;
    const article = known.files.get(s.file);
    const sentence = article?.sentences[s.sentence];
    if (seen.has(key) || !article || !sentence) continue;
    seen.add(key);
    citations.push(cite(article, sentence));
    if (citations.length >= maxCitations) break;
  }
  return {
    text: roles.length ? `${p.name} — ${roles[0]}` : `${p.name} (no role given)`,
    name: p.name,
    roles: [...roles],
    variants: [...p.variants],
    citations,
  };
}

/**
 * A person's sightings in the order they are quoted: sentences that state a role first (the asked-for role
 * first of all, the fullest role before a bare title), then the others.
 */
function quotingOrder(p: Person, relevant: (role: string) => boolean): Sighting[] {
  return p.sightings
    .map((s) => {
      const own = s.mention.roles.map((r) => r.text);
      return {
        s,
        rank: own.some(relevant) ? 0 : own.length ? 1 : 2,
        said: Math.max(0, ...own.map((r) => r.split(/\s+/).length)),
      };
    })
    .sort((a, b) => a.rank - b.rank || b.said - a.said)
    .map(({ s }) => s);
}

/** "the agency's chief engineer" is shown as "agency's chief engineer"; roles inside longer ones are dropped. */
function distinctRoles(roles: readonly string[]): string[] {
  const shown = [...new Set(roles.map(displayRole))]
    .sort((a, b) => b.length - a.length)
    .map((text) => ({ text, folded: fold(text) }));
  const kept: typeof shown = [];
  for (const r of shown) if (!kept.some((k) => k.folded.includes(r.folded))) kept.push(r);
  return kept.map((r) => r.text);
}

function displayRole(role: string): string {
  return role.replace(/^(?:the|a|an)\s+/i, '');
}

/** A person item as the claim that they hold a role, in the article of its first quote. */
function holderClaim(item: Item, role: string): Claim | null {
  const citation = item.citations[0];
  if (!citation) return null;
  const name = String(item.name);
  return {
    value: { kind: 'name', printed: name, key: fold(name) },
    what: displayRole(role),
    holder: null,
    place: null,
    period: null,
    present: true,
    source: null,
    article: citation.file,
    published: citation.published,
  };
}

/**
 * The people named in the sentences that answer a question, in the order of those sentences (the best
 * first), each quoted by the sentence that names them there.
 */
function peopleAnswering(input: WhoInput, known: Known, query: string, o: WhoOptions): Item[] {
  known.bySentence ??= sightingsBySentence(known);
  const items: Item[] = [];
  const chosen = new Set<number>();
  const post = askedPost(query);
  const wanted = post?.roleClass ?? null;
  // "Who commands the garrison?" is not answered by its spokesman or an adviser: news quotes them most, and
  // they speak for the post's holder. Any other role may go unprinted beside a post ("Representative X"
  // chairs a committee).
  const speaksFor = (i: number) => {
    const roles = rolesRead(known, i);
    return (
      wanted !== null &&
      !SPEAKS_FOR.has(wanted) &&
      roles.length > 0 &&
      roles.every((r) => SPEAKS_FOR.has(r.kind))
    );
  };
  // "Who is the judge hearing the case?" is not answered by someone the sentence gives no such post: a name
  // beside the case's other words (a lawyer, a client) holds it only where a word of its class is printed.
  const unposted = (i: number, sentence: string) =>
    post !== null &&
    !rolesRead(known, i).some((r) => r.kind === wanted || [...r.words].some((w) => post.words.has(w))) &&
    !(fold(sentence).match(/\p{L}+/gu) ?? []).some((w) => post.words.has(w));
  // The sentences that answer, each with the people it names.
  const answering = input.search(query, o.searchLimit).flatMap((hit) => {
    const article = known.files.get(hit.file);
    const sentence = article?.sentences[hit.sentence];
    if (!hit.answers || !article || !sentence) return [];
    const named = known.bySentence?.get(`${hit.file}#${hit.sentence}`) ?? [];
    return [{ hit, article, sentence, text: article.text.slice(sentence.start, sentence.end), named }];
  });
  // "Who runs the airline now?" is not answered by the chief executive who resigned: a question about who
  // holds a post now leaves out whoever a sentence answering it tells has left one.
  const left = new Set<number>();
  if (asksNow(query)) {
    for (const { hit, text, named } of answering)
      for (const i of named) {
        const seen = (known.people[i] as Person).sightings.filter(
          (s) => s.file === hit.file && s.sentence === hit.sentence,
        );
        if (seen.some((s) => toldAsLeft(text, s.mention))) left.add(i);
      }
  }
  for (const { hit, article, sentence, text, named } of answering) {
    if (items.length >= o.maxPeople) break;
    for (const i of named) {
      if (chosen.has(i) || left.has(i) || items.length >= o.maxPeople || speaksFor(i)) continue;
      if (unposted(i, text)) continue;
      chosen.add(i);
      const item = personItem(known, i, 0);
      const role = roleSighting(known.people[i] as Person, hit, post);
      const roleArticle = role && known.files.get(role.file);
      const roleSentence = roleArticle?.sentences[role?.sentence ?? -1];
      const citations = [cite(article, sentence)];
      if (roleArticle && roleSentence) citations.push(cite(roleArticle, roleSentence));
      items.push({ ...item, citations });
    }
  }
  return items;
}

/**
 * Where the sentence answering a who-question names someone without a post ("Thelwell said the launch
 * would slip"), the sentence that gives them one, the post asked about first: the quote that shows why
 * they answer. Null where the answering sentence gives a post or no sentence gives one.
 */
function roleSighting(
  p: Person,
  at: { file: string; sentence: number },
  post: ReturnType<typeof askedPost>,
): Sighting | null {
  const here = p.sightings.filter((s) => s.file === at.file && s.sentence === at.sentence);
  if (here.some((s) => s.mention.roles.length > 0)) return null;
  const asked = (role: string) =>
    post !== null && (fold(role).match(/\p{L}+/gu) ?? []).some((w) => post.words.has(w));
  return quotingOrder(p, asked).find((s) => s.mention.roles.length > 0) ?? null;
}

/**
 * A question about who holds something now: "now", "currently", or a verb in the present ("who runs …",
 * "who is …"), unless it asks for a former holder.
 */
function asksNow(query: string): boolean {
  if (/\b(?:former|previous|outgoing|first|last|ex-)/i.test(query)) return false;
  return (
    /\b(?:now|currently|at present|today)\b/i.test(query) ||
    /^\s*who(?:['’]s|\s+(?:is|are|has|(?!was\b)\p{L}+[^s\W]s))\b/iu.test(query)
  );
}

/** Words before a name telling its bearer has left a post: "former chief executive, Tomas Brandt", "replaces General Ode". */
const LEFT_BEFORE =
  /\b(?:former|outgoing|ex-|replac(?:es|ed|ing)|succeed(?:s|ed|ing)?|(?:took|takes|taking) over from)\s+(?:[\p{L}.'’-]+,?\s+){0,4}$/iu;
/** … and after it: "Martin Hollis resigned", "Ode, the chief of staff, stepped down". */
const LEFT_AFTER =
  /^(?:,[^,]{0,80},)?\s+(?:has\s+|had\s+)?(?:resigned|stepped down|quit|retired|left\b|was (?:ousted|fired|dismissed|removed|replaced))/i;

/** Whether a sentence tells that the person it names at `mention` has left a post. */
function toldAsLeft(sentence: string, mention: PersonMention): boolean {
  const from = Math.min(mention.start, ...mention.roles.map((r) => r.start));
  return LEFT_BEFORE.test(sentence.slice(0, from)) || LEFT_AFTER.test(sentence.slice(mention.end));
}

/** "Who commands…", "who is the chief of…": the class of post a who-question asks about, if it names one. */
const ASKED_POST = /^\s*who\s+(?:(?:is|was|are|were)\s+)?(?:(?:the|its|their)\s+)?(\p{L}+)/iu;

/** Role classes of people who speak for or advise a post's holder rather than hold it. */
const SPEAKS_FOR: ReadonlySet<string> = new Set(['spokesperson', 'adviser']);

/**
 * The post a who-question asks about: the class of its word, if it is in one, and the words that name the
 * post (the class's: "heads" → "chief", "chair", …; or the role noun itself: "judge"). Null where it names no
 * post ("Who was appointed …").
 */
function askedPost(query: string): { roleClass: string | null; words: ReadonlySet<string> } | null {
  const word = fold(ASKED_POST.exec(query)?.[1] ?? '');
  const name = roleClass(word);
  if (name) return { roleClass: name, words: new Set(classWords(name).map(fold)) };
  return isRoleNoun(word) ? { roleClass: null, words: new Set([word]) } : null;
}

/** Which people each sentence names, by "file#sentence". */
function sightingsBySentence(known: Known): Map<string, number[]> {
  const by = new Map<string, number[]>();
  known.people.forEach((p, i) => {
    for (const s of p.sightings) {
      const key = `${s.file}#${s.sentence}`;
      const list = by.get(key) ?? [];
      if (!list.includes(i)) list.push(i);
      by.set(key, list);
    }
  });
  return by;
}

/**
 * A name the extraction did not take as a person's may still be printed: quote the sentences that hold it
 * whole, as an item without roles. A name printed nowhere gets nothing, and the answer is `not_found`.
 */
function namedInText(input: WhoInput, known: Known, asked: string, o: WhoOptions): Item[] {
  const words = nameKey(asked);
  if (!words.length) return [];
  const citations: Citation[] = [];
  for (const hit of input.search(asked, o.searchLimit)) {
    const article = known.files.get(hit.file);
    const sentence = article?.sentences[hit.sentence];
    if (!article || !sentence) continue;
    if (printsName(article.text.slice(sentence.start, sentence.end), words))
      citations.push(cite(article, sentence));
    if (citations.length >= o.maxCitations) break;
  }
  return citations.length
    ? [{ text: `${asked} (named, no role given)`, name: asked, roles: [], citations }]
    : [];
}

/** Whether a sentence prints the name's words together and capitalised, as a name ("Rose Hill", not "rose hill"). */
function printsName(sentence: string, words: readonly string[]): boolean {
  const printed = (sentence.match(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu) ?? []).flatMap((token) => {
    const capital = /^(?:\p{Lu}|(?:al|el)-\p{Lu})/u.test(token);
    return nameKey(token).map((key) => ({ key, capital }));
  });
  return printed.some((_, i) => words.every((w, k) => printed[i + k]?.key === w && printed[i + k]?.capital));
}
