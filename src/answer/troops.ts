import type { Article } from '../corpus/article.js';
import { fold } from '../corpus/fold.js';
import { periodOf } from '../extract/claimSlots.js';
import { rangeOf } from '../extract/quantities.js';
import type { FigureRecord, TroopFigure } from '../extract/troopFigures.js';
import { terms, tokenize } from '../lexicon/terms.js';
import type { SentenceHit, SentenceSearch } from '../retrieve/hits.js';
import { isQuestion } from '../retrieve/question.js';
import { cite } from './cite.js';
import { type Claim, conflictsAmong, holdersNamed, placeAsked } from './claims.js';
import { KeptPerVersion } from './keptPerVersion.js';
import type { Answer, Item } from './schema.js';

/**
 * /troops: every troop figure the articles give, grouped by place, newest article first within a place.
 * A place ("Tapa") or a question narrows the list. Figures that disagree on one claim (one force, one
 * place, one period; `claims.ts`) are put side by side in `conflicts`, each with who gives it: a fact check
 * shows the disagreement, it never picks a number.
 */

export interface TroopsInput {
  articles: readonly Article[];
  /** Troop figures per article file, from `extractFigures` at index build. */
  figures: ReadonlyMap<string, readonly FigureRecord[]>;
  search: SentenceSearch;
  /**
   * Changes whenever the articles or their figures do (`CorpusIndex.version`): the bare listing is kept per
   * figures map and version, so only the first one after a change is made.
   */
  version: number;
}

export interface TroopsOptions {
  /** Sentences searched when the query names no place or unit the figures carry. Default 50. */
  searchLimit: number;
}

const DEFAULT_OPTIONS: TroopsOptions = { searchLimit: 50 };

/** Question words that say "troop figures" and nothing about which: "how many troops are there now?". */
const GENERIC = new Set(
  terms(
    'how many much number numbers figure figures count size troop troops soldiers forces personnel presence level levels there deployed stationed currently now total',
  ),
);

/**
 * Personnel nouns that count a state's whole force, and so one body when comparing figures. A branch
 * ("marines", "guardsmen", "reservists") is a part of it: 7,000 guardsmen and 1,000 soldiers are two bodies.
 */
const STATE_TROOPS = new Set(['troops', 'soldiers', 'personnel', 'forces', 'service members']);

/**
 * What a query is matched on and grouped by, read once per figure: tokenizing every figure's place and
 * description for every query was 0.7 of 1.07 s of /troops at 1,000 articles (bench, issue 6).
 */
interface FigureTerms {
  /** The place's terms. */
  place: string[];
  /** The terms of its force, unit, time and source. */
  described: string[];
  /** The place folded: the figure's group; '' when it has none. */
  placeKey: string;
}

/** By figure object: a changed article's figures are replaced, never edited (`updateIndex`), so no entry goes stale. */
const figureTerms = new WeakMap<TroopFigure, FigureTerms>();

function termsOf(f: TroopFigure): FigureTerms {
  let read = figureTerms.get(f);
  if (!read) {
    read = {
      place: f.place ? terms(f.place) : [],
      described: terms([f.force, f.unit, f.when, f.attribution].filter(Boolean).join(' ')),
      placeKey: f.place ? fold(f.place) : '',
    };
    figureTerms.set(f, read);
  }
  return read;
}

interface Found {
  article: Article;
  record: FigureRecord;
  /** Rank of the article's date, newest first; and of the query hit, best first. */
  score: number;
}

/**
 * Bare listings already made, per figures map, for one version of the index. A bare /troops compares every
 * figure of the corpus (4,111 at 10,000 articles, 0.5–0.9 s), and its answer changes only with the articles.
 */
const BARE = new KeptPerVersion<Answer>(1);

export function troops(input: TroopsInput, query: string, options: Partial<TroopsOptions> = {}): Answer {
  if (query.trim()) return troopsOf(input, query, options);
  const kept = BARE.get(input.figures, input.version, '', () => troopsOf(input, query, options));
  return { ...kept, items: [...kept.items], conflicts: [...kept.conflicts] };
}

function troopsOf(input: TroopsInput, query: string, options: Partial<TroopsOptions>): Answer {
  const o = { ...DEFAULT_OPTIONS, ...options };
  const all: Found[] = input.articles.flatMap((article) =>
    (input.figures.get(article.file) ?? []).map((record) => ({ article, record, score: 0 })),
  );
  // A question is answered as /ask answers it: the figures of the sentences holding its words, best first. A
  // place or a unit lists its figures by place.
  const asked = isQuestion(query);
  const chosen = asked ? answering(input, all, query, o) : select(input, all, query, o);
  const items = itemsOf(input, asked ? chosen : groupByPlace(chosen));
  const place = asked ? placeAsked(query) : null;
  return {
    command: 'troops',
    query,
    status: items.length ? 'answered' : 'not_found',
    items: items.map((i) => i.item),
    conflicts: conflictsAmong(
      items.map((item) => claimOf(item, place)),
      (at) => aboutOf(items, at, place),
    ),
  };
}

