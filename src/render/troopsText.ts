import type { Answer, Item } from '../answer/schema.js';
import type { Article } from '../corpus/article.js';
import { quoteLines } from './quoteLines.js';

/**
 * /troops in a terminal: figures under their place, one line each (qualifier, number, whose, unit, and
 * when and who says so), the quote under it with its file and date; disagreements last. A question's figures
 * come best first, places mixed: then each line names its place, as a heading would repeat.
 */
export function renderTroopsText(answer: Answer, articles: readonly Article[] = []): string {
  if (answer.status === 'not_found') {
    return answer.query
      ? `The articles give no troop figures for "${answer.query}".`
      : 'The articles give no troop figures.';
  }
  const out: string[] = [];
  const places = answer.items.map((item) => text(item.place) ?? 'Place not stated');
  const runs = places.filter((p, i) => p !== places[i - 1]);
  const grouped = new Set(runs).size === runs.length;
  answer.items.forEach((item, i) => {
    const here = places[i];
    if (grouped && here !== places[i - 1]) out.push('', here as string);
    const where = !grouped && text(item.place) ? ` in ${text(item.place)}` : '';
    out.push(`${String(i + 1).padStart(3)}. ${figureLine(item, where)}`);
    for (const c of item.citations) out.push(...quoteLines(c, articles).map((l) => `  ${l}`));
  });
  for (const c of answer.conflicts) {
    out.push(
      '',
      `! Sources disagree on ${c.about}: ${c.note} (items ${c.items.map((i) => i + 1).join(', ')})`,
    );
  }
  return out.join('\n').replace(/^\n+/, '');
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

/**
 * "about 4,200 troops (British; now; per defence sources)". Whose forces go in the notes, not before the
 * unit: a force read from the subject ("Paris keeps …") does not read as an adjective.
 */
function figureLine(item: Item, where: string): string {
  const amount = `${[text(item.qualifier), text(item.figure), text(item.unit)].filter(Boolean).join(' ')}${where}`;
  const notes = [
    text(item.force),
    text(item.when),
    text(item.attribution) && `per ${text(item.attribution)}`,
  ].filter(Boolean);
  return `${amount}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}
