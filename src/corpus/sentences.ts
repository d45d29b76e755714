import { eng as STOPWORDS } from 'stopword';
import { nlp } from '../lexicon/nlp.js';
import type { Sentence, Span } from './article.js';
import { fold } from './fold.js';
import { isProseLine } from './furniture.js';

/** A line of the file with its offsets; news pages put one paragraph on a line. */
export interface Line extends Span {
  text: string;
}

/** Lines of `text` between `from` and `to`, with offsets, blank ones (spaces, NBSP) left out. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    lines.push({ start, end: start + body.length, text: body });
  }
  return lines;
}

/**
 * Sentences of one line, with offsets into the file. compromise's tokenizer knows English abbreviations
 * ("U.S. Northern Command", "Maj. Gen.", "Oct. 01", "a.m.") which a full-stop regex would cut.
 */
export function splitSentences(line: Line): Span[] {
  const spans: Span[] = [];
  // `terms: false` skips per-word output (compromise's types omit it, its docs list it).
  const doc = nlp.tokenize(line.text).json({ offset: true, terms: false, text: false } as object) as Array<{
    offset: { start: number; length: number };
  }>;
  for (const s of doc) {
    const raw = line.text.slice(s.offset.start, s.offset.start + s.offset.length);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    let start = line.start + s.offset.start + lead;
    // compromise leaves an opening quote outside the sentence; a quote must not start mid-quotation.
    while (start > line.start && OPENERS.includes(charAt(line, start - 1))) start--;
    const end = wholeWordEnd(line, line.start + s.offset.start + lead + body.length);
    const from = start;
    for (const at of endsAfterAbbreviation(line.text.slice(from - line.start, end - line.start))) {
      spans.push({ start, end: from + at });
      start = nextWordAt(line, from + at);
    }
    spans.push({ start, end });
  }
  return spans;
}

/** English function words (the `stopword` package's list): none of them continues a name or a date. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(STOPWORDS);

/**
 * Where a sentence compromise kept whole ends at an abbreviation ("at 5:10 a.m. The blast…", "in Tulsa,
 * Okla. It was…"): the abbreviation's full stop is followed by a capitalised function word, which no name or
 * date continues ("a.m. Tuesday", "U.S. Northern Command" go on), so a new sentence starts there.
 * Offsets just past each such full stop, in the sentence's text.
 */
function endsAfterAbbreviation(sentence: string): number[] {
  const ends: number[] = [];
  for (const m of sentence.matchAll(/\.\s+(\p{Lu}[\p{Ll}'’]*)(?=[\s,])/gu)) {
    const word = m[1] as string;
    if (FUNCTION_WORDS.has(fold(word))) ends.push((m.index ?? 0) + 1);
  }
  return ends;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * compromise's offsets can run one character into the next sentence ("by Jan. 15 of …" gave a sentence
 * ending "Jan. 1"): an end inside a word moves back to the end of the last whole word before it.
 */
function wholeWordEnd(line: Line, end: number): number {
  if (!(WORD_CHAR.test(charAt(line, end)) && WORD_CHAR.test(charAt(line, end - 1)))) return end;
  let i = end;
  while (i > line.start && !/\s/.test(charAt(line, i - 1))) i--;
  while (i > line.start && /\s/.test(charAt(line, i - 1))) i--;
  return i;
}

/** The offset of the first non-space character at or after `at`. */
function nextWordAt(line: Line, at: number): number {
  let i = at;
  while (i < line.end && /\s/.test(charAt(line, i))) i++;
  return i;
}

const OPENERS = '"\'\u201c\u2018\u00ab([';

function charAt(line: Line, at: number): string {
  return line.text.charAt(at - line.start);
}

/**
 * A run-in head opening a paragraph ("What Happened: In a letter…", "Why It Matters: The outage…"): a few
 * capitalised words, one of them a function word (so not a speaker's name, "Ana Ruiz: We will…"), and a
 * colon. It labels the paragraph and says nothing itself, so it is no part of the first sentence: a
 * question's "happened" must not match the label.
 */
const RUN_IN_HEAD = /^((?:\p{Lu}[\p{L}'’]*\s+){0,4}\p{Lu}[\p{L}'’]*):\s+(?=\S)/u;

function afterRunInHead(line: Line): Line {
  const m = RUN_IN_HEAD.exec(line.text);
  if (!m || !(m[1] as string).split(/\s+/).some((w) => FUNCTION_WORDS.has(fold(w)))) return line;
  return { start: line.start + m[0].length, end: line.end, text: line.text.slice(m[0].length) };
}

/** The quotable sentences of an article body: prose lines only, each split into sentences. */
export function bodySentences(text: string, from: number): Sentence[] {
  const lines = splitLines(text, from);
  const sentences: Sentence[] = [];
  lines.forEach((line, i) => {
    if (!isProseLine(line.text, lines[i - 1]?.text, lines[i + 1]?.text)) return;
    for (const span of splitSentences(afterRunInHead(line))) sentences.push({ ...span, paragraph: i });
  });
  return sentences;
}
