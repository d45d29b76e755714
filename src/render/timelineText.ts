import type { Answer, Citation, Item } from '../answer/schema.js';

/** Width of the date column: "2023-10-12 (early)" and "1990–1995" fit, so event lines start in one column. */
const DATE_COLUMN = 18;
/** A headline longer than this is cut at a word: the full sentence is quoted under it. */
const HEADLINE_CHARS = 110;
const HAPPENED = '●';
const PLANNED = '○';

/**
 * A timeline as a terminal shows it: one line per event with its date and a marker telling what happened
 * (●) from what is planned or expected (○), each quote under it with its file and the article's
 * publication date ("undated" when unknown). Undated events, whose dates need an unknown publication date,
 * come last under their own heading, with the words that date them.
 */
export function renderTimelineText(answer: Answer): string {
  if (answer.status === 'not_found' || !answer.items.length) {
    return answer.query
      ? `No dated events about "${answer.query}" in the articles.`
      : 'No dated events in the articles.';
  }
  const dated = answer.items.filter((i) => i.date);
  const out: string[] = [
    `Timeline${answer.query ? ` of "${answer.query}"` : ''}: ${answer.items.length} event${answer.items.length === 1 ? '' : 's'} (${HAPPENED} happened, ${PLANNED} planned or expected)`,
  ];
  for (const item of dated) out.push('', ...eventLines(item, answer.items.indexOf(item)));
  const undated = answer.items.filter((i) => !i.date);
  if (undated.length) {
    out.push('', 'Undated (told relative to a publication date the article does not give):');
    for (const item of undated) out.push('', ...eventLines(item, answer.items.indexOf(item)));
  }
  for (const c of answer.conflicts) {
    out.push(
      '',
      // `about` is a topic, a question or an event's headline: quoted, it reads as any of them.
      `! Sources give different dates for "${c.about}": ${c.note} (events ${c.items.map((i) => i + 1).join(', ')})`,
    );
  }
  return out.join('\n');
}

function eventLines(item: Item, index: number): string[] {
  const marker = item.planned === true ? PLANNED : HAPPENED;
  const head = `${String(index + 1).padStart(3)}. ${dateLabel(item).padEnd(DATE_COLUMN)} ${marker} ${headline(item.text)}`;
  return [head, ...item.citations.flatMap(citationLines)];
}

/** The date as ISO with what qualifies it: "2019 (late)", "2030-06 (end)", "1990–1995", "undated: Friday". */
function dateLabel(item: Item): string {
  const when = typeof item.when === 'string' ? item.when : '';
  if (!item.date) return `undated: ${when}`;
  const through = typeof item.through === 'string' ? `–${item.through}` : '';
  const words = [typeof item.qualifier === 'string' ? item.qualifier : null].filter(Boolean);
  return `${item.date}${through}${words.length ? ` (${words.join(', ')})` : ''}`;
}

function headline(text: string): string {
  if (text.length <= HEADLINE_CHARS) return text;
  const cut = text.slice(0, HEADLINE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), HEADLINE_CHARS / 2)).trimEnd()}…`;
}

const INDENT = ' '.repeat(5);

function citationLines(c: Citation): string[] {
  return [
    `${INDENT}> ${c.quote.replace(/\s+/g, ' ')}`,
    `${INDENT}  — ${c.file} · ${c.published ?? 'undated'}`,
  ];
}
