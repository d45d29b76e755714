import { type Article, type Span, sentenceBefore } from '../corpus/article.js';
import { fold } from '../corpus/fold.js';
import { type AnswerValue, dimensionOf, findValues } from '../extract/answerValues.js';
import {
  ADDED,
  AREA_HEADS,
  COUNTED_AFTER,
  changeEndAt,
  clauseAt,
  currentValues,
  FROM_AFTER,
  fateOf,
  holderBefore,
  isReferred,
  JOINING,
  namedIn,
  type Period,
  periodOf,
  placeFor,
  placeMeant,
  sourceIn,
  toldAsOfArticle,
  toldOn,
  WITHIN_CLAUSE,
  whenFor,
} from '../extract/claimSlots.js';
import { readDates, type Tense } from '../extract/dates.js';
import { beforeQualifier, qualified, type Range, rangesMeet, readQuantity } from '../extract/quantities.js';
import { terms, tokenize } from '../lexicon/terms.js';
import type { Conflict } from './schema.js';

/**
 * When sources disagree, for every command. A claim is a value with its slots: what is counted or dated,
 * whose it is, where, when, and who tells it. Two claims disagree only when every slot both fill agrees and
 * their values cannot both be true: "about 2,500" and "over 3,000" disagree; "about 2,500" and "2,500" do
 * not; "more than 6,000" and "nearly 7,000" agree within their qualifiers. A change is not a disagreement:
 * "from about 2,000 to fewer than 500" and "up from £4.2 million" are one claim's before and after.
 */

/** The value a claim gives, in a form two claims can be compared by. */
export type ClaimValue =
  | {
      kind: 'quantity';
      /** As printed, qualifier included: "about 2,500". */
      printed: string;
      /** What it is in: "$", "foot", "clock"; '' for a count. Values in different units are not compared. */
      unit: string;
      /** Where the value may lie, from its qualifier (`rangeOf`). */
      range: Range;
      /** The value before a change the same sentence tells ("£5.1 million, up from £4.2 million"), or null. */
      was: Range | null;
    }
  | {
      kind: 'date';
      printed: string;
      /** ISO as precise as the words ("2027", "2027-09"). */
      iso: string;
      /** The last period of a range, or null. */
      through: string | null;
      /** The start of a span ("the deadliest since 1950"), not when something happened. */
      since: boolean;
      /** The date before a change the same sentence tells ("originally May, now August"), or null. */
      was: { iso: string; through: string | null } | null;
    }
  | {
      kind: 'name';
      printed: string;
      /** The name's words as compared: two different keys are two names. */
      key: string;
    };

export interface Claim {
  value: ClaimValue;
  /** What is counted, measured, dated or held ("troops", "damage", "adviser to the governor"), or null. */
  what: string | null;
  /** Whose it is ("British", "the agency"), or null where the sentence does not say. */
  holder: string | null;
  /** Where ("northern Mali"), or null. */
  place: string | null;
  /** When: before or after a change, now, or a stated year; null where unsaid. */
  period: Period | null;
  /**
   * A present state of something that changes (a force's size, who holds a role, a running total): with no
   * period but "now", it holds at its telling, so tellings far apart are two times' states (a toll that
   * grew), not two accounts of one. A plan or an estimate is not: told again with another date or sum, it is
   * shown as a disagreement whose note dates each telling, so a reader sees the slip.
   */
  present: boolean;
  /** Who the article says gives the value ("Iraqi officials"), or null for the article's own word. */
  source: string | null;
  /** The article's file name and publication date (ISO, or null where unknown). */
  article: string;
  published: string | null;
  /** When the sentence says its teller gave the value, where it dates that apart ("In May … said"). */
  toldOn?: string;
}

export interface ClaimOptions {
  /**
   * Days between two articles beyond which their present states are of two times. Default: 7: two reports
   * of one week (1,200 and 1,350 six days apart) are two accounts of one state, while a running total moves
   * from week to week (a toll of 26, then 47 two weeks later, is a toll that grew) as a force builds up over
   * weeks. The sources that really disagree on a running total, in every labelled set, do so within three days.
   */
  presentDays: number;
  /**
   * How many times larger one figure may be than another for the two to be accounts of one quantity.
   * Default: 10: sources that disagree differ by a share ("5,000 flights" / "7,000 flights", "300" / "1,000"
   * soldiers); "$13.60" and "$2.5 billion" of one company are a share's price and the company's value.
   */
  sameScale: number;
}

