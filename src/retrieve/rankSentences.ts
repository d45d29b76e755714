import type { Article } from '../corpus/article.js';
import { type AnswerKind, type AnswerValue, findValues } from '../extract/answerValues.js';
import type { CorpusIndex } from '../index/buildIndex.js';
import { type Token, tokenize } from '../lexicon/terms.js';
import { AGAIN_STRENGTH, type Concept, DENIAL, type Question } from './question.js';
import { topPassages } from './topPassages.js';

/** A value found in a sentence, with the question's concept it stands beside ("300-metre" → "oil tanker"). */
export interface PlacedValue extends AnswerValue {
  /** The heaviest concept within `VALUE_BESIDE` tokens of it, or else the one it is closest to. */
  about: string[];
}

/** Where a question's concept matched in a sentence, and how much it counts. */
interface Anchor {
  at: number;
  weight: number;
  concept: string;
}

/** A candidate sentence with what ranking found in it. */
export interface RankedSentence {
  article: Article;
  sentence: number;
  score: number;
  /** Weighted share of the question's concepts the sentence holds (0–1). */
  coverage: number;
  /**
   * Whether the sentence holds one of the question's own words (or its root, "re-" form or alias) other than
   * a name or number: names say who or what is asked about, not what happened to them.
   */
  beyondNames: boolean;
  /** Values of the kinds the question asks for, nearest to the matched concepts first. */
  values: PlacedValue[];
  /** Terms of the sentence, for telling repeated claims apart. */
  terms: string[];
}

/** Stages of ranking that can be switched off to measure them. */
export interface RankingOptions {
  /** Prefer sentences holding the kind of answer asked for (a date for "when"…). Default: true. */
  answerKind: boolean;
  /** Prefer sentences whose matched words stand close together. Default: true. */
  proximity: boolean;
}

export const defaultRankingOptions: RankingOptions = { answerKind: true, proximity: true };

/** Passages whose sentences are looked at. Measured on both dev sets: the answering sentence is in the top 12 passages for all answered questions; 24 leaves room for paraphrase. */
export const CANDIDATE_PASSAGES = 24;
/** A concept matched only in the sentence before (same paragraph) or the headline counts this much: the subject is often named once, then "it"/"he". */
export const CONTEXT_FACTOR = 0.5;
/**
 * How much holding the kind of answer asked for multiplies the score, at most, by kind: numbers, dates and
 * amounts are recognised precisely; a "who" answer may be a group with no capitalised name ("armed
 * factions"), a cause or a place is often only implied, so those count for less.
 */
export const KIND_BONUS: Record<AnswerKind, number> = {
  date: 1,
  time: 1,
  amount: 1,
  measure: 1,
  duration: 1,
  age: 1,
  count: 1,
  person: 0.3,
  place: 0.3,
  cause: 0.5,
};
/** Tokens between a value and the nearest matched concept under which the value counts as the answer. */
export const VALUE_REACH = 12;
/** How much a question's second-choice kind of answer counts against its first. */
export const LATER_KIND = 0.5;
/** Tokens within which a value stands beside a word of the question: "the 300-metre Liberian oil tanker". */
export const VALUE_BESIDE = 3;
/** Tokens at which a value's bonus falls to half. */
export const VALUE_DECAY = 4;
export const PROXIMITY_WEIGHT = 0.25;
/** How much a sentence that denies ("failed to", "did not") gains for a question about what did not happen: a cue word, as much as a cause word gains for "why" (`KIND_BONUS.cause`). */
export const NEGATED_BONUS = 0.5;
/** How much a phrase's last word alone counts for the phrase. */
export const HEAD_STRENGTH = 0.5;

/**
 * What the passage search is asked for a question: each variant's terms, space-separated, each weighing its
 * concept's weight times the variant's strength (the most where a term serves several).
 */
