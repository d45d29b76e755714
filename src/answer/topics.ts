import type { Article } from '../corpus/article.js';
import { findValues } from '../extract/answerValues.js';
import type { TimelineEvent } from '../extract/events.js';

/** Topics offered for `/timeline` autocomplete at most: Discord shows 25 choices. */
export const MAX_TOPICS = 25;

/**
 * Topics worth a timeline: the names (capitalised runs) that the most dated events mention, most
 * frequent first, so a user typing "/timeline K…" is offered what the story's dates are about.
 */
export function timelineTopics(
  articles: readonly Article[],
  events: ReadonlyMap<string, TimelineEvent[]>,
): string[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const sentences = new Set((events.get(article.file) ?? []).map((e) => e.sentence));
    for (const s of sentences) {
      const span = article.sentences[s];
      if (!span) continue;
      const names = new Set(
        findValues(article.text.slice(span.start, span.end), 'person').map((v) => v.text),
      );
      for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TOPICS)
    .map(([name]) => name);
}
