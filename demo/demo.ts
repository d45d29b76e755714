/**
 * `npm run demo`: the main job on the bundled articles, no Discord token needed. Opens (or builds) the
 * index, lists the sources, then asks the questions in demo/questions.txt and prints each answer as the
 * terminal shows it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMANDS, type CommandName } from '../src/answer/schema.js';
import { answerCommand, openEngine } from '../src/engine.js';
import { renderText } from '../src/render/text.js';

const started = performance.now();
const engine = await openEngine({
  articlesDir: resolve('articles'),
  warn: (m) => process.stderr.write(`warning: ${m}\n`),
});
console.log(
  `citebot: ${engine.articles.length} articles ready in ${Math.round(performance.now() - started)} ms\n`,
);
console.log('$ sources');
console.log(renderText(engine.sources(), engine.articles));

const lines = readFileSync(new URL('./questions.txt', import.meta.url), 'utf8').split('\n');
for (const line of lines) {
  const m = /^(\w+):\s*(.*)$/.exec(line.trim());
  if (!m || line.startsWith('#') || !(COMMANDS as readonly string[]).includes(m[1] ?? '')) continue;
  const [command, query] = [m[1] as CommandName, m[2] ?? ''];
  const t = performance.now();
  const result = answerCommand(engine, command, query);
  console.log(`\n$ ${command} ${query}   (${(performance.now() - t).toFixed(0)} ms)`);
  console.log(renderText(result, engine.articles));
}
