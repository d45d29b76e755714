import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import type { Span } from '../corpus/article.js';

/**
 * Date expressions of news writing, read by chrono-node and normalised to ISO as precise as the words:
 * "1998" → `1998`, "March 2031" → `2031-03`, "Oct. 12" in an article of 2023-11-02 → `2023-10-12`.
 * chrono does the parsing; this module configures it for news (a parser for bare years, filters for what
 * news prose writes that is not a date) and keeps what the text states apart from what the reference
 * supplies: an expression that needs the publication date ("Friday", "last year", "in June") is
 * `relative`, and stays unresolved (`iso: null`) when the article is undated, never guessed.
 */

export type Precision = 'year' | 'month' | 'day';

/** Words that place a date inside its period ("late 2019", "the end of March", "mid-2024"). */
export type Qualifier =
  | 'early'
  | 'mid'
  | 'late'
  | 'start'
  | 'end'
  | 'earlier'
  | 'later'
  | 'spring'
  | 'summer'
  | 'autumn'
  | 'winter';

export interface DateMention extends Span {
  /** The words as written, qualifier included: `text.slice(start, end)`. */
  text: string;
  /** ISO 8601 as precise as the words ("1998", "2031-03", "2023-10-12"); null when relative to an unknown date. */
  iso: string | null;
  precision: Precision;
  /** The last period of a range ("1990 to 1995" → `1995`), else null. */
  through: string | null;
  qualifier: Qualifier | null;
  /** Told as a deadline: "by March 2031", "no later than the end of June 2030". */
  deadline: boolean;
  /** Told as the end of a span: "until 2040", "through July 23". */
  spanEnd: boolean;
  /** Needs the reference date to be read ("Friday", "last year", "this June", "May 3"). */
  relative: boolean;
}

/** "nearest": a deadline ("by March 18") may be either side of its article; the nearer reading is meant. */
export type Tense = 'past' | 'future' | 'nearest';

export interface DateReadingOptions {
  /**
   * The tense a mention is told in, to place a date the words give without its year or week: "returned
   * Friday" is the last Friday on or before the reference, "will reopen Thursday" the first on or after it.
   * Default: every mention past, since news mostly reports what happened; chrono's own rule (the nearest
   * one) reads "On May 3" in a December article as the coming May.
   */
  tenseAt: (span: Span) => Tense;
}

export const defaultDateReadingOptions: DateReadingOptions = { tenseAt: () => 'past' };

const BARE_YEAR_TAG = 'parser/BareYearParser';

/**
 * Counts written before a bare number: "about 2000", "more than 1500". AP style writes counts of four
 * digits with a comma ("3,500 workers"), so an unpunctuated four-digit number is nearly always a year;
 * these and `COUNT_AFTER` guard the rest.
 */
const COUNT_BEFORE =
  /\b(?:about|around|nearly|almost|some|over|under|more than|fewer than|less than|at least|roughly|approximately|estimated|total of|no\.|number|flight|route|room|page|pages|a further|another)\s*$/i;
const COUNT_AFTER =
  /^\s*(?:%|percent\b|per cent\b|(?:people|persons|troops|soldiers|personnel|workers|residents|civilians|deaths|cases|homes|houses|vehicles|cars|jobs|units|feet|foot|ft|meters|metres|miles|km|kilometres|kilometers|tons|tonnes|pounds|gallons|barrels|acres|dollars|euros|hours|minutes|days|weeks|months|years|votes|students|members|employees|containers)\b)/i;

/**
 * Bare years, which chrono leaves unread: "in 1998", "since 2019", "the 1990 treaty", "late 2019",
 * "1990-1995" (chrono's range refiner joins the two). Not a year: part of a longer number or a decimal
 * ("19980", "1998.5"), money ("$2024"), a decade ("1990s"), a compound ("2000-strong"), a count.
 */
