import { type Article, type Span, sentenceBefore, sentenceText } from '../corpus/article.js';
import {
  type AnswerKind,
  type AnswerValue,
  findValues,
  fitsDimension,
  PRECISE_KINDS,
  WHEN_KINDS,
} from '../extract/answerValues.js';
import { COUNTED_AFTER, JOINING } from '../extract/claimSlots.js';
import type { CorpusIndex } from '../index/buildIndex.js';
import { type Token, tokenize } from '../lexicon/terms.js';
import type { FeatureVector } from './features.js';
import { AGAIN_STRENGTH, type Concept, type Question, SYNONYM_STRENGTH } from './question.js';
import { defaultRankingModel, logit, probability, type RankingModel } from './rankingModel.js';
import { topPassages } from './topPassages.js';

/** A value found in a sentence, with the question's concept it stands beside ("300-metre" → "oil tanker"). */
export interface PlacedValue extends AnswerValue {
  /**
   * The heaviest concept within `VALUE_BESIDE` tokens of it, or else the one it is closest to. A date or a
   * time dates what happened: a name further off is whom it happened to, and ties it to nothing ("would
   * return to the site in October" and "began inspecting the piles on Tuesday" date two events).
   */
  about: string[];
  /**
   * The question's concepts held, in a word or a synonym, in the stretch of the sentence that tells the value
   * (see `PHRASE_BREAK`).
   */
  told: string[];
}

/** Where a question's concept matched in a sentence, and how much it counts. */
interface Anchor {
  at: number;
  weight: number;
  concept: string;
  /** Matched only through a word of a related sense (`Variant.kin`): near it, not a word of it. */
  kin: boolean;
}

/** A candidate sentence with what ranking found in it. */
export interface RankedSentence {
  article: Article;
  sentence: number;
  /** The model's probability that the sentence answers the question. */
  score: number;
  /** Weighted share of the question's concepts the sentence holds (0–1). */
  coverage: number;
  /** … held in the user's own words, their roots, an alias or a "re-" form. */
  own: number;
  /**
   * Whether the sentence holds one of the question's own words (or its root, "re-" form or alias) other than
   * a name or number: names say who or what is asked about, not what happened to them.
   */
  beyondNames: boolean;
  /** … or a synonym of one: not a word of a related sense ("resigned" for "step down", not "reduction"). */
  meantBeyondNames: boolean;
  /** Values of the kinds the question asks for, nearest to the matched concepts first. */
  values: PlacedValue[];
  /** Terms of the sentence, for telling repeated claims apart. */
  terms: string[];
  /** What the model weighed (see `features.ts`). */
  features: FeatureVector;
  /** The question's concepts the sentence holds itself, with the strength of the match. */
  held: Map<string, number>;
}

/** How candidates are ranked. */
export interface RankingOptions {
  /** The fitted weights of the ranking features. Default: those `npm run train` saved (`rankingModel.json`). */
  model: RankingModel;
}

export const defaultRankingOptions: RankingOptions = { model: defaultRankingModel };

const PRECISE: ReadonlySet<AnswerKind> = new Set(PRECISE_KINDS);

/** Passages whose sentences are looked at: the answering sentence is in the top 12 passages for almost every answered development question; 24 leaves room for paraphrase. */
export const CANDIDATE_PASSAGES = 24;
/** Tokens between a value and the nearest matched concept under which the value counts as the answer. */
export const VALUE_REACH = 12;
/** How much a question's second-choice kind of answer counts against its first. */
export const LATER_KIND = 0.5;
/** Tokens within which a value stands beside a word of the question: "the 300-metre Liberian oil tanker". */
export const VALUE_BESIDE = 3;
/** An age written as an adjective: "a 62-year-old shepherd". */
const YEAR_OLD = /year[\s-]old/i;
/** Tokens at which a value's closeness falls to half. */
export const VALUE_DECAY = 4;
/** How much a phrase's last word alone counts for the phrase (as a variant strength). */
const HEAD_STRENGTH = 0.5;

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