export function passageQuery(question: Question): { terms: string; boost: (term: string) => number } {
  const boosts = new Map<string, number>();
  for (const c of question.concepts) {
    for (const v of c.variants) {
      for (const t of v.key.split(' ')) boosts.set(t, Math.max(boosts.get(t) ?? 0, c.weight * v.strength));
    }
  }
  return { terms: [...boosts.keys()].join(' '), boost: (t) => boosts.get(t) ?? 1 };
}

/** Ranks the sentences of the best passages for a question, best first. */
export function rankSentences(
  index: CorpusIndex,
  question: Question,
  options: RankingOptions,
): RankedSentence[] {
  const query = passageQuery(question);
  if (!query.terms) return [];
  const hits = topPassages(index.search, query.terms, query.boost, CANDIDATE_PASSAGES);

  const seen = new Set<string>();
  const ranked: RankedSentence[] = [];
  for (const hit of hits) {
    const p = index.passages[hit.id as number];
    const article = p && index.files.get(p.file);
    if (!p || !article) continue;
    for (let s = p.first; s <= p.last; s++) {
      const key = `${p.file}#${s}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ranked.push(scoreSentence(article, s, question, options));
    }
  }
  return ranked.sort((a, b) => b.score - a.score);
}

function sentenceText(article: Article, s: number): string {
  const span = article.sentences[s];
  return span ? article.text.slice(span.start, span.end) : '';
}

/** Positions (token indexes) where a phrase key occurs in a token list. */
export function occurrences(tokens: Token[], key: string): number[] {
  const parts = key.split(' ');
  const at: number[] = [];
  for (let i = 0; i + parts.length <= tokens.length; i++) {
    if (parts.every((p, j) => tokens[i + j]?.term === p)) at.push(i);
  }
  return at;
}

/** Strength with which a concept is matched in a token list, and where. */
function matchConcept(tokens: Token[], c: Concept): { strength: number; at: number[] } {
  let best = { strength: 0, at: [] as number[] };
  for (const v of c.variants) {
    if (v.strength <= best.strength) continue;
    const at = occurrences(tokens, v.key);
    if (at.length) best = { strength: v.strength, at };
  }
  // A phrase's head word alone ("tanker" for "oil tanker") is the same thing, less precisely named.
  const words = c.key.split(' ');
  const head = words[words.length - 1] as string;
  if (words.length > 1 && best.strength < HEAD_STRENGTH) {
    const at = occurrences(tokens, head);
    if (at.length) best = { strength: HEAD_STRENGTH, at };
  }
  return best;
}

function scoreSentence(
  article: Article,
  s: number,
  question: Question,
  options: RankingOptions,
): RankedSentence {
  const text = sentenceText(article, s);
  const tokens = tokenize(text);
  const sentence = article.sentences[s];
  const previous = article.sentences[s - 1];
  const context = [
    ...(previous && previous.paragraph === sentence?.paragraph ? tokenize(sentenceText(article, s - 1)) : []),
    ...(article.title ? tokenize(article.title) : []),
  ];

  let total = 0;
  let held = 0;
  const positions: number[][] = [];
  const heaviest = Math.max(0, ...question.concepts.map((c) => c.weight));
  /** Where each matched concept stands, and how much it counts: a value beside a heavy word answers. */
  const anchors: Anchor[] = [];
  let beyondNames = false;
  for (const c of question.concepts) {
    total += c.weight;
    const m = matchConcept(tokens, c);
    if (!c.name && m.strength >= AGAIN_STRENGTH) beyondNames = true;
    if (m.strength > 0) {
      held += c.weight * m.strength;
      positions.push(m.at);
      for (const at of m.at) anchors.push({ at, weight: (c.weight * m.strength) / heaviest, concept: c.key });
    } else {
      held += c.weight * CONTEXT_FACTOR * matchConcept(context, c).strength;
    }
  }
  const coverage = total > 0 ? held / total : 0;

  // A count answers "how many people" only beside the people (or workers, victims…) it counts.
  const focus = question.concepts.find((c) => c.focus)?.key;
  const countAnchors = focus ? anchors.filter((a) => a.concept === focus) : anchors;
  const near = valuesNear(text, question.kinds, anchors, countAnchors, tokens);
  const values = near.map((n) => n.value);
  // The kinds a question asks for are in order of preference ("how long had it been": a duration, else a date).
  const kindScore = !options.answerKind
    ? 0
    : Math.max(
        0,
        ...near.map(
          (n) =>
            n.closeness *
            KIND_BONUS[n.value.kind] *
            (question.kinds.indexOf(n.value.kind) === 0 ? 1 : LATER_KIND),
        ),
      );
  const proximity = options.proximity ? closeness(positions) : 0;
  const denies = question.negated && DENIAL.test(text) ? NEGATED_BONUS : 0;
  const score = coverage * (1 + kindScore + denies) + PROXIMITY_WEIGHT * proximity * coverage;
  return { article, sentence: s, score, coverage, beyondNames, values, terms: tokens.map((t) => t.term) };
}

/**
 * Values of the asked kinds in the sentence, best placed first: a value right beside a heavy question word
 * ("the 300-metre oil tanker") answers it; one a clause away, or beside a minor word, may not.
 * Values beyond `VALUE_REACH` tokens of every matched word are dropped.
 */
function valuesNear(
  text: string,
  kinds: AnswerKind[],
  anchors: Anchor[],
  countAnchors: Anchor[],
  tokens: Token[],
): { value: PlacedValue; closeness: number }[] {
  const tokenIndexAt = (offset: number) => {
    const i = tokens.findIndex((t) => t.start >= offset);
    return i < 0 ? tokens.length : i;
  };
  const found: { value: PlacedValue; closeness: number }[] = [];
  for (const kind of kinds) {
    for (const value of findValues(text, kind)) {
      const at = tokenIndexAt(value.start);
      let closeness = 0;
      let nearest: string | null = null;
      let beside: { concept: string; closeness: number } | null = null;
      for (const a of kind === 'count' ? countAnchors : anchors) {
        // An age follows the name it belongs to ("Ana Ruiz, 49; Tom Hale, 35"); a count comes right
        // before the thing counted ("seven workers"), not a clause away ("one of its columns").
        if (kind === 'age' && a.at > at) continue;
        if (kind === 'count' && countAnchors !== anchors && (a.at < at || a.at - at > VALUE_BESIDE)) continue;
        const distance = Math.abs(a.at - at);
        const c = a.weight / (1 + distance / VALUE_DECAY);
        if (distance <= VALUE_REACH && c > closeness) [closeness, nearest] = [c, a.concept];
        if (distance <= VALUE_BESIDE && c > (beside?.closeness ?? 0))
          beside = { concept: a.concept, closeness: c };
      }
      const about = beside ? [beside.concept] : nearest ? [nearest] : [];
      if (closeness > 0 || !anchors.length) {
        found.push({ value: { ...value, about }, closeness: anchors.length ? closeness : 0.5 });
      }
    }
  }
  return found.sort((a, b) => b.closeness - a.closeness);
}

/** 1 when the matched concepts stand side by side, falling as the window that holds one of each widens. */
function closeness(positions: number[][]): number {
  if (positions.length < 2) return positions.length;
  const events = positions.flatMap((at, c) => at.map((p) => ({ p, c }))).sort((a, b) => a.p - b.p);
  const count = new Map<number, number>();
  let best = Number.POSITIVE_INFINITY;
  let lo = 0;
  for (let hi = 0; hi < events.length; hi++) {
    const e = events[hi] as { p: number; c: number };
    count.set(e.c, (count.get(e.c) ?? 0) + 1);
    while (count.size === positions.length) {
      const first = events[lo] as { p: number; c: number };
      best = Math.min(best, e.p - first.p + 1);
      const n = (count.get(first.c) ?? 0) - 1;
      if (n === 0) count.delete(first.c);
      else count.set(first.c, n);
      lo++;
    }
  }
  return positions.length / best;
}
