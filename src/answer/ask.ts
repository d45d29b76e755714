import { type Article, sentenceText } from '../corpus/article.js';
import { type AnswerKind, findValues, PRECISE_KINDS, WHEN_KINDS } from '../extract/answerValues.js';
import { changeEndAt, currentValues } from '../extract/claimSlots.js';
import type { CorpusIndex } from '../index/buildIndex.js';
import { namesUnknown } from '../retrieve/namesUnknown.js';
import {
  defaultReadingOptions,
  type Question,
  type ReadingOptions,
  readQuestion,
} from '../retrieve/question.js';
import {
  defaultRankingOptions,
  type PlacedValue,
  type RankedSentence,
  type RankingOptions,
  rankSentences,
} from '../retrieve/rankSentences.js';
import { withAnswerLine } from './answerLine.js';
import { cite } from './cite.js';
import { askConflicts, repeats, type ValueInSentence, whereTold } from './claims.js';
import type { Answer, Conflict, Item } from './schema.js';

export interface AskOptions extends ReadingOptions, RankingOptions {
  /**
   * Items in an answer at most: the answer, then sources that confirm or contradict it, then (for a figure)
   * other answering sentences' figures. Default: 3.
   */
  maxItems: number;
  /** Citations of one claim at most (the same sentence told by several articles). Default: 2. */
  maxCitations: number;
  /** Nearest passages shown with a `not_found` answer. Default: 2. */
  nearest: number;
}

export const defaultAskOptions: AskOptions = {
  ...defaultReadingOptions,
  ...defaultRankingOptions,
  maxItems: 3,
  maxCitations: 2,
  nearest: 2,
};

/** Two sentences whose terms overlap this much (Jaccard) tell the same claim, where no figure or date tells them apart. */
const SAME_CLAIM = 0.5;