const bareYearParser: chrono.Parser = {
  pattern: () => /(?<![\d$€£¥.,:/#])(1[89]\d{2}|20\d{2})(?![\d%]|[.,:/]\d|-\p{L}|s\b)/iu,
  extract: (context, match) => {
    const at = match.index ?? 0;
    const before = context.text.slice(Math.max(0, at - 30), at);
    const after = context.text.slice(at + match[0].length, at + match[0].length + 30);
    if (COUNT_BEFORE.test(before) || COUNT_AFTER.test(after)) return null;
    return context.createParsingComponents({ year: Number(match[1]) }).addTag(BARE_YEAR_TAG);
  },
};

/** "between 2020 and 2022", "between March and May 2024": a range chrono's own refiner (to, -, until) leaves apart. */
const betweenAndRangeRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const out: chrono.ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const from = results[i] as chrono.ParsingResult;
      const to = results[i + 1];
      const between = to ? context.text.slice(from.index + from.text.length, to.index) : '';
      if (
        !to ||
        from.end ||
        to.end ||
        !/^\s*and\s*$/i.test(between) ||
        !/\bbetween\s+$/i.test(context.text.slice(0, from.index))
      ) {
        out.push(from);
        continue;
      }
      for (const key of to.start.getCertainComponents())
        if (!from.start.isCertain(key)) from.start.imply(key, to.start.get(key) as number);
      const merged = from.clone();
      merged.end = to.start;
      merged.text = context.text.slice(from.index, to.index + to.text.length);
      out.push(merged);
      i++;
    }
    return out;
  },
};

/** The first month or weekday name of a match, to tell "March 3" from "march on". */
const CALENDAR_NAME =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\p{L}*/iu;

/** Spelled-out weekdays only: "Sun", "Sat", "Wed" in prose are words, not dates. */
const WEEKDAY_WORD = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * What chrono reads that news prose does not mean as a date, each dropped with its reason:
 * - a clock time alone ("at 4:15 p.m."): a time of some day the sentence does not name;
 * - "now": the present, not a date of the story;
 * - a time of day alone ("that night", "the morning"): of the day the story tells, not of the reference;
 * - a duration counted from another event ("10 hours earlier", "a day later"): not from the reference;
 * - a month or weekday written in lower case ("protesters march", "sat down"): news writing capitalises them;
 * - a month's abbreviation alone in capitals ("PORTO DO MAR —"): a dateline's word, which prose writes capitalised;
 * - an abbreviated weekday alone ("Sun", "Wed");
 * - a fraction ("2 1/2 years", "1/2 mile"): a number, not a month and day.
 */
const newsProseFilter: chrono.Refiner = {
  refine: (context, results) =>
    results.filter((r) => {
      const text = r.text.trim();
      if (/^\d{1,2}\/\d{1,2}$/.test(text) && isFraction(context.text, r.index, r.index + r.text.length))
        return false;
      if (r.start.isOnlyTime() && r.start.isCertain('hour')) return false;
      // A year before the common era ("44 BC") is no news date, and has no four-digit form.
      if ((r.start.get('year') ?? 1) < 1) return false;
      if (/^now$/i.test(text) || /^(?:the\s+)?(?:night|morning|evening|afternoon|noon|midnight)$/i.test(text))
        return false;
      if (/\b(?:earlier|later|before|after)$/i.test(text)) return false;
      if (/^\p{Ll}/u.test(CALENDAR_NAME.exec(text)?.[0] ?? '')) return false;
      if (/^\p{Lu}{3}$/u.test(text)) return false;
      if (r.start.isOnlyWeekdayComponent() && !r.start.isCertain('year') && !WEEKDAY_WORD.test(text))
        return false;
      return true;
    }),
};

/** "2 1/2" (a whole number before it) or "1/2 mile" (a unit after it). */
function isFraction(text: string, start: number, end: number): boolean {
  return (
    /\d\s$/.test(text.slice(0, start)) ||
    /^\s*(?:years?|months?|weeks?|days?|hours?|miles?|kilomet(?:er|re)s?|km|feet|foot|inch(?:es)?|pounds?|tons?|percent|cups?)\b/i.test(
      text.slice(end),
    )
  );
}

