/**
 * Numbers as news prints them, and what a qualifier makes of one: "about 2,500" is 2,250–2,750, "over 3,000"
 * 3,000–4,000, "up to 300" 0–300. Troop figures, answer values and claims read their numbers here, so that
 * one table of number words and one reading of "more than" serve every command.
 */

/** Words that qualify a number, longest first where one opens another ("a little more than" before "more than"). */
export const QUALIFIERS = [
  'a little more than',
  'a little over',
  'no more than',
  'no fewer than',
  'not more than',
  'as many as',
  'as few as',
  'more than',
  'fewer than',
  'less than',
  'upwards of',
  'in excess of',
  'just over',
  'just under',
  'close to',
  'nearly',
  'almost',
  'about',
  'approximately',
  'around',
  'roughly',
  'some',
  'over',
  'under',
  'below',
  'above',
  'up to',
  'at least',
  'at most',
  'an estimated',
  'estimated',
  'only',
  'just',
  'barely',
] as const;

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  m: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  trillion: 1_000_000_000_000,
  dozen: 12,
};

/** A number written in words: "forty", "twenty-five", "three". */
export const WORD_NUMBER = `(?:${Object.keys(NUMBER_WORDS).join('|')})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?`;

/**
 * The value of a number as printed ("4,200", "1.5 million", "$4.3 billion", "twenty-five", "a dozen"); a
 * share's percentage when `share`; null for a vague amount ("hundreds of", "several thousand").
 */
export function numberValue(number: string, share = false): number | null {
  const n = number
    .toLowerCase()
    .replace(/^[$€£]\s?/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/\bof$|few|several/.test(n)) return null;
  const digits = /^([\d,]+(?:\.\d+)?)\s?(million|thousand|billion|trillion|bn|m)?$/.exec(n);
  if (digits)
    return Number((digits[1] as string).replace(/,/g, '')) * (digits[2] ? (SCALES[digits[2]] as number) : 1);
  const a = /^a (dozen|hundred|thousand)$/.exec(n);
  if (a) return SCALES[a[1] as string] as number;
  let value = 0;
  for (const w of n.split(/[\s-]+/)) {
    if (w in NUMBER_WORDS) value += NUMBER_WORDS[w] as number;
    else if (w in SCALES) value *= SCALES[w] as number;
  }
  return share || value ? value : null;
}

