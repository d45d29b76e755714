import { type Article, sentenceText } from '../corpus/article.js';
import { fold } from '../corpus/fold.js';
import { type IsoRange, readDateRange } from '../extract/dateRange.js';
import type { Precision, Qualifier } from '../extract/dates.js';
import type { TimelineEvent } from '../extract/events.js';
import { type Lexicon, sentenceFrequency } from '../index/lexicon.js';
import { tokenize } from '../lexicon/terms.js';
import type { SentenceSearch } from '../retrieve/hits.js';
import { isQuestion } from '../retrieve/question.js';
import { cite } from './cite.js';
import { type Claim, conflictsAmong, dateChangedAt } from './claims.js';
import { KeptPerVersion } from './keptPerVersion.js';
import type { Answer, Conflict, Item } from './schema.js';

/**
 * What `/timeline` reads: the articles, their dated events and the sentence frequencies of their words (both
 * built with the index), and the sentence search.
 */
export interface TimelineInput {
  articles: readonly Article[];
  /** Events of each article, by file name. */
  events: ReadonlyMap<string, TimelineEvent[]>;
  /** Sentences in all and sentences holding each term: what weighs the words near a date. */
  lexicon: Pick<Lexicon, 'sentences' | 'sentenceDf'>;
  search: SentenceSearch;
  /**
   * Changes whenever the articles or their events do (`CorpusIndex.version`): a timeline without a topic is
   * kept per events map and version, so only the first one after a change is made.
   */
  version: number;
}

/** Bounds of `--from` / `--to`: ISO ("2024", "2024-03", "2024-03-26") or words chrono reads ("March 2024"). */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface TimelineOptions {
  /** Items of an answer at most, oldest first. Default: 100; `--from` / `--to` narrow a longer story. */
  maxItems: number;
  /**
   * Events a topic keeps at most, the best-matching ones, before they are put in date order. Default: 6: a
   * topic's timeline shows the few events most about it (the eval reads the first five items), not every
   * sentence that names it.
   */
  maxTopicEvents: number;
  /**
   * Least share of the topic's terms a sentence must hold to count as about it. Default: 0.25, measured on
   * both dev sets: at 0.45 a question worded unlike its article ("knocked down" for "the
   * demolition") found no event; under 0.25 nothing more was found.
   */
  minCoverage: number;
  /** Sentence hits asked of the search. Default: 60. */
  searchLimit: number;
  /**
   * Weighted overlap of the things two events of one period date, from which they are one item with several
   * citations. Default: 0.08: on both dev sets the pairs above it tell one event (one happening told by three
   * articles) and the pairs under it different ones of the same period. A question's answering events of
   * one period are one item whatever their overlap.
   */
  sameThing: number;
  /**
   * The same overlap, on lower-case words only (names date everything in a story), from which two items
   * dated apart are one thing dated differently: a conflict. Default: 0.25: on both dev sets only one pair
   * reaches it, a project's completion that two sources date years apart; unrelated pairs stay under 0.2.
   */
  sameThingDatedApart: number;
}

export const defaultTimelineOptions: TimelineOptions = {
  maxItems: 100,
  maxTopicEvents: 6,
  minCoverage: 0.25,
  searchLimit: 60,
  sameThing: 0.08,
  sameThingDatedApart: 0.25,
};

/** An event with where it is from and how well it matches the topic (0 for a bare timeline). */
interface Found {
  article: Article;
  event: TimelineEvent;
  score: number;
}

/** Events that tell one event: one item. */
interface Group {
  members: Found[];
}

/** A term's weight (see `termWeight`). */
type Weigh = (term: string) => number;

/** Words that ask for a timeline rather than name its subject. */
const TIMELINE_WORDS =
  /\b(?:milestones?|timelines?|chronology|key (?:dates|moments|events)|dates|events|history)\b/gi;