/**
 * chrono's casual English configuration, changed for news prose. Dropped parsers read durations as dates:
 * "three weeks after" a storm, "within two weeks" of an order and "the past 40 years" count from an
 * event or span a period, not a day. Dropped refiner: "the end of March" becomes a qualifier of the month
 * (`2031-03`, qualifier `end`), not chrono's last day. chrono's filter of digit-only results would drop every
 * bare year, so it spares them. Our filters run last, on chrono's merged results.
 */
function newsChrono(library: typeof chrono): chrono.Chrono {
  const config = library.en.configuration.createCasualConfiguration();
  const droppedParsers = new Set([
    'ENTimeUnitLaterFormatParser',
    'ENTimeUnitWithinFormatParser',
    'ENTimeUnitCasualRelativeFormatParser',
  ]);
  const parsers = config.parsers.filter((p) => !droppedParsers.has(p.constructor.name));
  parsers.push(bareYearParser);
  const refiners = config.refiners
    .filter((r) => r.constructor.name !== 'ENEndOfPeriodRefiner')
    .map((r) => (r.constructor.name === 'UnlikelyFormatFilter' ? sparingBareYears(r) : r));
  refiners.push(betweenAndRangeRefiner, newsProseFilter);
  return new library.Chrono({ parsers, refiners });
}

function sparingBareYears(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const kept = filter.refine(
        context,
        results.filter((r) => !r.tags().has(BARE_YEAR_TAG)),
      );
      return [...kept, ...results.filter((r) => r.tags().has(BARE_YEAR_TAG))].sort(
        (a, b) => a.index - b.index,
      );
    },
  };
}

let newsChronoOnce: chrono.Chrono | undefined;

/**
 * chrono is loaded on the first date read, not with this module: only an index build and a /timeline bound
 * typed in words read dates, and chrono's ~100 modules took 0.2 s of every CLI call's start. Its CommonJS
 * build, one `require`, loads faster than its ESM one.
 */
function newsChronoParser(): chrono.Chrono {
  newsChronoOnce ??= newsChrono(createRequire(import.meta.url)('chrono-node') as typeof chrono);
  return newsChronoOnce;
}

const QUALIFIER_BEFORE =
  /(?:\b(?:the\s+)?(early|mid|late|earlier|later)[\s-]+|\b(?:the\s+)?(start|beginning|middle|end|close)\s+of\s+(?:the\s+)?|\b(?:the\s+)?(spring|summer|fall|autumn|winter)\s+(?:of\s+)?)$/i;
