import type { Token } from './terms.js';

/**
 * Runs of capitalised words standing side by side, with only spaces or dots between them: the names a text
 * gives ("Federal Railroad Administration", "Gov. Ana Ruiz", "Marlow"). `tokens` are the text's tokens,
 * or those of them that may be part of a name; a number or any other word ends a run.
 */
export function nameRuns(text: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    const last = run[run.length - 1];
    if (
      last &&
      !(token.capitalised && !token.numeric && /^[\s.]*$/.test(text.slice(last.end, token.start)))
    ) {
      runs.push(run);
      run = [];
    }
    if (token.capitalised && !token.numeric) run.push(token);
  }
  if (run.length) runs.push(run);
  return runs;
}