/**
 * Every dated event in date order, or those about `query` (a topic or a question) — still in date order.
 * Events told by several articles are one item with several citations; one thing dated differently is a
 * conflict. Undated events (relative to an unknown publication date) come last, listed apart.
 */
export function timeline(
  input: TimelineInput,
  query: string,
  range: DateRange = {},
  options: Partial<TimelineOptions> = {},
): Answer {
  const o: TimelineOptions = { ...defaultTimelineOptions, ...options };
  const bounds = readDateRange(range);
  // Words that only ask for a timeline ("milestones", "timeline") leave the subject; none left is a bare timeline.
  const subject = query.replace(TIMELINE_WORDS, ' ').replace(/\s+/g, ' ').trim();
  const make = (): Listed => {
    const weigh = termWeight(input.lexicon);
    const tense = questionTense(query);
    const found = subject ? aboutTopic(input, subject, tense, o) : allEvents(input);
    // The sentences answering a question tell one thing, however each words it: those giving one date are one
    // item, so the dates in the answer are the ones in dispute, not one date per wording.
    const kept = firstGroups(
      found.filter((c) => inRange(c.event, bounds)),
      weigh,
      isQuestion(query) ? 0 : o.sameThing,
      o.maxItems,
    );
    const items = kept.map(itemOf);
    // A question asking when something is planned asks of one thing: every plan that answers it dates it.
    const threshold = tense === 'future' && isQuestion(query) ? 0 : o.sameThingDatedApart;
    return { items, conflicts: conflictsOf(kept, items, weigh, threshold, subject) };
  };
  const { items, conflicts } = subject
    ? make()
    : BARE.get(input.events, input.version, `${bounds.from}|${bounds.to}|${JSON.stringify(o)}`, make);
  return {
    command: 'timeline',
    query,
    status: items.length ? 'answered' : 'not_found',
    items: [...items],
    conflicts: [...conflicts],
  };
}

/** The items of an answer and their conflicts. */
interface Listed {
  items: Item[];
  conflicts: Conflict[];
}

/**
 * Bare timelines (no topic) already made, per events map, for one version of the index, by bounds and
 * options; at most 16 per version, one a range asked. A bare timeline reads every event of the corpus
 * (70,000 at 10,000 articles, 0.5–1 s to make), and its answer changes only with the articles.
 */
const BARE = new KeptPerVersion<Listed>(16);

/** Every event of the corpus, in article order. */
function allEvents(input: TimelineInput): Found[] {
  const all: Found[] = [];
  for (const article of input.articles) {
    for (const event of input.events.get(article.file) ?? []) all.push({ article, event, score: 0 });
  }
  return all;
}

/**
 * Events whose sentence the search finds about the subject (a topic or a question), best first, then those
 * with the subject's words nearest their date; at most `maxTopicEvents`. When the search finds nothing,
 * plain term overlap stands in. Of a sentence's dates, the one with the subject's words near it dates what
 * is asked ("On Friday officials said the line will open in 2035": the opening is 2035).
 * A question in the past ("When did …") is not answered by a plan; one in the future ("When will …") by
 * plans where there are any, else by what has since happened.
 */
