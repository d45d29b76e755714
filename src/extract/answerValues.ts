import { fold } from '../corpus/fold.js';
import { normaliseWord } from '../lexicon/terms.js';

/**
 * The kinds of answer a question can ask for, and recognisers for each in a sentence. Ranking prefers
 * sentences that hold the kind asked for; conflicts compare the values found ("300-metre" vs "330-metre").
 * Recognisers are patterns of English news writing, ordered as in chrono: most specific kinds first.
 */
/** Kinds whose values can be compared as figures or dates: two that differ disagree. */
export const PRECISE_KINDS = ['date', 'time', 'amount', 'measure', 'duration', 'age', 'count'] as const;
export const ANSWER_KINDS = [...PRECISE_KINDS, 'person', 'place', 'cause'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];
/** Kinds that say when something happened, rather than how much or who. */
export const WHEN_KINDS: ReadonlySet<AnswerKind> = new Set(['date', 'time']);

export interface AnswerValue {
  kind: AnswerKind;
  start: number;
  end: number;
  /** The value as printed. */
  text: string;
  /** Comparable form: two values of one kind with different `normal` disagree. */
  normal: string;
}

const NUM = String.raw`(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;

/** Units of measure by dimension, as written (a speed's first: "km/h" before "km"). */
const UNITS = {
  speed: String.raw`km\/h|kph|mph|knots?`,
  length: String.raw`foot|feet|ft|meters?|metres?|(?:milli|centi)met(?:er|re)s?|mm|cm|miles?|mi|km|kilomet(?:er|re)s?|inches|yards?`,
  mass: String.raw`tons?|tonnes?|kilograms?|kg|pounds`,
  volume: String.raw`gallons?|lit(?:er|re)s?|barrels`,
  area: String.raw`acres?|hectares?`,
};

/** A scale word after a number: "9.2 million cubic metres", "about 4.25 million customers". */
const SCALE = String.raw`(?:\s+(?:thousand|million|billion|trillion)\b)?`;

/** Currencies written as words: "500 million rupees", "1.2 trillion yen". */
const CURRENCY = String.raw`dollars|euros|yen|yuan|renminbi|rupees|rubles|roubles|francs|kronor|kroner|kronur|pesos|reais|shekels|dinars|dirhams|riyals|rials|naira|hryvnias?|zlotys?|forints|baht|ringgit|rupiah|shillings|cedis|kwacha|lei|levs?|leva|lira|liras`;
/** Currencies whose word is also a common one ("pounds", "crowns", "marks", "won"): money only after a scale word. */
const CURRENCY_WITH_SCALE = String.raw`pounds|crowns|marks|won|rand|dong`;

const BARE_MONTH = new RegExp(`^${MONTH}$`, 'iu');
/** A date written day first: "9 May", "4th of July 1990". */
const DAY_FIRST = /^\d{1,2}(?:st|nd|rd|th)?\s/;

/** Nouns for a kind of place: "which villages" asks for a place, and "the village of X" gives one. */
export const PLACE_NOUNS =
  'towns?|city|cities|villages?|settlements?|county|counties|states?|country|countries|regions?|provinces?|districts?|areas?|ports?|bases?|posts?|airports?|hospitals?|courts?|highways?|roads?|rivers?|sites?|camps?';

const PATTERNS: Record<AnswerKind, RegExp> = {
  date: new RegExp(
    String.raw`\b(?:(?:early|mid|late|end of|the end of)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?!\p{L})(?:,?\s+\d{4})?|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|${MONTH}\s+\d{4}|${MONTH}(?!\p{L})|(?:1[89]|20)\d{2}s?(?![\s-]*(?:foot|feet|troops|people|km|miles|tons))|${WEEKDAY}|yesterday|last (?:week|month|year)|this (?:week|month|year)|earlier this year|next (?:week|month|year))\b`,
    'giu',
  ),
  // A clock time: "11:10 p.m.", "03:14 local time", "1400 GMT"; or the part of a day it fell in ("before dawn").
  time: /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?:\s*(?:local time|GMT|UTC|hours))?|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|hours|local time)\b|\b(?:(?:before|at|after|by|around)\s+)?(?:noon|midnight|midday|dawn|daybreak|dusk|sunrise|sunset)\b/giu,
  amount: new RegExp(
    String.raw`[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|m)\b)?(?:\s+(?:to|and|-)\s+[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn)\b)?)?|\b${NUM}${SCALE}\s+(?:${CURRENCY})\b|\b${NUM}\s+(?:thousand|million|billion|trillion)\s+(?:${CURRENCY_WITH_SCALE})\b`,
    'giu',
  ),
  measure: new RegExp(
    String.raw`\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|\b(?:${NUM}|a|an)[\s-]+(?:miles?|kilomet(?:er|re)s?|km)\s+(?:an|a|per)\s+hour\b|\b${NUM}(?:[\s-]+(?:${NUM}))?${SCALE}[\s-]*(?:(?:cubic|square)\s+)?(?:${UNITS.speed}|${UNITS.length}|${UNITS.mass}|${UNITS.volume}|${UNITS.area})\b(?:[\s-]*(?:long|wide|tall|high|deep))?`,
    'giu',
  ),
  duration: new RegExp(
    String.raw`\b(?:${NUM}|a|an|several|few)[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?![\s-]+old\b)(?:[\s-]+(?:long|ago|later|earlier))?|\b(?:seconds|minutes|hours|days|weeks|months|years|decades)[\s-]long\b`,
    'giu',
  ),
  age: /(?<=\p{Lu}[\p{L}'’.-]+,\s)\d{1,3}(?=\s*[,;.)]|\s*$)|\b\d{1,3}[\s-]years?[\s-]old\b|\baged\s+\d{1,3}\b/gu,
  count: new RegExp(
    String.raw`\b(?:(?:some|about|nearly|over|more than|fewer than|at least|up to|around|approximately|roughly)\s+)?${NUM}\b${SCALE}(?![.,]?\d)(?!\s*(?:%|percent|a\.m\.|p\.m\.))(?<!\bone(?=\s+of\b))`,
    'giu',
  ),
  person:
    /\b\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|al-\p{Lu}[\p{Ll}'’-]+|de|van|von)){1,3}/gu,
  // A place is a capitalised name after a preposition of place, or after a noun for a kind of place ("the
  // village of Tavor").
  place: new RegExp(
    String.raw`\b(?:(?:in|at|to|from|near|into|across|outside|inside)\s+(?:the\s+)?|(?:${PLACE_NOUNS})\s+of\s+(?:the\s+)?)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*`,
    'gu',
  ),
  // A "why" is answered by a cause or by a purpose ("designed to", "in order to"): what it was for.
  cause:
    /\b(?:because|due to|caused|causing|cause of|led to|leading to|result(?:ed)? (?:of|in|from)|blamed|triggered|reasons?|as a result|cit(?:ed|es|ing)|attributed|after|owing to|in order to|so that|in a bid to|in an effort to|(?:aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|try(?:ing)?|intend(?:s|ed|ing)?|design(?:s|ed|ing)?|mean(?:s|t|ing)?|created|set up|established|formed) to|reflect(?:s|ed|ing)?|factors?|(?:the|part of the) (?:problem|reason) is)\b/giu,
};

/** What a measure measures: "how tall" asks for a length, and "110 km/h" is a speed, not one. */
export type Dimension = 'length' | 'speed' | 'mass' | 'volume' | 'area' | 'share';

/** Units by dimension; speed before length, since "miles an hour" holds "miles". */
const DIMENSION_UNITS: [Dimension, RegExp][] = [
  ['share', /%|\bper\s?cent\b/],
  ['speed', new RegExp(String.raw`\b(?:${UNITS.speed})\b|\b(?:an|a|per) hour\b`)],
  // An area or a volume is written with a length's unit ("3 square miles", "9.2 million cubic metres").
  ['area', new RegExp(String.raw`\b(?:${UNITS.area}|square)\b`)],
  ['volume', new RegExp(String.raw`\b(?:${UNITS.volume}|cubic)\b`)],
  ['length', new RegExp(String.raw`\b(?:${UNITS.length})\b`)],
  ['mass', new RegExp(String.raw`\b(?:${UNITS.mass})\b`)],
];

/** The dimension of a measure, from its unit. */
export function dimensionOf(value: AnswerValue): Dimension | null {
  if (value.kind !== 'measure') return null;
  const text = fold(value.text);
  return DIMENSION_UNITS.find(([, unit]) => unit.test(text))?.[0] ?? null;
}

/** A value answers a question asking for `asked` (null: any): a measure of another dimension does not. */
export function fitsDimension(value: AnswerValue, asked: Dimension | null): boolean {
  const has = dimensionOf(value);
  return !asked || !has || has === asked;
}

/** Values of one kind in a sentence, in order. */
export function findValues(text: string, kind: AnswerKind): AnswerValue[] {
  const values: AnswerValue[] = [];
  for (const m of text.matchAll(PATTERNS[kind])) {
    // A capitalised run may open with a capitalised function word ("The Times", "On Monday").
    const printed = kind === 'person' ? dropLeadingFunctionWords(m[0].trim()) : m[0].trim();
    if (!printed || (kind === 'person' && !printed.includes(' '))) continue;
    const start = (m.index ?? 0) + m[0].indexOf(printed);
    if (kind === 'count' && isPartOfOtherKind(text, start, start + printed.length)) continue;
    // A month is one only written as a name: "in October", "on 9 May", not "it may rain", "nine may go".
    if (kind === 'date' && (BARE_MONTH.test(printed) || DAY_FIRST.test(printed)) && !/\p{Lu}/u.test(printed))
      continue;
    values.push({ kind, start, end: start + printed.length, text: printed, normal: normalValue(printed) });
  }
  return values;
}

/** A count must not be the digits of a year, a time, a date, a money amount or a measure. */
function isPartOfOtherKind(text: string, start: number, end: number): boolean {
  for (const kind of ['date', 'time', 'amount', 'measure', 'duration', 'age'] as const) {
    for (const v of text.matchAll(PATTERNS[kind])) {
      const s = v.index ?? 0;
      if (start < s + v[0].length && s < end) return true;
    }
  }
  return false;
}

function dropLeadingFunctionWords(run: string): string {
  const words = run.split(/\s+/);
  while (words.length && normaliseWord(fold(words[0] as string)) === null) words.shift();
  return words.join(' ');
}

/** Comparable form of a value: folded, number words as digits, units stemmed, qualifiers dropped. */
export function normalValue(printed: string): string {
  return fold(printed)
    .replace(
      /^(?:some|about|nearly|over|more than|fewer than|at least|up to|around|approximately|roughly)\s+/,
      '',
    )
    .split(/[\s-]+/)
    .map((w) => (/^[\d$€£]/.test(w) ? w.replace(/,/g, '') : (normaliseWord(w) ?? w)))
    .join(' ');
}