/** Ranks the sentences of the best passages for a question, most likely to answer first. */
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
      ranked.push(scoreSentence(article, s, question));
    }
  }
  // How a sentence compares with the other candidates is known only once all are read.
  const bestOwn = Math.max(0, ...ranked.map((r) => r.own));
  const holding = new Map<string, number>();
  for (const r of ranked) for (const c of r.held.keys()) holding.set(c, (holding.get(c) ?? 0) + 1);
  const local = new Map(
    question.concepts.map((c) => [
      c.key,
      c.weight * Math.log((ranked.length + 1) / ((holding.get(c.key) ?? 0) + 0.5)),
    ]),
  );
  const localTotal = [...local.values()].reduce((a, b) => a + b, 0);
  for (const r of ranked) {
    r.features.exactRelative = bestOwn > 0 ? r.own / bestOwn : 0;
    let weighed = 0;
    for (const [c, strength] of r.held) weighed += (local.get(c) ?? 0) * strength;
    r.features.distinct = localTotal > 0 ? weighed / localTotal : 0;
    r.score = probability(logit(options.model, r.features));
  }
  return ranked.sort((a, b) => b.score - a.score);
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

/**
 * How a concept was matched: by the user's own word (or an alias, or its "re-" form), a synonym, kin (a
 * broader or narrower word, a form derived from a synonym), or a phrase's head word.
 */
type Via = 'exact' | 'synonym' | 'kin' | 'head';

/** The strongest variant of a concept a token list holds, how it was matched, and where. */
function matchConcept(tokens: Token[], c: Concept): { strength: number; via: Via | null; at: number[] } {
  let best: { strength: number; via: Via | null; at: number[] } = { strength: 0, via: null, at: [] };
  for (const v of c.variants) {
    if (v.strength <= best.strength) continue;
    const at = occurrences(tokens, v.key);
    if (!at.length) continue;
    const via: Via = v.strength >= AGAIN_STRENGTH ? 'exact' : v.kin ? 'kin' : 'synonym';
    best = { strength: v.strength, via, at };
  }
  // A phrase's head word alone ("tanker" for "oil tanker") is the same thing, less precisely named.
  const words = c.key.split(' ');
  const head = words[words.length - 1] as string;
  if (words.length > 1 && best.strength < HEAD_STRENGTH) {
    const at = occurrences(tokens, head);
    if (at.length) best = { strength: HEAD_STRENGTH, via: 'head', at };
  }
  return best;
}

