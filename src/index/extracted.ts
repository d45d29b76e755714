import type { Article } from '../corpus/article.js';
import { extractEvents, type TimelineEvent } from '../extract/events.js';
import { extractPeople, type PersonRecord } from '../extract/people.js';
import { extractFigures, type FigureRecord } from '../extract/troopFigures.js';

/**
 * What /timeline, /troops and /who read of the articles, extracted once when an article is indexed (a few
 * milliseconds an article) so that no command parses dates or names at question time. Each map is by file.
 */
export interface Extracted {
  events: Map<string, TimelineEvent[]>;
  figures: Map<string, FigureRecord[]>;
  people: Map<string, PersonRecord[]>;
}

export const EXTRACTED_KINDS = [
  'events',
  'figures',
  'people',
] as const satisfies readonly (keyof Extracted)[];

export function emptyExtracted(): Extracted {
  return { events: new Map(), figures: new Map(), people: new Map() };
}

/** Extracts an article into the maps, replacing what they held for its file. */
export function extractInto(extracted: Extracted, article: Article): void {
  extracted.events.set(article.file, extractEvents(article));
  extracted.figures.set(article.file, extractFigures(article));
  extracted.people.set(article.file, extractPeople(article));
}

export function forget(extracted: Extracted, file: string): void {
  for (const kind of EXTRACTED_KINDS) extracted[kind].delete(file);
}