/** Answers a question from the index: the sentence that answers first, then others that confirm or contradict it. */
export function ask(index: CorpusIndex, query: string, options: Partial<AskOptions> = {}): Answer {
  const o: AskOptions = { ...defaultAskOptions, ...options };
  const question = readQuestion(query, index.lexicon, o);
  const ranked = rankSentences(index, question, o);
  const notFound = (): Answer => ({
    command: 'ask',
    query,
    status: 'not_found',
    items: distinctClaims(ranked, o.nearest).map((r) => ({ ...claim(r), nearest: true })),
    conflicts: [],
  });

  const precise = asksForFigure(question);
  const candidates = ranked.map((r) => toldWhereAsked(r, query)).filter((r) => mayAnswer(question, r));
  const answering = candidates.filter((r) => r.score >= o.model.threshold);
  const best = answering[0];
  if (!best || namesUnknown(index, question)) return notFound();

  const chosen: { item: Item; ranked: RankedSentence; value: PlacedValue | undefined }[] = [];
  const apart: RankedSentence[] = [];
  // A sentence telling a change ("originally promised for May, will now open in August") claims what it
  // changed to: the value it was is the same quantity, but not what the sentence says now.
  const asClaimed = (r: RankedSentence, v: PlacedValue): PlacedValue => {
    const sentence = sentenceText(r.article, r.sentence);
    const now = currentValues(sentence, r.values);
    if (!now.includes(v)) return now.find((n) => n.kind === v.kind) ?? v;
    // The end a change led to may stand apart from the noun it counts ("had fallen from 34 technicians in
    // 2021 to 22"): it tells what the value it changed from told.
    const led =
      changeEndAt(sentence, v) === 'from' &&
      findValues(sentence, v.kind).find((n) => n.start > v.start && changeEndAt(sentence, n) === 'to');
    return led ? { ...led, about: v.about, told: v.told } : v;
  };
  const answer = best.values[0] && asClaimed(best, best.values[0]);
  // A count is of the thing asked about only where the words telling it say more of it than the noun
  // counted: "killing at least 30 people" tells how many died, "2,000 people were evacuated" another count
  // of people, and so does "the team, which found nine people alive, …" however the sentence goes on. A
  // question naming no thing counted ("By how much did the Teslin hospital grow?") ties a count to it only
  // by a word other than a name: "22 of her 24 pupils", of a Teslin teacher, counts no part of a hospital.
  const focus = question.concepts.find((c) => c.focus)?.key;
  const words = new Set(question.concepts.filter((c) => !c.name).map((c) => c.key));
  const ofAsked = (v: PlacedValue) =>
    v.kind !== 'count' ||
    (focus ? v.told.some((c) => c !== focus) : !words.size || v.told.some((c) => words.has(c)));
  // The answer must pass the threshold; a source giving the same figure or date confirms or contradicts it
  // however weakly it matches the question on its own.
  for (const r of precise ? candidates : answering) {
    // After the answer come the sentences that confirm or contradict it: for a figure or a date, those
    // giving the same quantity (another "…-metre" beside "tanker", not a pier's).
    const comparable =
      answer !== undefined && ofAsked(answer) && r.values.some((v) => sameQuantity(v, answer) && ofAsked(v));
    if (chosen.length && precise && !comparable) {
      // Another date in an answering sentence dates another event (the announcement, not the end), where
      // another figure may be the same notion at another scope (a fund, a bill, a state's share).
      if (answer && !WHEN_KINDS.has(answer.kind) && r.values.some(ofAsked) && r.score >= o.model.threshold)
        apart.push(r);
      continue;
    }
    // A figure or a date makes one claim per value and thing: a source repeating it of the same thing
    // confirms it (a citation); one giving another value, or the same of another thing ("two victims
    // recovered", "two people rescued"), is an item of its own, however alike or unlike their wording.
    const match = precise && answer ? r.values.find((v) => sameQuantity(v, answer) && ofAsked(v)) : undefined;
    const value = match && asClaimed(r, match);
    const same = chosen.find((c) =>
      value && c.value
        ? repeats({ ...c.ranked, value: c.value }, { ...r, value }, query)
        : jaccard(c.ranked.terms, r.terms) >= SAME_CLAIM,
    );
    if (same) {
      const citations = same.item.citations;
      const file = r.article.file;
      if (citations.length < o.maxCitations && !citations.some((c) => c.file === file)) {
        citations.push(claim(r).citations[0] as Item['citations'][number]);
      }
      continue;
    }
    if (chosen.length >= o.maxItems) continue;
    chosen.push({ item: claim(r), ranked: r, value });
  }
  // Items left free show the other figures that answer (a fund's, a bill's, a state's share), each quoted:
  // the reader sees every figure in play, none set against the answer.
  for (const r of apart) {
    if (chosen.length >= o.maxItems) break;
    if (chosen.some((c) => jaccard(c.ranked.terms, r.terms) >= SAME_CLAIM)) continue;
    chosen.push({ item: claim(r), ranked: r, value: undefined });
  }
  if (precise && LATEST.test(query)) newestFirst(chosen);
  return withAnswerLine(
    question.kinds,
    {
      command: 'ask',
      query,
      status: 'answered',
      items: chosen.map((c) => c.item),
      conflicts: conflictsOf(
        chosen.map((c) => ({ ...c.ranked, value: c.value ?? null })),
        query,
      ),
    },
    {},
    chosen.map((c) => c.value),
  );
}

/** Words asking for a figure as it stands at the last report: "so far", "now", "the latest", "in the end". */
const LATEST = /\b(?:now|so far|to date|latest|currently|at last count|most recent|in the end)\b/i;

/**
 * The values of one quantity (the answer and the sources giving it another value) put newest first, each in
 * one of the slots they held: a question asking for the figure now is answered by the last report of it.
 */
function newestFirst(chosen: { ranked: RankedSentence; value: PlacedValue | undefined }[]): void {
  const slots = chosen.flatMap((c, i) => (c.value ? [i] : []));
  const byDate = slots
    .map((i) => chosen[i] as (typeof chosen)[number])
    .sort((a, b) => (b.ranked.article.published ?? '').localeCompare(a.ranked.article.published ?? ''));
  slots.forEach((slot, k) => {
    chosen[slot] = byDate[k] as (typeof chosen)[number];
  });
}

