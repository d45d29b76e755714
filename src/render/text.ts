import type { Answer, Item } from '../answer/schema.js';
import type { Article } from '../corpus/article.js';
import { quoteLines } from './quoteLines.js';
import { renderTimelineText } from './timelineText.js';
import { renderTroopsText } from './troopsText.js';
import { renderWhoText } from './whoText.js';

/** What a person reads in a terminal, by command: each answer, each quote under it with its file and date. */
export function renderText(answer: Answer, articles: readonly Article[]): string {
  switch (answer.command) {
    case 'timeline':
      return renderTimelineText(answer);
    case 'troops':
      return renderTroopsText(answer, articles);
    case 'who':
      return renderWhoText(answer, articles);
    default:
      return renderAnswerText(answer, articles);
  }
}

/** The shape /ask and /sources share: numbered items, quotes under them, conflicts last. */
function renderAnswerText(answer: Answer, articles: readonly Article[]): string {
  const out: string[] = [];
  if (answer.status === 'not_found') {
    out.push(
      answer.command === 'ask' || answer.query
        ? `The articles don't say${answer.query ? ` (${answer.query})` : ''}.`
        : 'Nothing found in the articles.',
    );
    if (answer.items.length) out.push('', 'Closest passages (they do not answer it):');
  }
  if (answer.answer) out.push(`Answer: ${answer.answer}`);
  answer.items.forEach((item, i) => {
    const marker = answer.status === 'answered' ? `${i + 1}.` : '-';
    const quotes = item.citations.flatMap((c) => quoteLines(c, articles));
    // An item that is its own quote (most /ask items) is shown once, as the quote, its number beside it.
    const saysMore = item.text !== item.citations[0]?.quote.replace(/\s+/g, ' ');
    if (saysMore || !quotes.length) out.push('', `${marker} ${headline(item)}`, ...quotes);
    else out.push('', `${marker.padEnd(2)} ${quotes[0]?.trimStart()}`, ...quotes.slice(1));
  });
  for (const conflict of answer.conflicts) {
    out.push(
      '',
      `! Sources disagree: ${conflict.note} (items ${conflict.items.map((i) => i + 1).join(', ')})`,
    );
  }
  return out.join('\n').trimStart();
}

function headline(item: Item): string {
  return item.date ? `[${item.date}] ${item.text}` : item.text;
}
