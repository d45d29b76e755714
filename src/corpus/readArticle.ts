import type { Article, Span } from './article.js';
import { readFrontMatter } from './frontMatter.js';
import { isPromptOrReadTime } from './furniture.js';
import { readLead } from './lead.js';
import { findPublishedDate, type PublishedDate } from './publishedDate.js';
import { bodySentences, splitLines } from './sentences.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Reads one article from its file text (BOM already removed): metadata from front matter, else from the
 * page's lead; the body's quotable sentences with offsets. Pure: no I/O, so any text can be tested.
 */
export function readArticle(file: string, text: string): Article {
  const { data, bodyStart } = readFrontMatter(file, text);
  const lines = splitLines(text, bodyStart);
  const lead = readLead(lines);
  const sentences = bodySentences(text, bodyStart);
  const sentenceTexts = sentences.map((s) => text.slice(s.start, s.end));

  let date: PublishedDate;
  if (data.date !== undefined) date = fromStatedDate(data.date, null);
  else if (lead.date) date = fromStatedDate(lead.date.text, lead.date.line);
  else date = findPublishedDate(lead.lines, sentenceTexts);

  return {
    file,
    text,
    title: data.title ?? lead.title,
    source: data.source ?? lead.source,
    url: data.url ?? lead.url,
    published: date.iso,
    publishedAsWritten: date.asWritten,
    publishedSpan: date.span && lineAround(text, date.span),
    sentences,
    words: sentenceTexts.reduce((n, s) => n + s.split(/\s+/).length, 0),
  };
}

/** A date given in front matter or a "Date:" line: ISO is taken as is, anything else read like a lead line. */
function fromStatedDate(
  value: string,
  line: { start: number; end: number; text: string } | null,
): PublishedDate {
  const m = ISO_DAY.exec(value.trim());
  if (m) {
    const span = line ? { start: line.end - value.length, end: line.end } : null;
    return { iso: `${m[1]}-${m[2]}-${m[3]}`, asWritten: null, span };
  }
  if (line) return findPublishedDate([line], []);
  return { iso: null, asWritten: value, span: null };
}

/**
 * The whole line a date was read from ("07-09-2025 04:13", "Date: 2024-03-27"): a citation quotes lines,
 * not fragments; but never page furniture ("Oct. 01, 2025 • 2 min read" is cited as its date alone).
 */
function lineAround(text: string, span: Span): Span {
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const next = text.indexOf('\n', span.end);
  const end = next < 0 ? text.length : next;
  const line = text.slice(start, end);
  if (isPromptOrReadTime(line)) return span;
  const lead = line.length - line.trimStart().length;
  return { start: start + lead, end: start + line.trimEnd().length };
}