export const defaultClaimOptions: ClaimOptions = { presentDays: 7, sameScale: 10 };

/** Names one holder goes by: a country, its people's adjective and its capital as a government's seat. */
const HOLDER_ALIASES: Record<string, string> = {
  us: 'us',
  'united states': 'us',
  american: 'us',
  america: 'us',
  washington: 'us',
  uk: 'uk',
  'united kingdom': 'uk',
  british: 'uk',
  britain: 'uk',
};

/** Shortest word whose longer form is the same word: "Mali" / "Malian", "Russia" / "Russian". */
const DEMONYM_STEM = 4;

/**
 * What a people's or a country's adjective adds to its name ("Russia" / "Russian", "Sudan" / "Sudanese",
 * "Israel" / "Israeli"): a longer word with another ending is another word ("person" / "personnel").
 */
const DEMONYM_ENDING = /^(?:n|an|ian|ese|i|ish)s?$/;

/**
 * Disagreements among claims, as conflicts over their indexes (null claims are never compared). Only
 * `candidates` are compared when given (pairs a command has already found to be about one thing, as
 * /timeline's events with like words); else every pair. Disagreeing claims are joined while each is the same
 * claim as every other in the conflict.
 */
export function conflictsAmong(
  claims: readonly (Claim | null)[],
  about: string | ((items: number[]) => string),
  options: Partial<ClaimOptions> = {},
  candidates?: Iterable<readonly [number, number]>,
): Conflict[] {
  const o = { ...defaultClaimOptions, ...options };
  // A pair (i < j) as one number, i * n + j: tens of thousands of them sort as numbers, not as tuples.
  const n = claims.length;
  const pairs: number[] = [];
  const consider = (i: number, j: number) => {
    const a = claims[i];
    const b = claims[j];
    if (a && b && disagree(a, b, o)) pairs.push(i < j ? i * n + j : j * n + i);
  };
  if (candidates) for (const [i, j] of candidates) consider(i, j);
  else pairsToCompare(claims, o, consider);

  // Each pair joins the first-made conflict holding one of its claims that both fit; the conflicts holding
  // a claim are kept by claim, in the order they were made, so a long listing does not search every
  // conflict for every pair. Pairs are taken in order, whatever order they were found in.
  const groups: number[][] = [];
  const holding = new Map<number, number[]>();
  const NONE: readonly number[] = [];
  const join = (g: number, k: number) => {
    const held = holding.get(k) ?? [];
    let at = 0;
    while (at < held.length && (held[at] as number) < g) at++;
    if (held[at] === g) return;
    held.splice(at, 0, g);
    holding.set(k, held);
    (groups[g] as number[]).push(k);
  };
  // How many of a conflict's first members a claim fits (-1: it misses one). Conflicts only grow, so a claim
  // is held against each member once, however many pairs bring it back.
  const checked = new Map<number, number>();
  const fitsIn = (g: number, k: number) => {
    const group = groups[g] as number[];
    const key = g * n + k;
    let m = checked.get(key) ?? 0;
    while (m >= 0 && m < group.length)
      m = fits(claims[group[m] as number] as Claim, claims[k] as Claim, o) ? m + 1 : -1;
    checked.set(key, m);
    return m >= 0;
  };
  // The first-made conflict holding i or j that both fit: the two claims' lists merged in order.
  const firstFitting = (i: number, j: number): number | undefined => {
    const a = holding.get(i) ?? NONE;
    const b = holding.get(j) ?? NONE;
    for (let x = 0, y = 0; x < a.length || y < b.length; ) {
      const g = y >= b.length || (x < a.length && (a[x] as number) <= (b[y] as number)) ? a[x] : b[y];
      if (a[x] === g) x++;
      if (b[y] === g) y++;
      if (fitsIn(g as number, i) && fitsIn(g as number, j)) return g;
    }
    return undefined;
  };
  for (const pair of Float64Array.from(pairs).sort()) {
    const i = Math.floor(pair / n);
    const j = pair - i * n;
    let g = firstFitting(i, j);
    if (g === undefined) g = groups.push([]) - 1;
    join(g, i);
    join(g, j);
  }
  return groups.map((g) => {
    const items = g.sort((x, y) => x - y);
    return {
      about: typeof about === 'string' ? about : about(items),
      items,
      note: noteOf(items.map((i) => claims[i] as Claim)),
    };
  });
}

/**
 * Letters of a place's word its bucket is keyed by: `sameWord` takes a word for a longer one only from
 * `DEMONYM_STEM` letters, less a final "e", so a word and its people's adjective share this many.
 */