function aboutTopic(
  input: TimelineInput,
  subject: string,
  tense: 'past' | 'future' | null,
  o: TimelineOptions,
): Found[] {
  const hits = input.search(subject, o.searchLimit);
  const scores = new Map<string, number>();
  // A question is answered by the sentences the ranking model takes to answer it, and not by one that only
  // names its subject ("When did the old bridge open?"): one holding a word of the question's own, or, where
  // none does, a synonym of one ("resigned" for "When did Hollis step down?"). A topic is answered by the
  // sentences holding enough of its words.
  const ownWords = hits.some((h) => h.answers && h.beyondNames);
  for (const hit of hits) {
    const key = `${hit.file}#${hit.sentence}`;
    const answers = hit.answers && (ownWords ? hit.beyondNames : hit.meantBeyondNames);
    if (tense === null ? hit.coverage >= o.minCoverage : answers)
      scores.set(key, Math.max(hit.score, scores.get(key) ?? 0));
  }
  const wanted = subjectTerms(subject);
  const scored: Found[] = [];
  const add = (article: Article, score: (e: TimelineEvent) => number) => {
    for (const event of input.events.get(article.file) ?? []) {
      const s = score(event);
      if (s > 0) scored.push({ article, event, score: s });
    }
  };
  if (hits.length) {
    // Only the articles of the sentences found can score; visited in article order, as the items' order needs.
    const files = new Set([...scores.keys()].map((key) => key.slice(0, key.lastIndexOf('#'))));
    for (const article of input.articles) {
      if (files.has(article.file)) add(article, (e) => scores.get(`${article.file}#${e.sentence}`) ?? 0);
    }
  } else if (tense === null && canOverlap(input.lexicon, wanted, o.minCoverage)) {
    // A question the search leaves unanswered (it names what no article names) gets no stand-in.
    for (const article of input.articles) add(article, (e) => overlap(wanted, article, e, o.minCoverage));
  }
  let found = datesOfTheTopic(scored, wanted);
  if (tense === 'past') found = found.filter((c) => !c.event.planned);
  if (tense === 'future' && found.some((c) => c.event.planned)) found = found.filter((c) => c.event.planned);

  found.sort((a, b) => b.score - a.score || near(wanted, b) - near(wanted, a));
  return found.slice(0, o.maxTopicEvents);
}

/**
 * Of the events of one sentence, those whose date has the most of the subject's words near it (in the words
 * read as the thing it dates). Where no date has any (the search matched a synonym), all are kept.
 */