/**
 * The figures a query asks for: bare, all of them; else those whose place names a word of the query;
 * else those whose force, unit, time or source does; else those in the sentences a search finds.
 */
function select(input: TroopsInput, all: Found[], query: string, o: TroopsOptions): Found[] {
  const asked = new Set(terms(query).filter((t) => !GENERIC.has(t)));
  if (!query.trim() || !asked.size) return all;
  const naming = (read: readonly string[]) => read.filter((t) => asked.has(t)).length;
  const byPlace = all.filter((f) => naming(termsOf(f.record.figure).place) > 0);
  if (byPlace.length) return byPlace;
  // Force, unit, time and source: the figures that name the most of the query's words ("local officials").
  const described = all.map((found) => ({ found, n: naming(termsOf(found.record.figure).described) }));
  const most = Math.max(0, ...described.map((d) => d.n));
  if (most > 0) return described.filter((d) => d.n === most).map((d) => d.found);
  return inHits(all, input.search(query, o.searchLimit));
}

/**
 * The figures answering a question, as /ask answers it: those of the sentences holding its words, best
 * first, and of the sentences holding only its names where the figure is of the force it names ("Valdoria,
 * the largest contributor, has about 2,500 troops in Tessaly" answers "How many soldiers does Valdoria
 * have in Tessaly?", whatever word it has for soldiers; a figure only of a place it names may be another
 * force's, or a part of the one asked about). The force the question names comes first,
 * then figures whose force is unsaid, then other forces'; within each, a place it names (a name: "Mali",
 * not "camps") first.
 */
function answering(input: TroopsInput, all: Found[], query: string, o: TroopsOptions): Found[] {
  const hits = input.search(query, o.searchLimit);
  const namesOnly = new Set(hits.filter((h) => !h.beyondNames).map((h) => `${h.file}#${h.sentence}`));
  const capitalised = new Set(
    tokenize(query)
      .filter((t) => t.capitalised)
      .map((t) => t.term),
  );
  const placeNamed = (f: Found) => termsOf(f.record.figure).place.some((t) => capitalised.has(t));
  const named = holdersNamed(query);
  const forceNamed = (f: Found) => f.record.figure.force !== null && named(f.record.figure.force);
  const ranked = inHits(all, hits)
    .filter((f) => !namesOnly.has(`${f.article.file}#${f.record.sentence}`) || forceNamed(f))
    .map((f) => ({
      f,
      rank: (forceNamed(f) ? 0 : f.record.figure.force === null ? 1 : 2) * 2 + (placeNamed(f) ? 0 : 1),
    }));
  return ranked.sort((a, b) => a.rank - b.rank || b.f.score - a.f.score).map(({ f }) => f);
}

/** The figures in the sentences hit, each scored by its sentence's rank (the best hit highest). */
function inHits(all: Found[], hits: SentenceHit[]): Found[] {
  const rank = new Map<string, number>();
  hits.forEach((h, i) => {
    const at = `${h.file}#${h.sentence}`;
    if (!rank.has(at)) rank.set(at, i);
  });
  return all.flatMap((f) => {
    const hit = rank.get(`${f.article.file}#${f.record.sentence}`);
    return hit !== undefined ? [{ ...f, score: hits.length - hit }] : [];
  });
}

/**
 * Groups by place (the best search hit first, then the most figures, then the newest; figures with no
 * place last), and within a group newest article first, then in reading order, so a change's two ends
 * stay together.
 */
function groupByPlace(found: Found[]): Found[] {
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    const key = termsOf(f.record.figure).placeKey;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const ranked = [...groups.entries()].map(([key, g]) => ({
    key,
    g,
    best: Math.max(...g.map((f) => f.score)),
    newest:
      g
        .map((f) => f.article.published ?? '')
        .sort()
        .at(-1) ?? '',
  }));
  return ranked
    .sort(
      (a, b) =>
        Number(a.key === '') - Number(b.key === '') ||
        b.best - a.best ||
        b.g.length - a.g.length ||
        b.newest.localeCompare(a.newest) ||
        a.key.localeCompare(b.key),
    )
    .flatMap(({ g }) =>
      g.sort(
        (a, b) =>
          (b.article.published ?? '').localeCompare(a.article.published ?? '') ||
          a.article.file.localeCompare(b.article.file) ||
          a.record.sentence - b.record.sentence ||
          a.record.figure.start - b.record.figure.start,
      ),
    );
}