const PLACE_KEY = DEMONYM_STEM - 1;

/**
 * The pairs of claims `sameSubject` could take for one thing: those of one kind and unit whose periods and
 * places could agree, found through buckets rather than by trying every pair (a bare /troops at 10,000
 * articles holds thousands of figures). A slot a claim leaves empty matches every bucket. Two places agree
 * only if a word of one is a word of the other or its people's adjective, so they share a word's first
 * letters (`sameWord`), or are written alike; those keys are the place buckets.
 */
function pairsToCompare(
  claims: readonly (Claim | null)[],
  o: ClaimOptions,
  visit: (i: number, j: number) => void,
): void {
  const ANY = '*';
  const keysOf = (c: Claim) => {
    const base = `${c.value.kind}|${c.value.kind === 'quantity' ? c.value.unit : c.value.kind === 'date' ? c.value.since : ''}`;
    const places =
      c.place === null
        ? [ANY]
        : [...new Set([`=${fold(c.place)}`, ...slotTerms(c.place).map((t) => t.slice(0, PLACE_KEY))])];
    return { base, period: c.period ?? ANY, places };
  };
  const keys = claims.map((c) => (c ? keysOf(c) : null));
  // base → period → place key → claims
  const buckets = new Map<string, Map<string, Map<string, number[]>>>();
  keys.forEach((k, i) => {
    if (!k) return;
    const periods = buckets.get(k.base) ?? new Map<string, Map<string, number[]>>();
    buckets.set(k.base, periods);
    const places = periods.get(k.period) ?? new Map<string, number[]>();
    periods.set(k.period, places);
    for (const place of k.places) {
      const held = places.get(place);
      if (held) held.push(i);
      else places.set(place, [i]);
    }
  });
  const seen = new Int32Array(claims.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!k) continue;
    const periods = buckets.get(k.base) as Map<string, Map<string, number[]>>;
    for (const [period, places] of periods) {
      if (period !== k.period && period !== ANY && k.period !== ANY) continue;
      const wanted = k.places[0] === ANY ? places.keys() : [...k.places, ANY];
      for (const place of wanted) {
        for (const j of places.get(place) ?? []) {
          if (j <= i || seen[j] === i) continue;
          seen[j] = i;
          // Two present states of articles far apart are of two times: told apart before any slot is read.
          if (sameTime(claims[i] as Claim, claims[j] as Claim, o)) visit(i, j);
        }
      }
    }
  }
}

/**
 * Whether a claim may stand in a conflict beside a member: it is of the same thing, where one teller gives
 * both their values meet (one article's "about 11,000" and "approximately 11,000" are one side), and neither
 * revises the other (a date moved "to January rather than November" is no side against November).
 */
function fits(member: Claim, y: Claim, o: ClaimOptions): boolean {
  return (
    member === y ||
    (sameSubject(member, y, o) &&
      (!oneTeller(member, y) || valuesMeet(member.value, y.value)) &&
      !isRevision(member, y) &&
      !isRevision(y, member))
  );
}

/** Whether two claims are the same claim and their values cannot both be true. */
function disagree(a: Claim, b: Claim, options: ClaimOptions = defaultClaimOptions): boolean {
  // The values first: comparing numbers is cheap, and most pairs of a long listing give values that meet.
  return (
    !valuesMeet(a.value, b.value) &&
    ofOneScale(a.value, b.value, options.sameScale) &&
    sameClaim(a, b, options) &&
    !isRevision(a, b) &&
    !isRevision(b, a)
  );
}

/** Whether two values could be accounts of one quantity by their size: figures no more than `scale` times apart (none is "no one"). */
function ofOneScale(a: ClaimValue, b: ClaimValue, scale: number): boolean {
  if (a.kind !== 'quantity' || b.kind !== 'quantity') return true;
  const size = (r: Range) => Math.max(Math.abs(r.low), Math.abs(r.high));
  const [x, y] = [size(a.range), size(b.range)].sort((m, n) => m - n) as [number, number];
  return x === 0 || y <= x * scale;
}

/**
 * Whether two claims say something of one thing, told by two tellers. An article's own values never
 * disagree with each other: a writer who gives two figures for one thing tells a change or two parts of it;
 * only two sources the article itself names ("about 2,500, though officials say it is over 3,000") can.
 */
function sameClaim(a: Claim, b: Claim, options: ClaimOptions = defaultClaimOptions): boolean {
  return !oneTeller(a, b) && sameSubject(a, b, options);
}