/** Where a value may lie: `low`–`high`, each bound excluded where `lowOpen` / `highOpen` ("more than X"). */
export interface Range {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/**
 * How far an approximate figure ("about", "nearly") may lie from the printed number, as a share of it.
 * 0.1: news rounds to two significant figures, so "about 2,500" stands for 2,250–2,750 and meets "2,400"
 * but not "over 3,000".
 */
export const APPROXIMATE_SHARE = 0.1;

/**
 * Minutes either side of an approximate clock time, by what it was rounded to: "around 1:30 a.m." (five
 * minutes) meets 1:29 but not 1:27; "about 1:27 a.m." (the minute) only itself. A share of the time since
 * midnight, as for other figures, would mean nothing.
 */
export const CLOCK_SLACK = { fiveMinutes: 2, minute: 0.5 };

type Reading = 'approximate' | 'above' | 'below' | 'ceiling' | 'short' | 'exact';

const READINGS: Record<(typeof QUALIFIERS)[number], Reading> = {
  'a little more than': 'above',
  'a little over': 'above',
  'no more than': 'ceiling',
  'no fewer than': 'above',
  'not more than': 'ceiling',
  'as many as': 'ceiling',
  'as few as': 'exact',
  'more than': 'above',
  'fewer than': 'below',
  'less than': 'below',
  'upwards of': 'above',
  'in excess of': 'above',
  'just over': 'above',
  'just under': 'short',
  'close to': 'approximate',
  nearly: 'short',
  almost: 'short',
  about: 'approximate',
  approximately: 'approximate',
  around: 'approximate',
  roughly: 'approximate',
  some: 'approximate',
  over: 'above',
  under: 'below',
  below: 'below',
  above: 'above',
  'up to': 'ceiling',
  'at least': 'above',
  'at most': 'ceiling',
  'an estimated': 'approximate',
  estimated: 'approximate',
  only: 'exact',
  just: 'exact',
  barely: 'short',
};

/**
 * The step a writer rounded a number to: the place of its last non-zero digit (5,000 → 1,000; 5,200 → 100;
 * 37 → 1). "More than 5,000" is read as under the next step (5,000–6,000): a writer who knew of 7,000
 * would have written "about 7,000" or "more than 6,000".
 */
function roundingStep(value: number): number {
  if (!Number.isInteger(value) || value === 0) return Number.isInteger(value) ? 1 : 10 ** -decimals(value);
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

function decimals(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

/**
 * The range a qualified number stands for: "about X" X±10%; "more than / over / at least X" X up to the next
 * rounding step; "nearly / almost X" 90% of X up to X; "up to / at most X" 0–X; "fewer / less than X" 0 up to
 * X; anything else X itself.
 */
export function rangeOf(value: number, qualifier: string | null): Range {
  const reading = qualifier
    ? (READINGS[qualifier.toLowerCase() as keyof typeof READINGS] ?? 'exact')
    : 'exact';
  const closed = (low: number, high: number): Range => ({ low, high, lowOpen: false, highOpen: false });
  switch (reading) {
    case 'approximate':
      return closed(value * (1 - APPROXIMATE_SHARE), value * (1 + APPROXIMATE_SHARE));
    case 'above':
      return {
        ...closed(value, value + roundingStep(value)),
        lowOpen: !/least|no fewer/.test(qualifier ?? ''),
      };
    case 'short':
      return { ...closed(value * (1 - APPROXIMATE_SHARE), value), highOpen: true };
    case 'ceiling':
      return closed(0, value);
    case 'below':
      return { ...closed(0, value), highOpen: true };
    case 'exact':
      return closed(value, value);
  }
}

/** Whether two ranges share a value: figures that can both be true. */
export function rangesMeet(a: Range, b: Range): boolean {
  const [lower, upper] = a.low <= b.low ? [a, b] : [b, a];
  if (upper.low < lower.high) return true;
  return upper.low === lower.high && !upper.lowOpen && !lower.highOpen;
}

const QUALIFIER_AT_START = new RegExp(`^(${QUALIFIERS.join('|')})\\s+`, 'i');
const QUALIFIER_BEFORE = new RegExp(`\\b(${QUALIFIERS.join('|')})\\s+$`, 'i');

/**
 * A value's words with the qualifier written just before it, which the value's pattern may leave out: "more
 * than $500 million" bounds the figure as "$500 million" alone does not.
 */
export function qualified(text: string, value: { start: number; end: number }): string {
  const qualifier = QUALIFIER_BEFORE.exec(text.slice(0, value.start));
  return text.slice(value.start - (qualifier?.[0].length ?? 0), value.end).replace(/\s+/g, ' ');
}

/** The words before a value, less the qualifier written just before it: "values its equity at (about)". */
export function beforeQualifier(before: string): string {
  return before.replace(QUALIFIER_BEFORE, '');
}

/**
 * A printed value read as a range, with the unit it is in: "more than 5,000" → 5,000–6,000; "$4.3 billion
 * to $5.2 billion" → 4.3–5.2 billion, unit "$"; "948-foot" → 948, unit "foot"; "1:27 a.m." → minutes after
 * midnight, unit "clock". Null when no number can be read ("several days", "hundreds of").
 */
export function readQuantity(printed: string): { range: Range; unit: string } | null {
  const text = printed.trim().replace(/\s+/g, ' ');
  const opening = QUALIFIER_AT_START.exec(text);
  const qualifier = opening?.[1]?.toLowerCase() ?? null;
  const rest = text.slice(opening?.[0].length ?? 0);
  const approximate = !!qualifier && READINGS[qualifier as keyof typeof READINGS] === 'approximate';
  const clock = /^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?$/i.exec(rest);
  if (clock) {
    const minutes =
      ((Number(clock[1]) % 12) + (/p/i.test(clock[3] as string) ? 12 : 0)) * 60 + Number(clock[2] ?? 0);
    const slack = !approximate ? 0 : minutes % 5 === 0 ? CLOCK_SLACK.fiveMinutes : CLOCK_SLACK.minute;
    return {
      range: { low: minutes - slack, high: minutes + slack, lowOpen: false, highOpen: false },
      unit: 'clock',
    };
  }
  const ends = rest.split(/\s+(?:to|and)\s+|\s*[-–]\s*(?=[$€£]?\d)/);
  const read = ends.map((end) => {
    const m = new RegExp(
      String.raw`^([$€£]?\s?(?:\d[\d,]*(?:\.\d+)?|${WORD_NUMBER}|a)(?:\s?(?:million|billion|trillion|thousand|hundred|dozen|bn|m)\b)?)[\s-]*(.*)$`,
      'i',
    ).exec(end);
    if (!m) return null;
    const value = numberValue(m[1] as string);
    const currency = /^[$€£]/.exec(m[1] as string)?.[0] ?? '';
    return value === null ? null : { value, unit: currency || unitWord(m[2] as string) };
  });
  const first = read[0];
  const last = read.at(-1);
  if (!first || !last || read.some((r) => r === null)) return null;
  if (read.length === 1) return { range: rangeOf(first.value, qualifier), unit: first.unit };
  // A range is its own margin: "an estimated $350 million to $500 million" is 350–500 million.
  const bound = approximate ? null : qualifier;
  const low = rangeOf(first.value, bound);
  const high = rangeOf(last.value, bound);
  return { range: { ...high, low: low.low, lowOpen: low.lowOpen }, unit: last.unit || first.unit };
}

/** The unit words after a number, without the words that only describe it ("-foot long" → "foot"). */
function unitWord(words: string): string {
  return words
    .toLowerCase()
    .replace(/\b(?:long|wide|tall|high|deep|old|ago|later|earlier)\b/g, '')
    .replace(/\bfeet\b/, 'foot')
    .replace(/\b(?:percent|per cent)\b/, '%')
    .replace(/(ch|sh|x)es\b/, '$1')
    .replace(/([^s])s\b/, '$1')
    .trim();
}