function datesOfTheTopic(found: Found[], wanted: Set<string>): Found[] {
  const bySentence = new Map<string, Found[]>();
  for (const c of found) {
    const key = `${c.article.file}#${c.event.sentence}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), c]);
  }
  return [...bySentence.values()].flatMap((events) => {
    const most = Math.max(...events.map((c) => near(wanted, c)));
    return events.filter((c) => near(wanted, c) === most);
  });
}

/** How many of the subject's terms stand near an event's date. */
function near(wanted: Set<string>, c: Found): number {
  let n = 0;
  for (const t of wanted) if (c.event.thing.includes(t)) n++;
  return n;
}

/** Words that make a subject a question; they say what is asked, not what about. */
const QUESTION_WORDS =
  /\b(?:when|what|which|who|whom|whose|where|why|how|will|would|shall|did|does|do|is|are|was|were|be|been|has|have|had|able|happen(?:ed)?)\b/gi;

function subjectTerms(subject: string): Set<string> {
  return new Set(tokenize(subject.replace(QUESTION_WORDS, ' ')).map((t) => t.term));
}

/**
 * Whether any sentence can hold `min` of the subject's terms: as many of them must occur in the corpus. A
 * subject the articles lack is told at once, without reading every dated sentence (a second at 1,000 articles).
 */
function canOverlap(lexicon: TimelineInput['lexicon'], wanted: Set<string>, min: number): boolean {
  if (!wanted.size) return false;
  let n = 0;
  for (const t of wanted) if (sentenceFrequency(lexicon, t) > 0) n++;
  return n / wanted.size >= min;
}

/** Share of the subject's terms an event's sentence holds, as the search's coverage without weights or synonyms; 0 under `min`. */
function overlap(wanted: Set<string>, article: Article, event: TimelineEvent, min: number): number {
  if (!wanted.size) return 0;
  const held = new Set(tokenize(sentenceText(article, event.sentence)).map((t) => t.term));
  let n = 0;
  for (const t of wanted) if (held.has(t)) n++;
  return n / wanted.size >= min ? n / wanted.size : 0;
}

/** A plan told in the past: "was expected to", "were supposed to", "had been due by" (not "due to" a cause). */
const PLANNED_THEN =
  /\b(?:was|were|had been)\b.*\b(?:(?:expected|scheduled|set|planned|supposed|meant|slated|intended)\s+(?:to|for|by|in|on)|due\s+(?:for|by|in|on))\b/;

/** Whether a question asks what happened or what is planned, from its first tense word; null for a topic. */
function questionTense(query: string): 'past' | 'future' | null {
  const folded = fold(query);
  // An aim is a plan, whatever the tense it is asked in: "By what date did they want it done?"
  const future = folded.search(
    /\b(will|shall|going to|expected|scheduled|due|set to|planned|plans?|want(?:ed|s)?|aim(?:ed|s)?|intend(?:ed|s)?|by what date|deadline)\b/,
  );
  const past = folded.search(/\b(did|was|were|had|has been|have been|happened|began|started|ended)\b/);
  // "When were the engineers expected to finish?" asks for the date they were expected to: a plan then.
  if (PLANNED_THEN.test(folded)) return 'future';
  if (future < 0 && past < 0) return null;
  if (past < 0) return 'future';
  if (future < 0) return 'past';
  return future < past ? 'future' : 'past';
}

/** Whether an event's period meets [from, to]; undated events lie outside any bound. */
function inRange(event: TimelineEvent, bounds: IsoRange): boolean {
  if (!bounds.from && !bounds.to) return true;
  if (!event.date) return false;
  const last = event.through ?? event.date;
  return (
    (!bounds.from || comparePeriods(last, bounds.from) >= 0) &&
    (!bounds.to || comparePeriods(event.date, bounds.to) <= 0)
  );
}

/** Order of two ISO periods, equal where one holds the other ("2024" and "2024-03"). */
function comparePeriods(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}

/**
 * Weight of a term near a date, its inverse sentence frequency: words a whole story repeats tell little about
 * which thing is meant. 0 for a term no sentence holds.
 */
function termWeight(lexicon: TimelineInput['lexicon']): Weigh {
  const n = lexicon.sentences;
  const memo = new Map<string, number>();
  return (term) => {
    let w = memo.get(term);
    if (w === undefined) {
      const d = sentenceFrequency(lexicon, term);
      w = d > 0 ? Math.log((n + 1) / d) : 0;
      memo.set(term, w);
    }
    return w;
  };
}

/**
 * Weighted Jaccard overlap of two term lists (each term once), summed in the order of their union: `a`'s
 * terms, then `b`'s others.
 */
function similarity(a: readonly string[], b: readonly string[], weigh: Weigh): number {
  let shared = 0;
  let all = 0;
  for (const t of a) {
    const w = weigh(t);
    all += w;
    if (b.includes(t)) shared += w;
  }
  for (const t of b) if (!a.includes(t)) all += weigh(t);
  return all > 0 ? shared / all : 0;
}

/**
 * Events of one period (same date, both plans or both happenings) that date the same thing join one item,
 * linked pair by pair so the order events come in does not matter. Undated events join only an identical
 * telling, since their periods are unknown. Each item lists its best-matching event first.
 */
function groupPeriod(events: Found[], weigh: Weigh, sameThing: number): Group[] {
  const root = linkSameThing(events, weigh, (events[0] as Found).event.date ? sameThing : 1);
  const byRoot = new Map<number, Group>();
  events.forEach((c, i) => {
    const r = root(i);
    const g = byRoot.get(r);
    if (g) g.members.push(c);
    else byRoot.set(r, { members: [c] });
  });
  return [...byRoot.values()];
}

/**
 * Links the events of one period that come from one sentence, or whose things are at least `needed`
 * similar; returns each event's root (events of one root are one item). Which pairs link is that of comparing
 * every pair, but only pairs that can reach `needed` are compared (`similarCandidates`): a period held 6,000
 * events at 10,000 articles, 18 million pairs and 35 s compared all.
 */
function linkSameThing(events: Found[], weigh: Weigh, needed: number): (i: number) => number {
  const parent = events.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const link = (i: number, j: number) => {
    parent[root(j)] = root(i);
  };
  const bySentence = new Map<string, number>();
  events.forEach((c, i) => {
    const key = `${c.article.file}#${c.event.sentence}`;
    const first = bySentence.get(key);
    if (first === undefined) bySentence.set(key, i);
    else link(first, i);
  });
  if (events.length < 2) return root;
  if (needed <= 0) {
    // Every pair is similar enough.
    for (let i = 1; i < events.length; i++) link(0, i);
    return root;
  }
  const things = events.map((c) => c.event.thing);
  similarCandidates(things, weigh, needed, (j, i) => {
    if (root(i) !== root(j) && similarity(things[j] as string[], things[i] as string[], weigh) >= needed)
      link(j, i);
  });
  return root;
}

