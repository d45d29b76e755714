import type { Answer } from '../answer/schema.js';

/** The answer exactly as CONTRACT §2 gives it: one JSON document. */
export function renderJson(answer: Answer): string {
  return JSON.stringify(answer, null, 2);
}
