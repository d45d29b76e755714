import { isCredit, isPromptOrReadTime, isProseLine } from './furniture.js';
import type { Line } from './sentences.js';

/**
 * What the top of a page states about itself when there is no front matter: "Key: value" header lines
 * (Title, Source, URL, Date), else a headline and a publisher's name above the first paragraph.
 */
export interface Lead {
  title: string | null;
  source: string | null;
  url: string | null;
  /** The value of a "Date:" header line, as printed. */
  date: { text: string; line: Line } | null;
  /** Lines above the first prose line, and that line itself (it may open with a dateline). */
  lines: Line[];
}

const HEADER = /^(title|headline|source|publisher|url|link|date|published|author|byline)\s*:\s*(.+)$/i;

/** Lines looked at before the first paragraph; page tops rarely hold more before the story starts. */
const MAX_LEAD_LINES = 6;

export function readLead(lines: Line[]): Lead {
  const lead: Lead = { title: null, source: null, url: null, date: null, lines: [] };
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    const m = HEADER.exec(line.text);
    if (!m) break;
    const key = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    if (key === 'title' || key === 'headline') lead.title = value;
    else if (key === 'source' || key === 'publisher') lead.source = value;
    else if (key === 'url' || key === 'link') lead.url = value;
    else if (key === 'date' || key === 'published') lead.date = { text: value, line };
  }
  const headerLines = i;
  for (; i < lines.length && lead.lines.length < MAX_LEAD_LINES; i++) {
    const line = lines[i] as Line;
    if (isCredit(line.text)) continue;
    lead.lines.push(line);
    if (isProseLine(line.text, lines[i - 1]?.text, lines[i + 1]?.text)) break;
  }
  if (headerLines === 0) readHeadline(lead);
  return lead;
}

const words = (t: string) => t.split(/\s+/).length;
const HAS_DIGIT = /\d/;

/** A headline is the first line with several words that does not end like a sentence; a short line under it is the publisher. */
function readHeadline(lead: Lead): void {
  const above = lead.lines.slice(0, -1).filter((l) => !isPromptOrReadTime(l.text));
  const titleAt = above.findIndex((l) => words(l.text) >= 4 && !/[.!?]$/.test(l.text));
  if (titleAt < 0) return;
  lead.title ??= above[titleAt]?.text ?? null;
  const publisher = above.slice(titleAt + 1).find((l) => words(l.text) <= 4 && !HAS_DIGIT.test(l.text));
  lead.source ??= publisher?.text ?? null;
}