/** Relative slack on similarity bounds, so that rounding never prunes a pair the similarity itself would reach. */
const SLACK = 1 - 1e-9;

/**
 * Calls `visit(j, i)`, j < i, for every pair of term lists that may be at least `needed` (> 0) similar, and
 * for few others: weighted prefix filtering, as set-similarity joins do. With terms in one order, heaviest
 * first, a pair whose shared weight reaches `needed` of either's total shares a term among each one's first
 * terms (its prefix: those up to where what is left weighs less than that), and at the first term they share,
 * neither's remaining weight is under it.
 */
function similarCandidates(
  things: readonly (readonly string[])[],
  weigh: Weigh,
  needed: number,
  visit: (j: number, i: number) => void,
): void {
  const sets = things.map((thing) => heaviestFirst(thing, weigh));
  // Per term, the lists holding it in their prefix, as pairs: list, position of the term in it.
  const holders = new Map<string, number[]>();
  const seen = things.map(() => -1);
  sets.forEach((x, i) => {
    const floor = needed * x.total * SLACK;
    for (let k = 0; k < x.terms.length && (x.rest[k] as number) >= floor; k++) {
      const term = x.terms[k] as string;
      const list = holders.get(term);
      for (let h = 0; list && h < list.length; h += 2) {
        const j = list[h] as number;
        if (seen[j] === i) continue;
        seen[j] = i;
        const y = sets[j] as WeighedTerms;
        const most = Math.min(x.rest[k] as number, y.rest[list[h + 1] as number] as number);
        if (most >= needed * Math.max(x.total, y.total) * SLACK) visit(j, i);
      }
      if (list) list.push(i, k);
      else holders.set(term, [i, k]);
    }
  });
}

/** A thing's terms of positive weight, heaviest first (ties by term), with the weight from each one on. */
interface WeighedTerms {
  terms: string[];
  /** `rest[k]`: the weight of `terms[k]` and all after it. */
  rest: number[];
  total: number;
}

