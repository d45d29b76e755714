import type { Article } from '../corpus/article.js';
import { fold } from '../corpus/fold.js';
import type { PersonRecord } from '../extract/people.js';
import { mergePeople, nameKey, type People, type Person, type Sighting } from '../extract/personNames.js';
import type { SentenceSearch } from '../retrieve/hits.js';
import { cite } from './cite.js';
import { matchRole, readRoleQuery } from './roleQuery.js';
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
  /** Sentences searched for a name no extracted person has (the closest a missed name gets). Default 20. */
  searchLimit: number;
}

const DEFAULT_OPTIONS: WhoOptions = { maxCitations: 4, listCitations: 1, searchLimit: 20 };

/** Question words around a name: "who is Ann Cole?", "tell me about Cole". */
const QUESTION =
  /^\s*(?:who(?:'s|’s|\s+is|\s+was|\s+are)?|tell\s+me\s+about|what\s+(?:is|was)\s+the\s+role\s+of)\s+|\?\s*$/gi;

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
      input,
      known,
      known.people.map((_, i) => i),
      o.listCitations,
      answer,
    );

  const byName = peopleNamed(known, asked);
  if (byName.length) return listed(input, known, byName, o.maxCitations, answer);

  const roleQuery = readRoleQuery(asked);
  if (roleQuery) {
    const scored = known.people
      .map((p, i) => ({ i, score: Math.max(0, ...rolesOf(p).map((r) => matchRole(roleQuery, r))) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score);
    if (scored.length) {
      const best = (scored[0] as { score: number }).score;
      const holders = scored.filter((s) => s.score === best).map((s) => s.i);
      return listed(input, known, holders, o.maxCitations, answer, (role) => matchRole(roleQuery, role) > 0);
    }
  }
  return answer(namedInText(input, asked, o));
}

/** Everyone named in the articles, most often named first: the choices for `/who` autocomplete. */
export function listNames(input: Pick<WhoInput, 'articles' | 'people'>): string[] {
  return knownPeople(input).people.map((p) => p.name);
}

function knownPeople(input: Pick<WhoInput, 'articles' | 'people'>): People {
  const sightings: Sighting[] = input.articles.flatMap((a) =>
    (input.people.get(a.file) ?? []).map((r) => ({ file: a.file, sentence: r.sentence, mention: r.mention })),
  );
  return mergePeople(sightings);
}

/** People every word of whose asked name is a word of one of their printed names ("Nouri", "al-Hakim"). */
function peopleNamed(known: People, asked: string): number[] {
  const words = nameKey(asked);
  if (!words.length) return [];
  return known.people.flatMap((p, i) => {
    const own = new Set(p.variants.flatMap(nameKey));
    return words.every((w) => own.has(w)) ? [i] : [];
  });
}

function rolesOf(p: Person): string[] {
  return p.sightings.flatMap((s) => s.mention.roles.map((r) => r.text));
}

/**
 * Items for the chosen people, and for anyone they clash with (never one name silently). `relevant` picks
 * the roles the question asked for, whose sentences are quoted first.
 */
function listed(
  input: WhoInput,
  known: People,
  chosen: number[],
  maxCitations: number,
  answer: (items: Item[], conflicts?: Conflict[]) => Answer,
  relevant: (role: string) => boolean = () => true,
): Answer {
  // The two sides of a clash stand side by side, the second brought in when only one was asked for.
  const order = [...chosen];
  for (const [a, b] of known.clashes.map((c) => c.people)) {
    const [first, second] = order.includes(a) || !order.includes(b) ? [a, b] : [b, a];
    if (!order.includes(first)) continue;
    if (order.includes(second)) order.splice(order.indexOf(second), 1);
    order.splice(order.indexOf(first) + 1, 0, second);
  }
  const items = order.map((i) => personItem(input, known.people[i] as Person, maxCitations, relevant));
  const conflicts = known.clashes.flatMap((c): Conflict[] => {
    const at = c.people.map((i) => order.indexOf(i));
    if (at.some((i) => i < 0)) return [];
    return [
      {
        about: `the name of the ${displayRole(c.role)}`,
        items: at,
        note: clashNote(at.map((i) => items[i] as Item)),
      },
    ];
  });
  return answer(items, conflicts);
}

function personItem(
  input: WhoInput,
  p: Person,
  maxCitations: number,
  relevant: (role: string) => boolean,
): Item {
  const roles = distinctRoles(rolesOf(p));
  // Sentences that state a role first (the asked-for role first of all, the fullest role before a bare
  // title), then the others; one quote a sentence.
  const rank = (s: Sighting) => {
    const own = s.mention.roles.map((r) => r.text);
    return own.some(relevant) ? 0 : own.length ? 1 : 2;
  };
  const said = (s: Sighting) => Math.max(0, ...s.mention.roles.map((r) => r.text.split(/\s+/).length));
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const s of [...p.sightings].sort((a, b) => rank(a) - rank(b) || said(b) - said(a))) {
    const key = `${s.file}#${s.sentence}`;
    const article = input.articles.find((a) => a.file === s.file);
    const sentence = article?.sentences[s.sentence];
    if (seen.has(key) || !article || !sentence) continue;
    seen.add(key);
    citations.push(cite(article, sentence));
    if (citations.length >= maxCitations) break;
  }
  return {
    text: roles.length ? `${p.name} — ${roles[0]}` : `${p.name} (no role given)`,
    name: p.name,
    roles,
    variants: p.variants,
    citations,
  };
}

/** "the agency's chief engineer" is shown as "agency's chief engineer"; roles inside longer ones are dropped. */
function distinctRoles(roles: readonly string[]): string[] {
  const shown = [...new Set(roles.map(displayRole))].sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (const r of shown) if (!kept.some((k) => fold(k).includes(fold(r)))) kept.push(r);
  return kept;
}

function displayRole(role: string): string {
  return role.replace(/^(?:the|a|an)\s+/i, '');
}

function clashNote(items: readonly Item[]): string {
  return items
    .map((it) => {
      const c = it.citations[0];
      return c ? `${String(it.name)} (${c.file}, ${c.published ?? 'undated'})` : String(it.name);
    })
    .join(' vs ');
}

/**
 * A name the extraction did not take as a person's may still be printed: quote the sentences that hold it
 * whole, as an item without roles. A name printed nowhere gets nothing, and the answer is `not_found`.
 */
function namedInText(input: WhoInput, asked: string, o: WhoOptions): Item[] {
  const words = nameKey(asked);
  if (!words.length) return [];
  const citations: Citation[] = [];
  for (const hit of input.search(asked, o.searchLimit)) {
    const article = input.articles.find((a) => a.file === hit.file);
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
