import { fold } from '../corpus/fold.js';
import { type AnswerKind, type AnswerValue, findValues, fitsDimension } from '../extract/answerValues.js';
import { currentValues } from '../extract/claimSlots.js';
import { readPeople } from '../extract/people.js';
import { qualified, type Range, rangesMeet, readQuantity } from '../extract/quantities.js';
import { type Token, terms, tokenize } from '../lexicon/terms.js';
import { dimensionAsked } from '../retrieve/question.js';
import type { Answer, Item } from './schema.js';

/**
 * The answer line (CONTRACT §2 `answer`): one line a reader sees before the quotes, made only of words of
 * the cited quotes. A question asking for a value gets the values of that kind the quotes give, each with
 * how many articles give it; any other question gets the clause of the first quote that answers it.
 * Pure: it reads the finished answer, so ranking can change without touching it.
 */

export interface AnswerLineOptions {
  /** Values shown at most, the most-cited first: more would no longer read as one line. Default: 4. */
  maxValues: number;
  /**
   * A value answers only within this many words of a question word: further off it belongs to another
   * clause ("in September 2024 announced … by the end of September 2025"). Default: 12, as ranking's
   * `VALUE_REACH`.
   */
  valueReach: number;
  /** Words over which a question word's pull on a value halves. Default: 4, as ranking's `VALUE_DECAY`. */
  valueDecay: number;
  /** Longest clause shown, in words: longer, it is the quote again, not an answer line. Default: 25. */
  maxClauseWords: number;
  /** Shortest clause shown, in words: shorter is a fragment that may misread. Default: 4. */
  minClauseWords: number;
  /**
   * Words a clause must hold beyond the question's own: without them it only restates the question
   * ("The ship hit the bridge" for "How did the ship hit the bridge?"). Default: 2.
   */
  minNewWords: number;
  /**
   * Share of the question's words a clause must hold: under it the clause is about something else ("at
   * least 35 people killed" for "Can people in Dunmore drink from the tap again?"). Default: 0.4: on the
   * dev sets' why/how/yes-no questions it drops every off-topic clause seen, at the cost of two that answered.
   */
  minQuestionShare: number;
}

export const defaultAnswerLineOptions: AnswerLineOptions = {
  maxValues: 4,
  valueReach: 12,
  valueDecay: 4,
  maxClauseWords: 25,
  minClauseWords: 4,
  minNewWords: 2,
  minQuestionShare: 0.4,
};

/** Modal verbs are the question's frame ("When will…"), not what it is about. */
const MODALS: ReadonlySet<string> = new Set(terms('will would could should can might must shall'));
/**
 * Reporting verbs: a value on the far side of one belongs to the report, not to what is reported ("who
 * inspected it in January 2025 said the tunnel will reopen by June"); and a clause that adds only a speaker
 * to the question's words does not answer it.
 */
const REPORTING_WORDS =
  'said says say told tells announced announces added adds stated states according reported confirmed noted';
const REPORTING: ReadonlySet<string> = new Set(terms(REPORTING_WORDS));
/** The same words in text: tokens leave out "said" and "says" as function words. */
const REPORTING_IN_TEXT = new RegExp(`\\b(?:${REPORTING_WORDS.replace(/ /g, '|')})\\b`, 'i');
/** How much a question word pulls a value across a reporting verb. */
const ACROSS_REPORT = 0.5;

/** Kinds answered by a clause rather than by a value. */
const CLAUSE_KINDS: ReadonlySet<AnswerKind> = new Set(['cause']);

/** The answer with its answer line, where one can be made (an unanswered question gets none). */
export function withAnswerLine(
  kinds: readonly AnswerKind[],
  answer: Answer,
  options: Partial<AnswerLineOptions> = {},
  chosen: readonly (AnswerValue | undefined)[] = [],
): Answer {
  if (answer.status !== 'answered') return answer;
  const line = answerLine(answer.query, kinds, answer.items, options, chosen);
  return line ? { ...answer, answer: line } : answer;
}

/**
 * The line for a question (`kinds`: the answer kinds read from it) answered by `items`, or null where
 * neither a value nor a safe clause can be drawn from the quotes.
 */
export function answerLine(
  question: string,
  kinds: readonly AnswerKind[],
  items: readonly Item[],
  options: Partial<AnswerLineOptions> = {},
  chosen: readonly (AnswerValue | undefined)[] = [],
): string | null {
  const o: AnswerLineOptions = { ...defaultAnswerLineOptions, ...options };
  const asked = new Set(terms(question).filter((t) => !MODALS.has(t)));
  const valueKinds = kinds.filter((k) => !CLAUSE_KINDS.has(k));
  // A question asking for a value and answered by none gets no line: a clause would not say who or when.
  if (valueKinds.length) return valuesLine(fold(question), asked, valueKinds, items, o, chosen);
  const firstQuote = items[0]?.citations[0]?.quote;
  return firstQuote ? clauseLine(firstQuote, asked, kinds.includes('cause'), o) : null;
}

// ---------------------------------------------------------------------------------------------------------
// Values

interface Tally {
  shown: string;
  /** Where the value may lie, for a quantity. */
  range: Range | undefined;
  files: Set<string>;
  first: number;
}