function heaviestFirst(thing: readonly string[], weigh: Weigh): WeighedTerms {
  const weighed = thing
    .map((term) => ({ term, w: weigh(term) }))
    .filter((t) => t.w > 0)
    .sort((a, b) => b.w - a.w || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const rest = new Array<number>(weighed.length);
  let sum = 0;
  for (let k = weighed.length - 1; k >= 0; k--) {
    sum += (weighed[k] as { w: number }).w;
    rest[k] = sum;
  }
  return { terms: weighed.map((t) => t.term), rest, total: sum };
}

/** Where in its period a qualifier puts a date, for ordering: "late 2019" after "March 2019". */
const PLACE_IN_YEAR: Partial<Record<Qualifier, string>> = {
  early: '-01',
  start: '-01',
  spring: '-04',
  mid: '-06',
  summer: '-07',
  autumn: '-10',
  late: '-12',
  end: '-12',
  winter: '-12',
};
const PLACE_IN_MONTH: Partial<Record<Qualifier, string>> = {
  early: '-01',
  start: '-01',
  mid: '-15',
  late: '-28',
  end: '-28',
};

function sortKey(date: string, precision: Precision, qualifier: Qualifier | null): string {
  if (!qualifier) return date;
  if (precision === 'year') return date + (PLACE_IN_YEAR[qualifier] ?? '');
  if (precision === 'month') return date + (PLACE_IN_MONTH[qualifier] ?? '');
  return date;
}

/** Where an item stands in the timeline: its first event's sort key (null when undated) and whether it is a plan. */
interface Place {
  key: string | null;
  planned: boolean;
}

function placeOf(e: TimelineEvent): Place {
  return { key: e.date && sortKey(e.date, e.precision, e.qualifier), planned: e.planned };
}

/** `localeCompare`'s order (a collator with the same defaults), without a collator made per call. */
const collate = new Intl.Collator().compare;

/** Dated items by date (happenings before plans of the same period), then undated ones in article order. */
function comparePlaces(a: Place, b: Place): number {
  if (a.key === null || b.key === null) return a.key !== null ? -1 : b.key !== null ? 1 : 0;
  return collate(a.key, b.key) || Number(a.planned) - Number(b.planned);
}

/** A place and, for ties, the order of coming of its period and of its item in the period. */
interface Rank extends Place {
  period: number;
  order: number;
}

interface Ranked extends Rank {
  group: Group;
}

function compareRanked(a: Rank, b: Rank): number {
  return comparePlaces(a, b) || a.period - b.period || a.order - b.order;
}

/**
 * The first `max` items in timeline order (ties in the order their events come: periods, then items of a
 * period): the events grouped period by period (`groupPeriod`), best-matching first. A period is grouped
 * only if its earliest-placed event could still stand among the first `max`: a bare timeline at 10,000
 * articles has 20,000 items in 10,000 periods, and shows 100.
 */
function firstGroups(found: Found[], weigh: Weigh, sameThing: number, max: number): Group[] {
  const periods = new Map<string, Found[]>();
  for (const c of [...found].sort((a, b) => b.score - a.score)) {
    const key = `${c.event.date}|${c.event.planned}`;
    const events = periods.get(key);
    if (events) events.push(c);
    else periods.set(key, [c]);
  }
  // Each period at the place of its earliest-placed event: none of its items stands before it.
  const earliest = [...periods.values()].map((events, period) => {
    let place = placeOf((events[0] as Found).event);
    for (const c of events) {
      const p = placeOf(c.event);
      if (comparePlaces(p, place) < 0) place = p;
    }
    return { ...place, events, period, order: 0 };
  });
  earliest.sort((a, b) => comparePlaces(a, b) || a.period - b.period);
  const first: Ranked[] = [];
  for (const bound of earliest) {
    const last = first[first.length - 1];
    if (first.length >= max && (!last || compareRanked(bound, last) > 0)) break;
    groupPeriod(bound.events, weigh, sameThing).forEach((group, order) => {
      insertRanked(
        first,
        { ...placeOf((group.members[0] as Found).event), group, period: bound.period, order },
        max,
      );
    });
  }
  return first.map((r) => r.group);
}

/** Inserts into a ranked list kept at `max` at most, after every entry not later than it. */
function insertRanked(list: Ranked[], r: Ranked, max: number): void {
  const last = list[list.length - 1];
  if (list.length >= max && (!last || compareRanked(r, last) >= 0)) return;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareRanked(r, list[mid] as Ranked) < 0) hi = mid;
    else lo = mid + 1;
  }
  list.splice(lo, 0, r);
  if (list.length > max) list.pop();
}

function itemOf(group: Group): Item {
  const head = group.members[0] as Found;
  const seen = new Set<string>();
  const citations = group.members.flatMap((m) => {
    const key = `${m.article.file}#${m.event.sentence}`;
    const span = m.article.sentences[m.event.sentence];
    if (seen.has(key) || !span) return [];
    seen.add(key);
    return [cite(m.article, span)];
  });
  const e = head.event;
  return {
    text: sentenceText(head.article, e.sentence).replace(/\s+/g, ' '),
    date: e.date,
    precision: e.precision,
    planned: e.planned,
    qualifier: e.qualifier,
    // The date as the article words it ("late 2019", "Friday"): what an undated item still tells.
    when: e.mentions.map((m) => head.article.text.slice(m.start, m.end)).join(', '),
    ...(e.through ? { through: e.through } : {}),
    citations,
  };
}