function oneTeller(a: Claim, b: Claim): boolean {
  return a.article === b.article && !(a.source && b.source && !sameWords(a.source, b.source));
}

/** Whether two claims are of one thing, whoever tells them: every slot both fill agrees. */
function sameSubject(a: Claim, b: Claim, options: ClaimOptions): boolean {
  if (a.value.kind !== b.value.kind) return false;
  if (a.value.kind === 'quantity' && b.value.kind === 'quantity' && a.value.unit !== b.value.unit)
    return false;
  if (a.value.kind === 'date' && b.value.kind === 'date' && a.value.since !== b.value.since) return false;
  return (
    slotAgrees(a.what, b.what, sameWordsOnce) &&
    slotAgrees(a.holder, b.holder, sameHolderOnce) &&
    slotAgrees(a.place, b.place, samePlaceOnce) &&
    slotAgrees(a.period, b.period, (x, y) => x === y) &&
    // A plan or a demand is what is meant: never set against a value told as what is, dated or not.
    (a.period === 'planned') === (b.period === 'planned') &&
    sameTime(a, b, options)
  );
}

/** A slot only one claim fills does not tell them apart: the sentence may take it from its neighbours. */
function slotAgrees(a: string | null, b: string | null, same: (a: string, b: string) => boolean): boolean {
  // Every slot comparison takes a text for itself; most pairs of a long listing share their slot texts.
  return a === null || b === null || a === b || same(a, b);
}

/**
 * Two claims are of one time unless one tells a present state (as now, or with no time) and they were told
 * far apart (by their articles' dates, or the date a sentence gives its telling): a total told "so far" in
 * July is not set against August's.
 */
function sameTime(a: Claim, b: Claim, o: ClaimOptions): boolean {
  if ((!heldAtTelling(a) && !heldAtTelling(b)) || !a.published || !b.published) return true;
  const days = Math.abs(timeOf(a.toldOn ?? a.published) - timeOf(b.toldOn ?? b.published)) / 86_400_000;
  return days <= o.presentDays;
}

/** A present state with no period but its own: what holds when it was told, and may change after. */
function heldAtTelling(c: Claim): boolean {
  return c.present && (c.period === null || c.period === 'now');
}

/** Values that can both be true: ranges that meet, dates one of which holds the other, one name. */
function valuesMeet(a: ClaimValue, b: ClaimValue): boolean {
  if (a.kind === 'quantity' && b.kind === 'quantity') return rangesMeet(a.range, b.range);
  if (a.kind === 'date' && b.kind === 'date') return datesMeet(a, b);
  if (a.kind === 'name' && b.kind === 'name') return a.key === b.key;
  return true;
}

function datesMeet(
  a: { iso: string; through: string | null },
  b: { iso: string; through: string | null },
): boolean {
  const order = (x: string, y: string) => {
    const n = Math.min(x.length, y.length);
    return x.slice(0, n).localeCompare(y.slice(0, n));
  };
  return order(a.iso, b.through ?? b.iso) <= 0 && order(b.iso, a.through ?? a.iso) <= 0;
}

/** `later` tells a change from the value `earlier` gives: an update, not a disagreement. */
function isRevision(earlier: Claim, later: Claim): boolean {
  const [e, l] = [earlier.value, later.value];
  if (e.kind === 'quantity' && l.kind === 'quantity') return !!l.was && rangesMeet(e.range, l.was);
  return e.kind === 'date' && l.kind === 'date' && !!l.was && datesMeet(e, l.was);
}

/**
 * What is read of a slot text to compare it (its terms, its named-place terms, its holder key), read once per
 * text: every pair of claims compares its slots, and reading them pair by pair was most of a /troops listing
 * (48 s of 4,111 figures at 10,000 articles). Slot texts are few and short; a table is emptied when it grows large.
 */
const SLOT_READINGS_KEPT = 10_000;

function readOnce<T>(table: Map<string, T>, text: string, read: (text: string) => T): T {
  let value = table.get(text);
  if (value === undefined) {
    if (table.size >= SLOT_READINGS_KEPT) table.clear();
    value = read(text);
    table.set(text, value);
  }
  return value;
}

/**
 * A slot comparison made once per pair of texts: a long listing holds few slot texts, but compares each pair
 * of them many times. A table is emptied when it holds `SLOT_READINGS_KEPT` pairs, as the readings are.
 */