function scoreSentence(article: Article, s: number, question: Question): RankedSentence {
  const text = sentenceText(article, s);
  const tokens = tokenize(text);
  const context = [
    ...tokenize(sentenceBefore(article, s)),
    ...(article.title ? tokenize(article.title) : []),
  ];

  let total = 0;
  let held = 0;
  // A phrase's head word alone counts toward what the sentence holds, but has no share of its own: as a
  // feature it did not prove itself under cross-validation.
  const share = { exact: 0, synonym: 0, kin: 0, context: 0 };
  let names = 0;
  let namesMissing = 0;
  let words = 0;
  let wordsHeld = 0;
  const heaviest = Math.max(0, ...question.concepts.map((c) => c.weight));
  /** Where each matched concept stands, and how much it counts: a value beside a heavy word answers. */
  const anchors: Anchor[] = [];
  let beyondNames = false;
  let meantBeyondNames = false;
  const heldConcepts = new Map<string, number>();
  for (const c of question.concepts) {
    total += c.weight;
    const m = matchConcept(tokens, c);
    if (c.name) names++;
    else words += c.weight;
    if (!c.name && m.via === 'exact') wordsHeld += c.weight;
    if (!c.name && m.strength >= AGAIN_STRENGTH) beyondNames = true;
    if (!c.name && (m.via === 'exact' || m.via === 'synonym')) meantBeyondNames = true;
    if (m.via) {
      heldConcepts.set(c.key, m.strength);
      held += c.weight * m.strength;
      if (m.via !== 'head') share[m.via] += c.weight;
      for (const at of m.at)
        anchors.push({
          at,
          weight: (c.weight * m.strength) / heaviest,
          concept: c.key,
          kin: m.via === 'kin',
        });
    } else if (matchConcept(context, c).via) {
      share.context += c.weight;
    } else if (
      c.name &&
      !c.adjectives.some((a) => occurrences(tokens, a).length || occurrences(context, a).length)
    ) {
      namesMissing++;
    }
  }
  const of = (w: number) => (total > 0 ? w / total : 0);

  // A count answers "how many people" only beside the people (or workers, victims…) it counts: wherever the
  // sentence names them, in any of their words ("a peacekeeping convoy …, killing three soldiers").
  const focus = question.concepts.find((c) => c.focus);
  const countAnchors = focus
    ? [
        ...focus.variants.flatMap((v) =>
          occurrences(tokens, v.key).map((at) => ({
            at,
            weight: (focus.weight * v.strength) / heaviest,
            concept: focus.key,
            kin: v.kin === true,
          })),
        ),
        // "How many people": a count of passengers or residents counts them too, as a broader word would.
        ...tokens.flatMap((t, at) =>
          focus.countedAs.size &&
          !t.capitalised &&
          focus.countedAs.has(singular(text.slice(t.start, t.end).toLowerCase()))
            ? [{ at, weight: (focus.weight * SYNONYM_STRENGTH) / heaviest, concept: focus.key, kin: true }]
            : [],
        ),
      ]
    : anchors;
  const near = valuesNear(text, question, anchors, countAnchors, tokens);
  // The kinds a question asks for are in order of preference ("how long had it been": a duration, else a date).
  const closest = (precise: boolean) =>
    Math.max(
      0,
      ...near
        .filter((n) => PRECISE.has(n.value.kind) === precise)
        .map((n) => n.closeness * (question.kinds.indexOf(n.value.kind) === 0 ? 1 : LATER_KIND)),
    );
  const features: FeatureVector = {
    exactWords: words > 0 ? wordsHeld / words : 0,
    synonym: of(share.synonym),
    kin: of(share.kin),
    // The context says who or what the sentence is about; it counts only where the sentence itself holds a
    // word of the question beyond its names, as the answer does: one holding only names is about
    // something else, whatever its neighbour says.
    context: beyondNames ? of(share.context) : 0,
    namesMissing: names ? namesMissing / names : 0,
    kind: closest(true),
    kindLoose: closest(false),
    exactRelative: 0,
    distinct: 0,
    kindMissing: question.kinds.length && !near.length ? 1 : 0,
    length: Math.log(1 + tokens.length),
  };
  return {
    article,
    sentence: s,
    // Scored once every candidate is read (`exactRelative` and `distinct` compare it with the others).
    score: 0,
    coverage: of(held),
    own: of(share.exact),
    beyondNames,
    meantBeyondNames,
    values: near.map((n) => n.value),
    terms: tokens.map((t) => t.term),
    features,
    held: heldConcepts,
  };
}

/** What may stand between a colon and a count of its breakdown: earlier parts ("390 in Hedra, 110 in Oskan and "). */
const BREAKDOWN =
  /^(?:\s*(?:and\s+)?(?:about\s+|some\s+|nearly\s+)?[\d,]+\s+(?:in|at|from|on)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,?)*\s*(?:and\s+)?$/u;

/**
 * "The number of (emergency) shelters …", "its count of dead fish …": the words before a noun whose count the
 * phrase goes on to give.
 */
const NUMBER_OF = /\b(?:number|count|tally) of\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Where a sentence breaks into the stretches one thing is told in: a comma (not a figure's), a semicolon, a
 * colon, a bracket or a dash. "The team, which found nine people alive, flew home a day after" tells the nine
 * in its own stretch, apart from the day.
 */
const PHRASE_BREAK = /,(?!\d{3})|[;:()\u2014\u2013]|\s-\s/g;

/** A conjunction right before the next figure of a stretch: that figure starts a stretch of its own. */
const JOINED_FIGURE = new RegExp(String.raw`\s${JOINING}\s+$`, 'i');

function phraseAt(text: string, value: Span, next?: Span): { start: number; end: number } {
  const at = value.start;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(PHRASE_BREAK)) {
    const i = m.index ?? 0;
    if (i >= at) {
      end = i;
      break;
    }
    start = i + m[0].length;
  }
  // "87 people have fallen ill and six have died": the next figure, joined on, tells what it is of itself;
  // but "278 passengers and 39 crew have fallen ill" tells both one thing, the first with only its noun.
  if (next && next.start < end) {
    const between = text.slice(value.end, next.start);
    const joined = JOINED_FIGURE.exec(between);
    const noun = joined && COUNTED_AFTER.exec(between.slice(0, joined.index));
    if (joined && noun?.[0].length !== joined.index) end = value.end + joined.index;
  }
  return { start, end };
}