/**
 * One thing dated apart by two articles: groups of one story's words (their lower-case words overlapping at
 * least `threshold`) and different dates are put to the claims module, which decides whether the dates
 * disagree (a date holding the other, "2027" and "September 2027", does not).
 */
function conflictsOf(
  groups: Group[],
  items: Item[],
  weigh: Weigh,
  threshold: number,
  subject: string,
): Conflict[] {
  const similar = similarGroups(groups, weigh, threshold);
  const candidates: [number, number][] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      if (datedApart(groups[i] as Group, groups[j] as Group) && similar(i, j)) candidates.push([i, j]);
    }
  }
  const claims = items.map((item, i): Claim | null => {
    const citation = item.citations[0];
    const first = groups[i]?.members[0];
    if (!item.date || !citation || !first) return null;
    const printed = typeof item.when === 'string' ? item.when : item.date;
    const at = first.event.mentions[0];
    // "now expected in January rather than November" revises the November another item gives.
    const was = at ? dateChangedAt(first.article, first.event.sentence, at) : null;
    return {
      // An event's date is when it happened, never the start of a span.
      value: { kind: 'date', printed, iso: item.date, through: null, since: false, was },
      what: null,
      holder: null,
      place: null,
      period: null,
      present: false,
      source: null,
      article: citation.file,
      published: citation.published,
    };
  });
  return conflictsAmong(
    claims,
    (members) => subject || headline(items[members[0] as number]?.text ?? ''),
    {},
    candidates,
  );
}

/** Whether two items are both plans or both happenings, dated in periods that do not overlap. */
function datedApart(a: Group, b: Group): boolean {
  const ea = (a.members[0] as Found).event;
  const eb = (b.members[0] as Found).event;
  return !!ea.date && !!eb.date && ea.planned === eb.planned && comparePeriods(ea.date, eb.date) !== 0;
}

/**
 * Whether groups i < j have members from different sentences whose lower-case things are at least
 * `threshold` similar. The members of all groups are joined at once (`similarCandidates`): the groups of a
 * bare timeline at 10,000 articles hold thousands of tellings, too many to compare group by group.
 */
function similarGroups(groups: Group[], weigh: Weigh, threshold: number): (i: number, j: number) => boolean {
  // As the best of no pair (all from one sentence) is 0.
  if (threshold <= 0) return () => true;
  const members = groups.flatMap((g, group) => g.members.map((m) => ({ m, group })));
  const things = members.map((x) => x.m.event.plainThing);
  const found = new Set<number>();
  const key = (i: number, j: number) => i * groups.length + j;
  similarCandidates(things, weigh, threshold, (a, b) => {
    const x = members[a] as { m: Found; group: number };
    const y = members[b] as { m: Found; group: number };
    if (x.group === y.group || (x.m.article === y.m.article && x.m.event.sentence === y.m.event.sentence))
      return;
    // Members of the earlier group first, as the pair is read.
    const [p, q] = x.group < y.group ? [x, y] : [y, x];
    if (found.has(key(p.group, q.group))) return;
    if (!datedApart(groups[p.group] as Group, groups[q.group] as Group)) return;
    if (similarity(p.m.event.plainThing, q.m.event.plainThing, weigh) >= threshold)
      found.add(key(p.group, q.group));
  });
  return (i, j) => found.has(key(i, j));
}

/** What a conflict is about without a topic: the earliest item's text, cut at a word. */
function headline(text: string, chars = 70): string {
  if (text.length <= chars) return text;
  return `${text.slice(0, text.lastIndexOf(' ', chars)).replace(/[,;:]$/, '')}…`;
}