function comparedOnce(same: (a: string, b: string) => boolean): (a: string, b: string) => boolean {
  const table = new Map<string, Map<string, boolean>>();
  let pairs = 0;
  return (a, b) => {
    let row = table.get(a);
    let result = row?.get(b);
    if (result === undefined) {
      if (pairs >= SLOT_READINGS_KEPT) {
        table.clear();
        pairs = 0;
        row = undefined;
      }
      if (!row) {
        row = new Map<string, boolean>();
        table.set(a, row);
      }
      result = same(a, b);
      row.set(b, result);
      pairs++;
    }
    return result;
  };
}

const sameWordsOnce = comparedOnce((a, b) => sameWords(a, b));
const sameHolderOnce = comparedOnce((a, b) => sameHolder(a, b));
const samePlaceOnce = comparedOnce((a, b) => samePlace(a, b));

const timeRead = new Map<string, number>();
const timeOf = (iso: string) => readOnce(timeRead, iso, Date.parse);

const termsRead = new Map<string, string[]>();
const slotTerms = (text: string) => readOnce(termsRead, text, terms);

/**
 * Whether two slot texts name one thing: one's words all among the other's ("Tavor region" is "Tavor"), a
 * word and its longer form counted as one ("Russia" and "Russian forces").
 */
function sameWords(a: string, b: string): boolean {
  const [x, y] = [slotTerms(a), slotTerms(b)];
  return x.length && y.length ? sameTerms(x, y) : fold(a) === fold(b);
}

function sameTerms(x: readonly string[], y: readonly string[]): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((s) => long.some((l) => sameWord(s, l)));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = short.replace(/e$/, '');
  return (
    short.length >= DEMONYM_STEM && long.startsWith(stem) && DEMONYM_ENDING.test(long.slice(stem.length))
  );
}

const AREA_TERMS = new Set(terms(AREA_HEADS.join(' ')));

const namedRead = new Map<string, string[]>();
const placeNamed = (text: string) =>
  readOnce(namedRead, text, (t) => slotTerms(t).filter((term) => !AREA_TERMS.has(term)));

/** Two places are one when their names are, whatever area noun follows: "the Tavor area" is "Tavor region". */
function samePlace(a: string, b: string): boolean {
  const [x, y] = [placeNamed(a), placeNamed(b)];
  return x.length && y.length ? sameTerms(x, y) : sameWords(a, b);
}

const holderRead = new Map<string, string>();
const holderKey = (text: string) =>
  readOnce(holderRead, text, (t) => {
    const k = fold(t)
      .replace(/\./g, '')
      .replace(/^the\s+/, '')
      .trim();
    return HOLDER_ALIASES[k] ?? k;
  });

function sameHolder(a: string, b: string): boolean {
  return holderKey(a) === holderKey(b) || sameWords(a, b);
}

/**
 * Which holders a question names, by a capitalised word other than the place it asks about: "How many
 * soldiers does Valdoria have in Tessaly?" names the "Valdorian" force, and "US troops" the "American" one.
 * The question is read once; each holder text is compared once.
 */
