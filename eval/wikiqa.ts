/**
 * `npm run eval:wikiqa`: citebot on WikiQA's dev split (../shared/eval/wikiqa/dev), beside plain BM25 over
 * the same sentences (MiniSearch, its defaults, the best sentence quoted). Measurement only: its licence
 * allows research and development use, so nothing is fitted on it and nothing of it is copied here.
 */
import { join, resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { openIndex } from '../src/engine.js';
import { casesOf, fold, type SetSpec, score } from './score.js';

const dir = resolve('../shared/eval/wikiqa/dev');
const set: SetSpec = {
  name: 'wikiqa-dev',
  questions: join(dir, 'questions.json'),
  articles: join(dir, 'articles'),
};

const s = await score(set, {});
const answered = s.firstTotal;
console.log('| system | expected sentence first (answerable) | unanswerable declined | answerable refused |');
console.log('|---|---|---|---|');
console.log(
  `| citebot | ${s.firstHits}/${answered} | ${s.declined}/${s.unanswerable} | ${s.refused}/${s.answerable} |`,
);

const index = await openIndex({ articlesDir: set.articles });
const bm25 = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
const sentences = index.articles.flatMap((a) =>
  a.sentences.map((span) => a.text.slice(span.start, span.end)),
);
bm25.addAll(sentences.map((text, id) => ({ id, text })));
let first = 0;
for (const c of casesOf(set)) {
  if (c.status !== 'answered') continue;
  const top = bm25.search(c.query)[0];
  const quote = fold(top ? sentences[top.id as number] : '');
  if ((c.expect_any ?? []).some((e) => quote.includes(fold(e)))) first++;
}
console.log(
  `| plain BM25 (MiniSearch, best sentence) | ${first}/${answered} | 0/${s.unanswerable} | 0/${s.answerable} |`,
);