/**
 * "September 2026 (2 articles) · the end of September 2025 (1 article)": each quote's best value, tallied.
 * Where the command chose an item for a value of its first quote (`chosen`, by item: /ask's "Four" of "Four
 * soldiers were killed and five wounded"), that value is the quote's; else the one nearest the question's words.
 */
function valuesLine(
  foldedQuestion: string,
  asked: ReadonlySet<string>,
  kinds: readonly AnswerKind[],
  items: readonly Item[],
  o: AnswerLineOptions,
  chosen: readonly (AnswerValue | undefined)[],
): string | null {
  const tally = new Map<string, Tally>();
  const dimension = dimensionAsked(foldedQuestion);
  const citations = items.flatMap((item, i) =>
    item.citations.map((c, j) => ({ c, told: j ? undefined : chosen[i] })),
  );
  for (const { c: citation, told } of citations) {
    const quote = oneLine(citation.quote);
    const candidates = kinds
      .flatMap((kind) => valuesOf(quote, kind))
      .filter((v) => fitsDimension(v.value, dimension) && !cutsAWord(quote, v.value))
      // A value the question names is what it asks about, not the answer ("Who succeeded Ann Cole?").
      .filter((v) => !foldedQuestion.includes(fold(v.value.text)));
    // A quote telling a change answers with what it changed to ("originally May, will now open in August").
    const now = currentValues(
      quote,
      candidates.map((c) => c.value),
    );
    const best =
      candidates.find(
        (c) =>
          told && c.value.kind === told.kind && c.value.start === told.start && c.value.text === told.text,
      ) ??
      bestPlaced(
        quote,
        candidates.filter((c) => now.includes(c.value)),
        asked,
        o,
      );
    if (!best) continue;
    // One figure as two qualifiers bound it apart is two: "$500 million" and "more than $500 million".
    const range = readQuantity(best.shown)?.range;
    const same = tally.get(best.value.normal);
    const key =
      same?.range && range && !rangesMeet(same.range, range)
        ? `${best.value.normal}|${fold(best.shown)}`
        : best.value.normal;
    const entry = tally.get(key) ?? { shown: best.shown, range, files: new Set(), first: tally.size };
    entry.files.add(citation.file);
    tally.set(key, entry);
  }
  if (!tally.size) return null;
  return [...tally.values()]
    .sort((a, b) => b.files.size - a.files.size || a.first - b.first)
    .slice(0, o.maxValues)
    .map((t) => `${t.shown} (${t.files.size} article${t.files.size === 1 ? '' : 's'})`)
    .join(' · ');
}

/** A value as the line shows it: `shown` is words of the quote, `value` where it stands. */
interface Shown {
  value: AnswerValue;
  shown: string;
}

/**
 * A value that starts or ends inside a word misquotes it: the amount pattern's "£5.1 million and 90" in
 * "£5.1 million and 90-metre" names 90 pounds no one wrote.
 */
function cutsAWord(quote: string, v: AnswerValue): boolean {
  return /^-?[\p{L}\p{N}]/u.test(quote.slice(v.end)) || /[\p{L}\p{N}]-?$/u.test(quote.slice(0, v.start));
}