export function holdersNamed(question: string): (holder: string) => boolean {
  // "in Tessaly" names where, not whose: the Tessalian army is another force than the one asked about.
  const place = new Set(terms(placeAsked(question) ?? ''));
  const names = tokenize(question)
    .map((t) => ({ t, word: question.slice(t.start, t.end) }))
    .filter(({ t, word }) => (t.capitalised || /^\p{Lu}{2}/u.test(word)) && !place.has(t.term));
  // "Russia's force … before the Ukrainians went in": a name with "'s" says whose, where the question has one.
  const owner = names.filter(({ word }) => /['’]s$/.test(word));
  const asked = (owner.length ? owner : names).map(({ word }) => word);
  const seen = new Map<string, boolean>();
  return (holder) => {
    let named = seen.get(holder);
    if (named === undefined) {
      named = asked.some((word) => sameHolder(word, holder));
      seen.set(holder, named);
    }
    return named;
  };
}

/**
 * "about 2,500 (military estimates) vs over 3,000 (Iraqi officials)": each value with who gives it, and,
 * when the articles are of different dates, each one's date, oldest first, so a reader can tell a revision
 * from a dispute.
 */
function noteOf(claims: readonly Claim[]): string {
  const dated = new Set(claims.map((c) => c.published)).size > 1;
  const seen = new Set<string>();
  const order = (c: Claim) => c.published ?? '9999';
  const sides: Claim[] = [];
  for (const c of claims)
    if (!sides.some((s) => oneTeller(s, c) && valuesMeet(s.value, c.value))) sides.push(c);
  return sides
    .sort((a, b) => (dated ? order(a).localeCompare(order(b)) : 0))
    .map((c) => {
      const marks = [c.source, dated ? (c.published ?? 'undated') : null].filter(Boolean);
      return marks.length ? `${c.value.printed} (${marks.join(', ')})` : c.value.printed;
    })
    .filter((s) => !seen.has(s) && seen.add(s))
    .join(' vs ');
}

/** A value /ask found in one sentence of an article; offsets index the sentence's text. */
export interface ValueInSentence {
  article: Article;
  /** Index into `article.sentences`. */
  sentence: number;
  /** The value of the asked kind that answers, or null where the sentence gives none. */
  value: AnswerValue | null;
}

/** The place a question fixes for every claim that names none: "troops in Syria" asks of Syria. */
export function placeAsked(question: string): string | null {
  const place = placeFor(question, { start: 0, end: question.length }, { start: 0, end: 0 }, []);
  return place && !isReferred(place) ? place : null;
}

/**
 * Where /ask's items disagree: each item's value read as a claim from its sentence, with the slots the
 * question fixes ("troops in Syria" fixes the place) filling those the sentence leaves unsaid.
 */
export function askConflicts(items: readonly ValueInSentence[], question: string): Conflict[] {
  const asked = { place: placeAsked(question) };
  return conflictsAmong(
    items.map((item) => claimInSentence(item, asked)),
    question,
  );
}

/**
 * Where a value's sentence places it against the place the question fixes: there, elsewhere ("700 troops in
 * Syria" asked, "2,400 personnel in Iraq" told: it neither confirms nor contradicts the answer), or unsaid
 * (also when the question fixes none). "540 homes: 390 in Hedra, 110 in Oskan" places the 110 there
 * for a question about Oskan, and the 390 elsewhere.
 */
export function whereTold(item: ValueInSentence, question: string): 'there' | 'elsewhere' | 'unsaid' {
  const asked = placeAsked(question);
  // Read the claim only when the question fixes a place: /ask asks this of every candidate giving a figure.
  if (asked === null) return 'unsaid';
  const claim = claimInSentence(item, { place: null });
  if (claim?.place == null) return 'unsaid';
  return samePlace(asked, claim.place) ? 'there' : 'elsewhere';
}

/**
 * Whether a value /ask found repeats another's claim, whoever tells it: the same figure or date as their
 * sentences qualify it ("about 2,500" is "2,500", but "more than $500 million" is not "$500 million"), of one
 * thing (every slot both sentences fill agrees: what is counted, whose, where, when). "Six workers who
 * perished" and "six workers presumed killed" are one claim; "two victims were recovered" and "two people
 * were rescued" are not, though the figure is the same.
 */
export function repeats(a: ValueInSentence, b: ValueInSentence, question: string): boolean {
  if (!a.value || !b.value || a.value.normal !== b.value.normal) return false;
  const asked = { place: placeAsked(question) };
  const x = claimInSentence(a, asked);
  const y = claimInSentence(b, asked);
  return x !== null && y !== null && valuesMeet(x.value, y.value) && sameSubject(x, y, defaultClaimOptions);
}

/**
 * The words after a figure that say what it is of: "$78.7 billion in damage", "$2 million of repairs",
 * "$500 million of Velmora's borrowings", "$300 million to a reconstruction fund".
 */
const WHAT_AFTER =
  /^\s+(?:in|of|to(?=\s+(?:a|an|the)\s))\s+(?:an?\s+|the\s+|\p{Lu}[\p{L}.-]*['’]s\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+(?!(?:for|to|in|and|or|of|the|on|at|by|with|from|as|who|which|that|whose)\b)\p{Ll}[\p{Ll}-]*){0,2})/u;

/** The noun a figure is put at, before it: "values Velmora's equity at about $2.5 billion", "put the damage at". */
const WHAT_PUT_AT =
  /\b(?:puts?|putting|values?|valued|valuing|estimates?|estimated|places?|placed|pegs?|pegged)\s+(?:the\s+|its\s+|their\s+|\p{Lu}[\p{L}.-]*['’]s\s+)?(\p{Ll}[\p{Ll}-]*)\s+at\s+$/u;

/**
 * The thing a count counts, with what the words after it say it is in or for: "40 nurses to the mobile
 * clinics" and "300 nurses to the field hospital" count two things.
 */
function countedThing(after: string): string | null {
  const counted = COUNTED_AFTER.exec(after);
  if (!counted) return null;
  const of = WHAT_AFTER.exec(after.slice(counted[0].length))?.[1];
  return of ? `${counted[1]} ${of}` : (counted[1] ?? null);
}

/**
 * The lower-case words after a measure written as an adjective ("300-metre Liberian oil tanker", "150-metre
 * span, lying"), up to a verb's participle or a function word: the last of them is the thing measured.
 */
const MEASURED_AFTER =
  /^\s+(?:\p{Lu}[\p{L}-]*\s+)?((?:(?!(?:\p{Ll}+(?:ing|ed)|and|or|of|the|to|in|for|with|that|which|who|was|were|is|are)\b)\p{Ll}[\p{Ll}-]*(?:\s+|(?=[^\p{L}\s])|$)){1,3})/u;

/** The thing a measure written as an adjective measures: "150-metre span" is a span's length, not the ship's. */
function measuredThing(value: string, after: string): string | null {
  if (!/\d-\p{L}+$/u.test(value)) return null;
  return MEASURED_AFTER.exec(after)?.[1]?.trim().split(/\s+/).at(-1) ?? null;
}

/**
 * A count's thing with its fate: "people dead" and "people sick" are two things, while "people" alone may be
 * either (a slot's words all among the other's are one thing).
 */
function withFate(what: string | null, fate: string | null): string | null {
  if (!what || !fate) return what ?? fate;
  // "Put the cost at $86 million": the noun may already say what the telling does.
  return what.split(' ').includes(fate) ? what : `${what} ${fate}`;
}

/** What a value is of: the words after a figure ("in damage"), the noun it is put at, or the thing a count counts. */
function whatOf(before: string, after: string, value: AnswerValue): string | null {
  return (
    WHAT_AFTER.exec(after)?.[1] ??
    WHAT_PUT_AT.exec(beforeQualifier(before))?.[1] ??
    (value.kind === 'count' ? countedThing(after) : null) ??
    (value.kind === 'measure' ? measuredThing(value.text, after) : null)
  );
}

/** A value in a sentence as a claim, its slots read around it within its clause; null for a value with no number or date. */
function claimInSentence(item: ValueInSentence, asked: { place: string | null }): Claim | null {
  const { article, value } = item;
  const span = article.sentences[item.sentence];
  if (!value || !span) return null;
  const sentence = article.text.slice(span.start, span.end);
  const clause = clauseAt(sentence, value);
  const end = changeEndAt(sentence, value);
  const when = whenFor(sentence, clause, value);
  const fate =
    value.kind === 'count' || value.kind === 'amount' ? fateOf(sentence, clause, value, value.kind) : null;
  // What a thing is expected to cost is what it is estimated to cost: one total, not a plan apart from it.
  const forecastCost = fate === 'cost' && /\bexpected to\b/i.test(when ?? '');
  const period = forecastCost ? null : periodOf(when, end);
  // A planned date with no year is the next one ("expected to reopen in June", told in March).
  const claimed = claimValue(value, sentence, article.published, period === 'planned' ? 'future' : 'past');
  // "Hired 10 additional technicians" tells a change's size, not a level another figure could contradict.
  if (
    !claimed ||
    (value.kind === 'count' && ADDED.test(COUNTED_AFTER.exec(sentence.slice(value.end))?.[0] ?? ''))
  )
    return null;
  // "In the country" is the place the article last named before the value; a later value of the sentence
  // bounds the place after this one ("540 homes: 390 in Hedra": the 540 is not Hedra's).
  const place = placeFor(sentence, clause, value, findValues(sentence, value.kind));
  return {
    value: claimed,
    what: withFate(whatOf(sentence.slice(clause.start, value.start), sentence.slice(value.end), value), fate),
    holder: holderBefore(sentence, clause, value),
    place: (place && placeMeant(place, article.text.slice(0, span.start + value.start))) ?? asked.place,
    period,
    // A count or a share told as standing at the article's date is a running total, which grows ("two
    // people have died", "96 percent of ballots had been recounted"); a length or a sum told so is no more
    // than a fact.
    present:
      (value.kind === 'count' || dimensionOf(value) === 'share') && toldAsOfArticle(sentence, clause, value),
    source: sourceIn(sentence, clause, value, namedIn(article.text), sentenceBefore(article, item.sentence)),
    article: article.file,
    published: article.published,
    ...tellingDate(sentence, article.published),
  };
}

/** A claim's telling date, where its sentence gives one apart from the article's. */
function tellingDate(sentence: string, published: string | null): { toldOn?: string } {
  const on = toldOn(sentence, published);
  return on ? { toldOn: on } : {};
}

/** A rate after a value ("38 million crowns a day", "$14 a share"): a quantity of its own, not a total. */
const RATE =
  /^\s+(?:a|an|per|each|every|for each|for every)\s+(day|week|month|year|hour|share|head|person|household|family|barrel|ton|tonne)\b/i;

/** The value as a quantity (with what it changed from, "up from £4.2 million") or a date; null if neither reads. */
function claimValue(
  value: AnswerValue,
  sentence: string,
  published: string | null,
  tense: Tense,
): ClaimValue | null {
  if (value.kind === 'date') {
    const read = readDates(value.text, published, { tenseAt: () => tense })[0];
    const since = /\bsince\s+$/i.test(sentence.slice(0, value.start));
    return read?.iso
      ? {
          kind: 'date',
          printed: value.text,
          iso: read.iso,
          through: read.through,
          since,
          // Read as the value itself is, alone and in the past.
          was: dateChangedFrom(sentence, value, published, 'past'),
        }
      : null;
  }
  const printed = qualified(sentence, value);
  const read = readQuantity(printed);
  if (!read) return null;
  const rate = RATE.exec(sentence.slice(value.end));
  return {
    kind: 'quantity',
    printed,
    unit: `${value.kind}:${read.unit}${rate ? `/${rate[1]?.toLowerCase()}` : ''}`,
    range: read.range,
    was: changeEndAt(sentence, value) === 'from' ? null : changedFrom(sentence, value),
  };
}

/**
 * The date a sentence of an article tells a change from, where it tells the date written at `at` (offsets
 * into the article's text) as what the change led to: a /timeline event's earlier date.
 */
export function dateChangedAt(
  article: Article,
  sentence: number,
  at: Span,
): { iso: string; through: string | null } | null {
  const span = article.sentences[sentence];
  if (!span) return null;
  const text = article.text.slice(span.start, span.end);
  const start = at.start - span.start;
  const value = findValues(text, 'date').find((v) => v.start <= start && start < v.end);
  // A date a plan was moved from may lie either side of the article: "now in January rather than November".
  return value ? dateChangedFrom(text, value, article.published, 'nearest') : null;
}

/**
 * The date a sentence tells a change from, where it tells `value` as what the change led to: May in
 * "originally promised for May, will now open in August", or in "pushed back from May to August".
 */
function dateChangedFrom(
  sentence: string,
  value: AnswerValue,
  published: string | null,
  tense: Tense,
): { iso: string; through: string | null } | null {
  const dates = findValues(sentence, 'date');
  const now = currentValues(sentence, dates);
  if (!now.some((d) => d.start === value.start)) return null;
  const was = dates.find((d) => !now.includes(d));
  const read = was && readDates(was.text, published, { tenseAt: () => tense })[0];
  return read?.iso ? { iso: read.iso, through: read.through } : null;
}

/** "from X to" before a value: X, however its figure is written. */
const FROM_TO = new RegExp(String.raw`\bfrom\s+(${WITHIN_CLAUSE})\s+to\s+$`, 'i');

/**
 * ", up from X" closing a value's clause, with no other figure or joined clause between: "about 1.9 million
 * households will now be subject to rationing, up from 1.2 million".
 */
const UP_FROM_LATER = new RegExp(String.raw`^(?:(?!\s${JOINING}\s)[^\d;])*?,\s*(?:up|down)\s+from\s+`, 'i');

/**
 * The value a change in the sentence started from: "£5.1 million, up from £4.2 million"; "from 40 to 55";
 * "down to 104 from 112".
 */
function changedFrom(sentence: string, value: Span): Range | null {
  const rest = sentence.slice(value.end);
  const up = /^\s*,?\s*(?:up|down)\s+from\s+/i.exec(rest) ?? UP_FROM_LATER.exec(rest);
  const before = beforeQualifier(sentence.slice(0, value.start));
  const from = FROM_TO.exec(before);
  const back = /\bto\s+$/i.test(before) ? FROM_AFTER.exec(rest) : null;
  const upOrBack = up ?? back;
  const printed = upOrBack
    ? rest.slice(upOrBack[0].length).split(/[,;.]\s|\s+(?:because|as|after|in|for)\s/)[0]
    : from?.[1];
  return printed ? (readQuantity(printed.trim())?.range ?? null) : null;
}