const QUALIFIER_WORDS: Record<string, Qualifier> = {
  beginning: 'start',
  middle: 'mid',
  close: 'end',
  fall: 'autumn',
};
/** A deadline, possibly with an opening quotation mark between it and the date (`by “no later than …`). */
const DEADLINE_BEFORE = /\b(?:by|no later than|not later than|before)\s+["'“‘]?\s*$/i;
/** The end of a span: "until October 2028", "through July 23". */
const SPAN_END_BEFORE = /\b(?:until|till|through)\s+["'“‘]?\s*$/i;
/** Words chrono's match may start or end with that are not part of the date. */
const LEADING_WORDS = /^(?:(?:on|in|at|of|during)\s+)+/i;
const TRAILING = /[\s,;:]+$/;
/** A modifier chrono reads into a weekday ("last Tuesday"): the date is then chrono's, not the tense's. */
const WEEKDAY_MODIFIER = /\b(?:this|last|next|past|coming)\b/i;
const MONTH_MODIFIER = /\b(this|last|past|next|coming)\s+$/i;
/** "13 October last year", "in March next year": the year told after a month, by its distance from the reference's. */
const YEAR_AFTER = /^\s+(last|this|next)\s+year\b/i;
const YEARS_AWAY: Record<string, number> = { last: -1, this: 0, next: 1 };

/** A date as parts; month and day absent at coarser precision. */
interface Ymd {
  year: number;
  month: number;
  day: number;
}

/**
 * Reads every date expression of `text`. `reference` is the ISO publication date of the article the text
 * is from, or null when unknown: then relative expressions are kept with `iso: null`. Pure.
 */
export function readDates(
  text: string,
  reference: string | null,
  options: Partial<DateReadingOptions> = {},
): DateMention[] {
  const o: DateReadingOptions = { ...defaultDateReadingOptions, ...options };
  const ref = reference ? parseIso(reference) : null;
  // Parsed against the reference and against a date a year, a month and some days away: whatever differs
  // between the two readings came from the reference, not from the words.
  const anchor = ref ?? { year: 2000, month: 1, day: 15 };
  const primary = newsChronoParser().parse(text, localNoon(anchor));
  const shifted = newsChronoParser().parse(
    text,
    localNoon({ year: anchor.year + 1, month: anchor.month + 1, day: anchor.day + 5 }),
  );

  const mentions = primary.flatMap((r) => {
    const other = shifted.find((s) => s.index === r.index && s.text === r.text);
    const mention = mentionOf(text, r, other, ref, o);
    return mention ? [mention] : [];
  });
  // The "last year" of "13 October last year" is read into the date before it, not as a date of its own.
  return mentions.filter((m) => !mentions.some((n) => n !== m && n.start <= m.start && m.end <= n.end));
}

/** One chrono result as a mention: its span widened to its modifier and qualifier, each end read. */
function mentionOf(
  text: string,
  r: chrono.ParsedResult,
  other: chrono.ParsedResult | undefined,
  ref: Ymd | null,
  o: DateReadingOptions,
): DateMention | null {
  let start = r.index + (LEADING_WORDS.exec(r.text)?.[0].length ?? 0);
  let end = r.index + r.text.length - (TRAILING.exec(r.text)?.[0].length ?? 0);
  if (end <= start) return null;

  // "this June", "next March": chrono reads the month alone; the modifier belongs to the date.
  const unknownYear = r.start.isCertain('month') && !r.start.isCertain('year');
  const modifier = unknownYear ? MONTH_MODIFIER.exec(text.slice(Math.max(0, start - 10), start)) : null;
  if (modifier) start -= modifier[0].length;
  const yearAfter = unknownYear && !modifier ? YEAR_AFTER.exec(text.slice(end)) : null;
  if (yearAfter) end += yearAfter[0].length;
  const yearsAway = yearAfter ? (YEARS_AWAY[(yearAfter[1] ?? '').toLowerCase()] ?? null) : null;
  const q = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  let qualifier: Qualifier | null = null;
  if (q) {
    const word = (q[1] ?? q[2] ?? q[3] ?? '').toLowerCase();
    qualifier = QUALIFIER_WORDS[word] ?? (word as Qualifier);
    start -= q[0].length;
  }

  const tense = o.tenseAt({ start, end });
  const word = modifier?.[1]?.toLowerCase() ?? null;
  const first = reading(r.start, r.text, word, other?.start, ref, tense, yearsAway);
  const last = r.end ? reading(r.end, r.text, word, other?.end, ref, tense, yearsAway) : null;
  const before = text.slice(Math.max(0, start - 40), start);
  return {
    start,
    end,
    text: text.slice(start, end),
    iso: first.iso,
    precision: first.precision,
    through: last?.iso ?? null,
    qualifier,
    deadline: DEADLINE_BEFORE.test(before),
    spanEnd: SPAN_END_BEFORE.test(before),
    relative: first.relative || (last?.relative ?? false),
  };
}

interface Reading {
  iso: string | null;
  precision: Precision;
  relative: boolean;
}

/** One end of a chrono result as ISO: stated parts as written, parts that came from the reference resolved by tense. */
function reading(
  c: chrono.ParsedComponents,
  words: string,
  modifier: string | null,
  shifted: chrono.ParsedComponents | undefined,
  ref: Ymd | null,
  tense: Tense,
  yearsAway: number | null,
): Reading {
  const precision = precisionOf(c, words);
  const parts = partsOf(c);
  const relative = !shifted || !sameAt(parts, partsOf(shifted), precision);
  if (!relative && ambiguousNumeric(c)) return { iso: iso(parts, 'year'), precision: 'year', relative };
  if (!relative) return { iso: iso(parts, precision), precision, relative };
  if (!ref) return { iso: null, precision, relative };

  if (c.isCertain('weekday') && !c.isCertain('day') && !WEEKDAY_MODIFIER.test(words)) {
    return {
      iso: iso(nearestWeekday(ref, c.get('weekday') as number, tense), 'day'),
      precision: 'day',
      relative,
    };
  }
  if (c.isCertain('month') && !c.isCertain('year')) {
    const year =
      yearsAway !== null
        ? ref.year + yearsAway
        : modifier === 'this'
          ? ref.year
          : yearOf(parts, ref, modifier ? modifierTense(modifier) : tense, precision, !!modifier);
    return { iso: iso({ ...parts, year }, precision), precision, relative };
  }
  return { iso: iso(parts, precision), precision, relative };
}

/**
 * What the words pin: a day (or a weekday), a month, a year. A week is read to its month: the ISO
 * precisions here have no week. Words that pin nothing chrono can tell ("this morning") name a day.
 */
function precisionOf(c: chrono.ParsedComponents, words: string): Precision {
  if (/\bweeks?\b/i.test(words)) return 'month';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return 'day';
}

/** "03/04/2021": month and day could be read either way; only the year is certain. */
function ambiguousNumeric(c: chrono.ParsedComponents): boolean {
  const month = c.get('month') ?? 0;
  const day = c.get('day') ?? 0;
  return c.tags().has('parser/SlashDateFormatParser') && day <= 12 && day !== month;
}

function modifierTense(modifier: string): Tense {
  return modifier === 'next' || modifier === 'coming' ? 'future' : 'past';
}

/** The year of a month (and day) told without one: the last on or before the reference, or the first on or after. */
function yearOf(parts: Ymd, ref: Ymd, tense: Tense, precision: Precision, strict: boolean): number {
  const key = (d: Ymd) => (precision === 'day' ? d.month * 100 + d.day : d.month * 100);
  const refKey = key(ref);
  const k = key(parts);
  if (tense === 'nearest') {
    const days = (year: number) =>
      Math.abs(Date.UTC(year, parts.month - 1, parts.day) - Date.UTC(ref.year, ref.month - 1, ref.day));
    return [ref.year - 1, ref.year + 1].reduce((best, y) => (days(y) < days(best) ? y : best), ref.year);
  }
  if (tense === 'past') return k < refKey || (!strict && k === refKey) ? ref.year : ref.year - 1;
  return k > refKey || (!strict && k === refKey) ? ref.year : ref.year + 1;
}

function nearestWeekday(ref: Ymd, weekday: number, tense: Tense): Ymd {
  const date = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  const back = -((date.getUTCDay() - weekday + 7) % 7);
  const on = (weekday - date.getUTCDay() + 7) % 7;
  const delta = tense === 'past' ? back : tense === 'future' || on <= -back ? on : back;
  date.setUTCDate(date.getUTCDate() + delta);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function partsOf(c: chrono.ParsedComponents): Ymd {
  return { year: c.get('year') ?? 0, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
}

function sameAt(a: Ymd, b: Ymd, precision: Precision): boolean {
  return (
    a.year === b.year &&
    (precision === 'year' || a.month === b.month) &&
    (precision !== 'day' || a.day === b.day)
  );
}

function iso(d: Ymd, precision: Precision): string {
  const y = String(d.year).padStart(4, '0');
  const m = String(d.month).padStart(2, '0');
  const day = String(d.day).padStart(2, '0');
  return precision === 'year' ? y : precision === 'month' ? `${y}-${m}` : `${y}-${m}-${day}`;
}

/** "2023-10-12" (or a coarser "2023-10", "2023") as parts; missing parts as the first of their period. */
function parseIso(value: string): Ymd | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2] ?? 1), day: Number(m[3] ?? 1) } : null;
}

/** Noon local time: chrono reads the reference's local calendar day, and noon keeps it on that day in any zone. */
function localNoon(d: Ymd): Date {
  return new Date(d.year, d.month - 1, d.day, 12);
}