/** A plural noun's singular, as far as people's nouns need: "passengers", "fishermen", "deputies", "witnesses". */
function singular(word: string): string {
  return word
    .replace(/men$/, 'man')
    .replace(/ies$/, 'y')
    .replace(/(ss|ch|sh|x)es$/, '$1')
    .replace(/(?<=[^s])s$/, '');
}

/**
 * Values of the asked kinds in the sentence, best placed first: a value right beside a heavy question word
 * ("the 300-metre oil tanker") answers it; one a clause away, or beside a minor word, may not.
 * Values beyond `VALUE_REACH` tokens of every matched word are dropped, and measures of a dimension not asked.
 */
function valuesNear(
  text: string,
  question: Question,
  anchors: Anchor[],
  countAnchors: Anchor[],
  tokens: Token[],
): { value: PlacedValue; closeness: number }[] {
  const tokenIndexAt = (offset: number) => {
    const i = tokens.findIndex((t) => t.start >= offset);
    return i < 0 ? tokens.length : i;
  };
  const found: { value: PlacedValue; closeness: number }[] = [];
  const names = new Set(question.concepts.filter((c) => c.name).map((c) => c.key));
  // A count comes right before the thing counted ("seven workers"), not a clause away ("one of its columns",
  // "down to 104 from 112, saying some victims …"); or it is what "the number of" the thing became ("the
  // number of shelters has grown from 12 to 30").
  const counts = (noun: number, count: number, phrase: { start: number; end: number }) => {
    const at = tokens[noun]?.start ?? 0;
    // A breakdown after a colon counts the total's noun: "destroyed 540 homes: 390 in Hedra, 110 in …".
    const countAt = tokens[count]?.start ?? 0;
    const colon = text.lastIndexOf(':', countAt);
    if (colon > at && BREAKDOWN.test(text.slice(colon + 1, countAt))) {
      const after = tokenIndexAt(colon);
      return after > noun && after - noun <= VALUE_BESIDE;
    }
    if (at < phrase.start || at >= phrase.end) return false;
    if (noun >= count) return noun - count <= VALUE_BESIDE;
    return NUMBER_OF.test(text.slice(phrase.start, at));
  };
  for (const kind of question.kinds) {
    const values = findValues(text, kind);
    for (const [i, value] of values.entries()) {
      if (!fitsDimension(value, question.dimension)) continue;
      const at = tokenIndexAt(value.start);
      const phrase = phraseAt(text, value, values[i + 1]);
      let closeness = 0;
      let nearest: string | null = null;
      let nearestTie = 0;
      let beside: { concept: string; closeness: number } | null = null;
      for (const a of kind === 'count' ? countAnchors : anchors) {
        // An age follows the name it belongs to ("Ana Ruiz, 49; Tom Hale, 35"), except one written as an
        // adjective, which may come first ("the 57-year-old dam").
        if (kind === 'age' && a.at > at && !YEAR_OLD.test(value.text)) continue;
        if (kind === 'count' && countAnchors !== anchors && !counts(a.at, at, phrase)) continue;
        const distance = Math.abs(a.at - at);
        const c = a.weight / (1 + distance / VALUE_DECAY);
        if (distance <= VALUE_REACH && c > closeness) closeness = c;
        const ties = !(WHEN_KINDS.has(kind) && names.has(a.concept));
        if (distance <= VALUE_REACH && ties && c > nearestTie) [nearestTie, nearest] = [c, a.concept];
        if (distance <= VALUE_BESIDE && c > (beside?.closeness ?? 0))
          beside = { concept: a.concept, closeness: c };
      }
      const about = beside ? [beside.concept] : nearest ? [nearest] : [];
      const told = [
        ...new Set(
          anchors
            .filter((a) => {
              const t = tokens[a.at];
              return !a.kin && t !== undefined && t.start >= phrase.start && t.start < phrase.end;
            })
            .map((a) => a.concept),
        ),
      ];
      if (closeness > 0 || !anchors.length) {
        found.push({ value: { ...value, about, told }, closeness: anchors.length ? closeness : 0.5 });
      }
    }
  }
  return found.sort((a, b) => b.closeness - a.closeness);
}
