import type { Answer } from '../answer/schema.js';
import type { Article } from '../corpus/article.js';
import { quoteLines } from './quoteLines.js';

/** /who in a terminal: "name — roles", the quotes that state them under it; name clashes last. */
export function renderWhoText(answer: Answer, articles: readonly Article[] = []): string {
  if (answer.status === 'not_found') {
    return answer.query ? `No one in the articles matches "${answer.query}".` : 'The articles name no one.';
  }
  const out: string[] = [];
  answer.items.forEach((item, i) => {
    const roles = Array.isArray(item.roles)
      ? item.roles.filter((r): r is string => typeof r === 'string')
      : [];
    const name = typeof item.name === 'string' ? item.name : item.text;
    if (i > 0) out.push('');
    out.push(`${String(i + 1).padStart(3)}. ${name} — ${roles.length ? roles.join('; ') : 'no role given'}`);
    for (const c of item.citations) out.push(...quoteLines(c, articles).map((l) => `  ${l}`));
  });
  for (const c of answer.conflicts) {
    out.push(
      '',
      `! Sources disagree on ${c.about}: ${c.note} (items ${c.items.map((i) => i + 1).join(', ')})`,
    );
  }
  return out.join('\n');
}
