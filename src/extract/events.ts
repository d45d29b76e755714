import type { Article, Span } from '../corpus/article.js';
import { nlp } from '../lexicon/nlp.js';
import { type Token, terms, tokenize } from '../lexicon/terms.js';
import { type DateMention, type Precision, type Qualifier, readDates, type Tense } from './dates.js';

/**
 * Dated events of an article: each sentence that places something in time, once per date it names.
 * Computed once per article when the index is built, so it is plain JSON and pure.
 */
export interface TimelineEvent {
  /** Index into `article.sentences`. */
  sentence: number;
  /** The words that date it, offsets into `article.text`: one mention, or several naming the same date. */
  mentions: DateMention[];
  /** ISO date as precise as the words, or null when it is relative to an unknown publication date. */
  date: string | null;
  precision: Precision;
  /** The last period of a range ("1990 to 1995"), else null. */
  through: string | null;
  /** Told as a plan, an expectation or a deadline, not as something that happened. */
  planned: boolean;
  qualifier: Qualifier | null;
  /**
   * Terms within `THING_WINDOW` content words either side of the first mention, names included, each once
   * in reading order: the thing the date is of, what tells two tellings of one event apart.
   */
  thing: string[];
  /** The same, lower-case words only (names date everything in a story): what tells one thing under two dates. */
  plainThing: string[];
}

/**
 * Content words each side of a date read as the thing it dates ("a 2035 opening date"). 5: measured on both
 * dev sets with /timeline's thresholds (`sameThing`, `sameThingDatedApart`). Read here, once per event when
 * the index is built, so that /timeline tokenizes nothing at question time (at 10,000 articles its first
 * call spent 21 s doing so).
 */
export const THING_WINDOW = 5;

/** Names of months and weekdays: another date near a date is not the thing it dates. */
const CALENDAR_TERMS = new Set(
  terms(
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
  ),
);

/**
 * Words that tell a plan or an expectation, beside the words of the future ("will", "shall",
 * "going to"): "scheduled for March 2031", "set to reopen", "completion expected by 2030".
 */
const PLAN_WORDS =
  /\b(?:scheduled|slated|set to|promised for|promised to|promises? to|expected|expects?|expecting|due to|due (?:in|by|on|for|before)|plans? to|planned|planning|aims? to|aiming|intends? to|wants? to|wanted to|is to|are to|poised|eyeing|targets?|targeting)\b/i;

/**
 * Words of the future, also where an adverb parts them from their verb and compromise reads no future tense
 * ("will now open", "will soon close").
 */
const FUTURE_WORDS = /\b(?:will|shall|won['’]t|going to)\b|['’]ll\b/i;

/**
 * The future of something said ("said it would open in May"), unless it looks back ("would have opened"):
 * only before the date it governs, since a "would" after a date is as often another clause's ("the July 19
 * outage had cost … and it would seek damages").
 */
const FUTURE_IN_SPEECH = /\bwould\b(?!\s+(?:not\s+)?have\b)/i;

/** A verb of the sentence as compromise reads it: where it stands, and whether it is told in the past. */
interface Verb extends Span {
  past: boolean;
}

/** The dated events of one article, in sentence order. */
export function extractEvents(article: Article): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  article.sentences.forEach((sentence, index) => {
    const text = article.text.slice(sentence.start, sentence.end);
    let mentions = readDates(text, article.published);
    if (!mentions.length) return;
    const future = futureMarks(text, mentions);
    // A date without its year or week is placed by the tense it is told in: read again where that is the
    // future, or where it is a deadline ("could be finished by March 18"), which may fall either side.
    if (mentions.some((m, i) => m.relative && (future[i] || m.deadline))) {
      const tenses = new Map<number, Tense>();
      mentions.forEach((m, i) => {
        if (future[i]) tenses.set(m.start, 'future');
        else if (m.deadline) tenses.set(m.start, 'nearest');
      });
      mentions = readDates(text, article.published, {
        tenseAt: (span) => tenses.get(span.start) ?? 'past',
      });
    }
    const shifted = mentions.map((m) => ({
      ...m,
      start: m.start + sentence.start,
      end: m.end + sentence.start,
    }));
    // A deadline is a plan whenever it falls; a span ending before the article was written ("Until August
    // 12, Kyiv did not confirm …", "each day through July 23") tells what happened until then.
    const planned = mentions.map((m, i) => {
      const side = sideOf(m.iso, article.published);
      return !!future[i] || m.deadline || side === 'after' || (m.spanEnd && side !== 'before');
    });

    // Content words of the sentence, read once for all its dates.
    const words = tokenize(text).filter((t) => !t.numeric && !CALENDAR_TERMS.has(t.term));
    const byDate = new Map<string | null, number[]>();
    for (const [i, m] of shifted.entries()) byDate.set(m.iso, [...(byDate.get(m.iso) ?? []), i]);
    // An undated mention adds nothing where the sentence already stands dated on the timeline.
    if (byDate.size > 1) byDate.delete(null);
    for (const [date, at] of byDate) {
      const group = at.map((i) => shifted[i] as DateMention);
      const first = group[0] as DateMention;
      const unshifted = mentions[at[0] as number] as DateMention;
      events.push({
        sentence: index,
        mentions: group,
        date,
        precision: first.precision,
        through: first.through,
        planned: at.some((i) => planned[i]),
        qualifier: first.qualifier,
        ...thingOf(words, unshifted),
      });
    }
  });
  return events;
}