/** Words that may stand before a month named alone and belong to the date ("this September"). */
const MONTH_DEIXIS = /\b(?:this|next|last)\s+$/i;
/** The preposition a place is recognised by ("to Lyon"): the answer is the place. */
const PLACE_PREPOSITION = /^\p{Ll}+\s+(?:the\s+)?/u;
/** A second place joined to the first ("to Lyon and Nice"). */
const JOINED_PLACE = /^(?:,\s*|\s+and\s+|\s+or\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/u;

/** Values of one kind in a quote, as the line shows them. */
function valuesOf(quote: string, kind: AnswerKind): Shown[] {
  if (kind === 'person') {
    // People are read by the person reader (titles, roles, lists), not the bare capitalised-run pattern.
    return readPeople(quote)
      .filter((p) => !p.partial)
      .map((p) => {
        const role = p.roles.find((r) => r.form !== 'title');
        const value: AnswerValue = { kind, start: p.start, end: p.end, text: p.name, normal: fold(p.name) };
        return { value, shown: role ? `${p.name}, ${role.text}` : p.name };
      });
  }
  const found = findValues(quote, kind);
  if (kind === 'place') return found.flatMap((v) => placesAt(quote, v));
  return found.map((v) => {
    if (kind !== 'date' && kind !== 'time') return { value: v, shown: qualified(quote, v) };
    const deixis = MONTH_DEIXIS.exec(quote.slice(Math.max(0, v.start - 6), v.start));
    return { value: v, shown: deixis ? `${deixis[0]}${v.text}` : v.text };
  });
}

/** "to Lyon and Nice" → "Lyon and Nice": the places a list names answer together, as written. */
function placesAt(quote: string, v: AnswerValue): Shown[] {
  const start = v.start + (PLACE_PREPOSITION.exec(v.text)?.[0].length ?? 0);
  let end = v.end;
  for (let m = JOINED_PLACE.exec(quote.slice(end)); m; m = JOINED_PLACE.exec(quote.slice(end)))
    end += m[0].length;
  const text = quote.slice(start, end);
  return [{ value: { ...v, start, end, text, normal: fold(text) }, shown: text }];
}

/**
 * The value nearest the question's words: each question word within `valueReach` words pulls, less the
 * further off. A quote holding none of the question's words (it matched through a synonym) gives its first value.
 */
function bestPlaced(
  quote: string,
  candidates: readonly Shown[],
  asked: ReadonlySet<string>,
  o: AnswerLineOptions,
): Shown | null {
  const tokens = tokenize(quote);
  const anchors = tokens.map((t, i) => ({ t, i })).filter(({ t }) => asked.has(t.term));
  if (!anchors.length) return candidates[0] ?? null;
  let best: Shown | null = null;
  let bestPull = 0;
  for (const c of candidates) {
    const [from, to] = tokenSpan(tokens, c.value);
    const pulls = new Map<string, number>();
    for (const { t, i } of anchors) {
      const distance = i < from ? from - i : i > to ? i - to : 0;
      if (distance > o.valueReach) continue;
      const between = i < from ? quote.slice(t.end, c.value.start) : quote.slice(c.value.end, t.start);
      const across = REPORTING_IN_TEXT.test(between) ? ACROSS_REPORT : 1;
      const p = across / (1 + distance / o.valueDecay);
      pulls.set(t.term, Math.max(pulls.get(t.term) ?? 0, p));
    }
    let pull = 0;
    for (const p of pulls.values()) pull += p;
    if (pull > bestPull) [best, bestPull] = [c, pull];
  }
  return best;
}

/** First and last token index a value covers (an empty span sits where it would start). */
function tokenSpan(tokens: readonly Token[], v: AnswerValue): [number, number] {
  let from = tokens.findIndex((t) => t.end > v.start);
  if (from < 0) from = tokens.length;
  let to = from;
  while (to + 1 < tokens.length && (tokens[to + 1] as Token).start < v.end) to++;
  return [from, to];
}

// ---------------------------------------------------------------------------------------------------------
// A clause

/**
 * Where a clause may start: after , ; : or a spaced dash, or before a word that opens one. "and"/"or" open a
 * clause only before a word that is not an article or a name ("and marks an effort", not "and the US").
 */
const CLAUSE_START =
  /(?<=[,;:])\s+|\s+[—–-]\s+|\s+(?=(?:because|after|since|while|whereas|although|though|but|so|which|who|unless|until|when|where)\s)|\s+(?=(?:and|or)\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\s)\p{Ll})/gu;
/** Words that make a clause give a cause (as `findValues(…, 'cause')` reads them). */
const hasCause = (text: string) => findValues(text, 'cause').length > 0;
/** Trailing punctuation and outer quotation marks that are not the clause's own. */
const EDGES = /^["“”'‘]+|[\s,;:.!?—–-]*["“”'’]*[\s,;:.!?—–-]*$/gu;

/**
 * The shortest run of clauses of the quote that holds the most of the question's words and something the
 * question does not say (for "why", a cause word), shown as a quote: “…clause…”. Null where no run is
 * safe: too short or long, or cutting through a quotation or a bracket.
 */
function clauseLine(
  quote: string,
  asked: ReadonlySet<string>,
  wantsCause: boolean,
  o: AnswerLineOptions,
): string | null {
  const text = oneLine(quote);
  const starts = [0, ...[...text.matchAll(CLAUSE_START)].map((m) => (m.index ?? 0) + m[0].length)];
  const cuts = starts.map((s, i) => ({ start: s, end: starts[i + 1] ?? text.length }));
  const causal = wantsCause && hasCause(text);
  let best: { clause: string; start: number; end: number; score: number; words: number } | null = null;
  for (let i = 0; i < cuts.length; i++) {
    for (let j = i; j < cuts.length; j++) {
      const start = (cuts[i] as { start: number }).start;
      const end = (cuts[j] as { end: number }).end;
      const clause = text.slice(start, end).replace(EDGES, '');
      const words = clause.split(' ').length;
      if (words > o.maxClauseWords) break;
      if (words < o.minClauseWords || !balanced(clause) || (causal && !hasCause(clause))) continue;
      const own = terms(clause);
      const score = new Set(own.filter((t) => asked.has(t))).size;
      if (own.filter((t) => !asked.has(t) && !REPORTING.has(t)).length < o.minNewWords) continue;
      if (!best || score > best.score || (score === best.score && words < best.words)) {
        best = { clause, start, end, score, words };
      }
    }
  }
  if (!best || best.score < o.minQuestionShare * asked.size) return null;
  const before = best.start > 0 ? '…' : '';
  const after = best.end < text.length ? '…' : '';
  return `“${before}${best.clause}${after}”`;
}

/** Quotation marks and brackets all closed: a clause cut inside a quotation would misquote its speaker. */
function balanced(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return (
    count(/“/g) === count(/”/g) &&
    count(/"/g) % 2 === 0 &&
    count(/\(/g) === count(/\)/g) &&
    count(/\[/g) === count(/\]/g)
  );
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
