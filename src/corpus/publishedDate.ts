import * as chrono from 'chrono-node';
import { nlp } from '../lexicon/nlp.js';
import type { Span } from './article.js';
import type { Line } from './sentences.js';

/** The publication date as the article states it. Never guessed: what cannot be told is null. */
export interface PublishedDate {
  iso: string | null;
  /** The printed form, kept when two readings remain (e.g. "07-09-2025" with nothing in the text to choose). */
  asWritten: string | null;
  span: Span | null;
}

const NONE: PublishedDate = { iso: null, asWritten: null, span: null };

/** A numeric date: 07-09-2025, 06/10/24, 7.9.2025 — day-first or month-first, which the text must settle. */
const NUMERIC_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/;

/** A dateline is read from the start of the first prose line only ("PORTSMOUTH, NH - June 10, 2024 - …"). */
const DATELINE_CHARS = 80;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function validDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** The readings of a numeric date: one, or two when both day-first and month-first are valid days. */
export function numericReadings(a: number, b: number, year: number): string[] {
  const y = year < 100 ? 2000 + year : year;
  const readings = new Set<string>();
  if (validDay(y, b, a)) readings.add(iso(y, b, a)); // day-first, as most of the world prints it
  if (validDay(y, a, b)) readings.add(iso(y, a, b)); // month-first, as US outlets print it
  return [...readings];
}

/** A full date (day, month and year all printed) anywhere in `text`, via chrono. */
function statedFullDate(text: string): { iso: string; index: number; length: number } | null {
  for (const r of chrono.parse(text)) {
    const s = r.start;
    // "today" and "now" are certain to chrono too; a printed date has its year in digits.
    if (s.isCertain('day') && s.isCertain('month') && s.isCertain('year') && /\d{4}/.test(r.text)) {
      return {
        iso: iso(s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0),
        index: r.index,
        length: r.text.length,
      };
    }
  }
  return null;
}

/**
 * Whether the article's own past-tense reports fit a publication date: a piece that says "On September 2 …
 * met" was published after September 2. Days and months stated without a year take the reading's year.
 */
function consistentWith(reading: string, sentences: string[]): boolean {
  const year = Number(reading.slice(0, 4));
  for (const sentence of sentences) {
    for (const r of chrono.parse(sentence)) {
      const s = r.start;
      if (!s.isCertain('day') || !s.isCertain('month') || !/\d/.test(r.text)) continue;
      const event = iso(
        s.isCertain('year') ? (s.get('year') ?? year) : year,
        s.get('month') ?? 0,
        s.get('day') ?? 0,
      );
      if (event > reading && nlp(sentence).has('#PastTense')) return false;
    }
  }
  return true;
}

/**
 * Reads the publication date from the lead of an article: the lines before its first prose line, and the
 * dateline that may open that line. A month-name date wins over a numeric one; a numeric date that reads
 * two ways is settled by `bodySentences` (see `consistentWith`), or left as written.
 */
export function findPublishedDate(lead: Line[], bodySentences: string[]): PublishedDate {
  let numeric: { readings: string[]; span: Span; written: string } | null = null;
  for (const [i, line] of lead.entries()) {
    const text = i === lead.length - 1 ? line.text.slice(0, DATELINE_CHARS) : line.text;
    const full = statedFullDate(text);
    const m = NUMERIC_DATE.exec(text);
    if (m && !numeric && (!full || m.index <= full.index)) {
      const readings = numericReadings(Number(m[1]), Number(m[2]), Number(m[3]));
      if (readings.length) {
        const start = line.start + m.index;
        numeric = { readings, span: { start, end: start + m[0].length }, written: m[0] };
      }
    }
    if (full && !(m && m.index <= full.index && full.index < m.index + m[0].length)) {
      // A date with its month spelled out reads one way only, so it wins over a numeric one.
      const start = line.start + full.index;
      return { iso: full.iso, asWritten: null, span: { start, end: start + full.length } };
    }
  }
  if (!numeric) return NONE;
  const fitting = numeric.readings.filter((r) => consistentWith(r, bodySentences));
  if (fitting.length === 1) return { iso: fitting[0] ?? null, asWritten: null, span: numeric.span };
  return { iso: null, asWritten: numeric.written, span: numeric.span };
}