/** Terms within `THING_WINDOW` content words either side of a mention (offsets in the sentence). */
function thingOf(words: readonly Token[], mention: Span): Pick<TimelineEvent, 'thing' | 'plainThing'> {
  const near = [
    ...words.filter((t) => t.end <= mention.start).slice(-THING_WINDOW),
    ...words.filter((t) => t.start >= mention.end).slice(0, THING_WINDOW),
  ];
  return {
    thing: [...new Set(near.map((t) => t.term))],
    plainThing: [...new Set(near.filter((t) => !t.capitalised).map((t) => t.term))],
  };
}

/**
 * Which mentions a plan or the future governs. Tagging a sentence costs compromise about 2 ms, so it is
 * only asked where the sentence holds a word of the future or of a plan at all.
 */
function futureMarks(text: string, mentions: readonly DateMention[]): boolean[] {
  if (!PLAN_WORDS.test(text) && !FUTURE_WORDS.test(text) && !FUTURE_IN_SPEECH.test(text))
    return mentions.map(() => false);
  const verbs = readVerbs(text);
  const marks: boolean[] = [];
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    // "now expected in January rather than November", "moved from May to August": a date joined to the one
    // before it is told in its tense.
    marks.push(
      previous && JOINED_DATE.test(text.slice(previous.end, m.start))
        ? (marks[i - 1] as boolean)
        : isFutureMarked(text, verbs, m, previous?.end ?? 0, mentions[i + 1]?.start ?? text.length),
    );
  });
  return marks;
}

/** The words joining a date to the one before it: "rather than", "instead of", "to", "and", "or". */
const JOINED_DATE = /^\s*,?\s*(?:rather than|instead of|to|and|or|not)\s+(?:the\s+)?$/i;

/** Verbs of a sentence with their offsets and whether each is in the past tense. */
function readVerbs(text: string): Verb[] {
  const json = nlp(text).verbs().json({ offset: true }) as Array<{
    offset: { start: number; length: number };
    verb?: { grammar?: { tense?: string } };
  }>;
  return json.map((v) => ({
    start: v.offset.start,
    end: v.offset.start + v.offset.length,
    past: v.verb?.grammar?.tense === 'PastTense',
  }));
}

/**
 * Whether a plan or the future governs a mention: a future verb or a plan word stands before it in its
 * stretch of the sentence (from the previous date on: "will close by June 2030", "scheduled for
 * March 2031"), or after it (up to the next date) with no past verb on either side to claim it first
 * ("In March 2031, the plant will close" but not "On Friday, officials said they expect …").
 */
function isFutureMarked(text: string, verbs: Verb[], m: Span, from: number, to: number): boolean {
  const before = text.slice(from, m.start);
  if (PLAN_WORDS.test(before) || FUTURE_WORDS.test(before) || FUTURE_IN_SPEECH.test(before)) return true;
  const pastBefore = verbs.some((v) => v.past && v.start >= from && v.end <= m.start);
  if (pastBefore) return false;
  const firstMark = firstMarkAfter(text, m.end, to);
  if (firstMark === null) return false;
  return !verbs.some(
    (v) => v.past && v.start >= m.end && v.start < firstMark && !PLAN_WORDS.test(text.slice(v.start, v.end)),
  );
}

/** Offset of the first plan word or word of the future in text[a, b), or null. */
function firstMarkAfter(text: string, a: number, b: number): number | null {
  const at = [PLAN_WORDS, FUTURE_WORDS]
    .map((re) => re.exec(text.slice(a, b))?.index)
    .filter((x): x is number => x !== undefined);
  return at.length ? a + Math.min(...at) : null;
}

/**
 * How a period stands to the reference day, at the period's own precision: after it ("2031-03" to
 * "2030-06-15"), before it ("2030-05"), or neither ("2030-06", or either unknown).
 */
function sideOf(iso: string | null, reference: string | null): 'before' | 'after' | null {
  if (!iso || !reference) return null;
  const day = reference.slice(0, iso.length);
  return iso > day ? 'after' : iso < day ? 'before' : null;
}