/** The question asks for a figure or a date. */
function asksForFigure(question: Question): boolean {
  return question.kinds.length > 0 && question.kinds.every((k) => COMPARABLE.has(k));
}

/**
 * Whether a sentence may answer a question at all: one asking for a figure or a date only by a sentence
 * that gives one, once those it places elsewhere than the question asks are left out (`toldWhereAsked`:
 * "1,200 troops in Kesh" does not say how many are in Arden). Training ranks every sentence giving a figure:
 * fitted without those placed elsewhere, the model lost a held-out case and gained none.
 */
function mayAnswer(question: Question, r: RankedSentence): boolean {
  return !asksForFigure(question) || r.values.length > 0;
}

/**
 * A sentence's values as they answer a question fixing a place: those placed elsewhere left out, those placed
 * where asked first ("540 homes: 390 in Hedra, 110 in Oskan" answers for Oskan with its 110).
 */
function toldWhereAsked(r: RankedSentence, query: string): RankedSentence {
  if (r.values.length === 0) return r;
  const placed = r.values.map((value) => ({ value, where: whereTold({ ...r, value }, query) }));
  if (placed.every((p) => p.where === 'unsaid')) return r;
  const told = (where: string) => placed.filter((p) => p.where === where).map((p) => p.value);
  return { ...r, values: [...told('there'), ...told('unsaid')] };
}

/** An item quoting one ranked sentence. */
function claim(r: RankedSentence): Item {
  const span = r.article.sentences[r.sentence] as Article['sentences'][number];
  const citation = cite(r.article, span);
  return { text: citation.quote.replace(/\s+/g, ' '), citations: [citation] };
}

/**
 * Kinds whose values can be told to disagree: a figure, a date, an amount. Two different names or places
 * in two answers are as often two parts of one answer ("Lyon and Nice" / "the port of Marseille").
 */
const COMPARABLE: ReadonlySet<AnswerKind> = new Set(PRECISE_KINDS);

/** The unit of a value's comparable form: "300 metre" → "metre"; a count or a date has none. */
const unitOf = (v: PlacedValue) =>
  v.normal
    .replace(/[\d.,$€£:]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Two values measure the same quantity: same kind, beside the same word of the question (the tanker's
 * "300-metre", not the pier's "500-metre"), or a figure beside a word the other's sentence tells it with,
 * and, for measures and durations, in the same unit. The claims module then tells whether they disagree.
 */
function sameQuantity(a: PlacedValue, b: PlacedValue): boolean {
  // A figure or a clock time is of what either sentence tells it beside ("the alarm reached the crew 11
  // minutes before", "the crew received the alarm three minutes before"); a date dates only the event it
  // stands beside (a plan's announcement is dated apart from the date planned).
  const tiedTo = (x: PlacedValue, y: PlacedValue) =>
    x.about.some((c) => y.about.includes(c) || (x.kind !== 'date' && y.told.includes(c)));
  if (a.kind !== b.kind || !COMPARABLE.has(a.kind) || !(tiedTo(a, b) || tiedTo(b, a))) return false;
  return a.kind !== 'measure' && a.kind !== 'duration' ? true : unitOf(a) === unitOf(b);
}

/** Where the items' answer values (each the value measuring the same quantity as the first item's) disagree. */
function conflictsOf(items: ValueInSentence[], query: string): Conflict[] {
  const first = items[0]?.value;
  return first && COMPARABLE.has(first.kind) ? askConflicts(items, query) : [];
}

/**
 * The first `n` sentences, each telling something the ones before it do not: an article that repeats its
 * teaser further down would otherwise show the same passage twice.
 */
function distinctClaims(ranked: RankedSentence[], n: number): RankedSentence[] {
  const kept: RankedSentence[] = [];
  for (const r of ranked) {
    if (kept.length >= n) break;
    if (!kept.some((k) => jaccard(k.terms, r.terms) >= SAME_CLAIM)) kept.push(r);
  }
  return kept;
}

function jaccard(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let both = 0;
  for (const t of sa) if (sb.has(t)) both++;
  return both / Math.max(1, sa.size + sb.size - both);
}