interface Built {
  item: Item;
  found: Found;
}

function itemsOf(input: TroopsInput, found: Found[]): Built[] {
  const byRecord = new Map(found.map((f) => [f.record, f]));
  const position = new Map(found.map((f, i) => [f, i]));
  return found.map((f) => {
    const figure = f.record.figure;
    const sentence = f.article.sentences[f.record.sentence];
    // `change.other` counts the sentence's figures as read; the other end may have been filtered out.
    const sameSentence = (input.figures.get(f.article.file) ?? []).filter(
      (r) => r.sentence === f.record.sentence,
    );
    const otherRecord = figure.change?.other != null ? sameSentence[figure.change.other] : undefined;
    const other = otherRecord ? byRecord.get(otherRecord) : undefined;
    return {
      found: f,
      item: {
        text: describe(figure, otherRecord?.figure ?? null),
        figure: figure.figure,
        value: figure.value,
        qualifier: figure.qualifier,
        unit: figure.unit,
        force: figure.force,
        place: figure.place,
        when:
          figure.when ??
          (figure.change ? (figure.change.end === 'to' ? 'after the change' : 'before the change') : null),
        attribution: figure.attribution,
        /** The other end of a change, as an index into `items` (null when it is not listed). */
        change: figure.change
          ? { end: figure.change.end, other: other ? (position.get(other) ?? null) : null }
          : null,
        citations: sentence ? [cite(f.article, sentence)] : [],
      },
    };
  });
}

function amount(f: TroopFigure): string {
  return f.qualifier ? `${f.qualifier} ${f.figure}` : f.figure;
}

/** One line: "about 4,200 British troops in Estonia (now; per defence sources)". */
function describe(f: TroopFigure, other: TroopFigure | null): string {
  const whose = f.force ? `${f.force} ` : '';
  const where = f.place ? ` in ${f.place}` : '';
  const notes = [
    f.when,
    f.attribution ? `per ${f.attribution}` : null,
    f.change?.end === 'from' && other ? `before a change to ${amount(other)}` : null,
    f.change?.end === 'to' && other ? `after a change from ${amount(other)}` : null,
    f.change?.end === 'by' ? 'the size of a change' : null,
  ].filter(Boolean);
  return `${amount(f)} ${whose}${f.unit}${where}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/**
 * A figure as a claim: a level of one body of troops (an armed group's fighters are their own body), of a
 * holder, a place and a period. Vague amounts, shares and sizes of a change are not levels; a figure with no
 * place, where the question fixes none either, is a level of no presence one can name, and is never compared.
 */
function claimOf({ found }: Built, askedPlace: string | null): Claim | null {
  const f = found.record.figure;
  const place = f.place ?? askedPlace;
  if (!place || f.value === null || f.share || f.change?.end === 'by') return null;
  return {
    value: {
      kind: 'quantity',
      printed: amount(f),
      unit: '',
      range: rangeOf(f.value, f.qualifier),
      was: null,
    },
    what: f.armedGroup || !STATE_TROOPS.has(f.unit) ? f.unit : 'troops',
    holder: f.force,
    place,
    // A force's size told with no time is its size when the article was written.
    period: periodOf(f.when, f.change?.end ?? null) ?? 'now',
    present: true,
    source: f.attribution,
    article: found.article.file,
    published: found.article.published,
  };
}

const PERIOD_WORDS: Record<string, string> = {
  before: ' before the change',
  after: ' after the change',
  planned: ' as planned',
};

/** "U.S. troops in Mali", "JNIM fighters in Niger after the change": what the figures of a conflict count. */
function aboutOf(built: readonly Built[], items: number[], askedPlace: string | null): string {
  const figures = items.map((i) => (built[i] as Built).found.record.figure);
  const first = figures[0] as TroopFigure;
  const place = figures.find((f) => f.place)?.place ?? askedPlace;
  const force = figures.find((f) => f.force)?.force;
  const period = figures.map((f) => periodOf(f.when, f.change?.end ?? null)).find(Boolean);
  const when = !period || period === 'now' ? '' : /^\d/.test(period) ? ` in ${period}` : PERIOD_WORDS[period];
  return `${force ? `${force} ` : ''}${first.armedGroup ? first.unit : 'troops'} in ${place}${when}`;
}
