/**
 * `npm run eval`: leave-one-story-out. For each development story the ranking model is fitted on the other
 * stories (its `not_found` threshold chosen on them too) and that story is scored: the number that says how
 * citebot does on a story nobody tuned for; then the ranking alone on those held-out stories, with no
 * threshold. Then the same for the full fit (every story seen), and a cross-validated ablation that drops one
 * feature at a time. `--verbose` lists each failing case.
 */
import { FEATURES, type FeatureName } from '../src/retrieve/features.js';
import type { RankingModel } from '../src/retrieve/rankingModel.js';
import { questionSets, type Score, type SetSpec, score } from './score.js';
import { type CaseRows, fitModel, rowLogit, rowsOf } from './trainModel.js';

const verbose = process.argv.includes('--verbose');
const ablate = !process.argv.includes('--no-ablation');
const sets = questionSets();
const rows = new Map<string, CaseRows[]>();
for (const set of sets) rows.set(set.name, await rowsOf(set));
const all = [...rows.values()].flat();
const except = (story: string) => all.filter((c) => c.story !== story);

const frac = (a: number, b: number) => (b ? `${a}/${b}` : '–');
const cmd = (s: Score, c: string) => {
  const r = s.byCommand.get(c);
  return r ? frac(r.pass, r.total) : '–';
};
const sum = (scores: Score[], f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
const passed = (s: Score) => sum([s], (x) => [...x.byCommand.values()].reduce((n, r) => n + r.pass, 0));
const total = (s: Score) => sum([s], (x) => [...x.byCommand.values()].reduce((n, r) => n + r.total, 0));
const pct = (a: number, b: number) => `${b ? Math.round((100 * a) / b) : 0}%`;

function row(name: string, s: Score): string {
  return `| ${name} | ${frac(passed(s), total(s))} ${pct(passed(s), total(s))} | ${cmd(s, 'ask')} | ${cmd(s, 'timeline')} | ${cmd(s, 'troops')} | ${cmd(s, 'who')} | ${frac(s.firstHits, s.firstTotal)} | ${frac(s.refused, s.answerable)} | ${frac(s.declined, s.unanswerable)} | ${s.falseConflicts} | ${Math.round(s.chars / Math.max(1, s.firstTotal))} |`;
}
function totalRow(scores: Score[]): string {
  const p = sum(scores, passed);
  const t = sum(scores, total);
  const f = (g: (s: Score) => number) => sum(scores, g);
  return `| **all** | ${frac(p, t)} ${pct(p, t)} | | | | | ${frac(
    f((s) => s.firstHits),
    f((s) => s.firstTotal),
  )} ${pct(
    f((s) => s.firstHits),
    f((s) => s.firstTotal),
  )} | ${frac(
    f((s) => s.refused),
    f((s) => s.answerable),
  )} ${pct(
    f((s) => s.refused),
    f((s) => s.answerable),
  )} | ${frac(
    f((s) => s.declined),
    f((s) => s.unanswerable),
  )} ${pct(
    f((s) => s.declined),
    f((s) => s.unanswerable),
  )} | ${f((s) => s.falseConflicts)} | ${Math.round(
    f((s) => s.chars) /
      Math.max(
        1,
        f((s) => s.firstTotal),
      ),
  )} |`;
}
const HEADER = [
  '| story | cases | ask | timeline | troops | who | fact in first /ask item | answerable refused | unanswerable declined | false disagreements | quoted chars (/ask) |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
];

/** Scores each story with a model that never saw it (`heldOut`), or with one model for all. */
async function table(modelFor: (set: SetSpec) => RankingModel): Promise<Score[]> {
  const scores: Score[] = [];
  for (const set of sets) {
    const s = await score(set, { model: modelFor(set) });
    scores.push(s);
    console.log(row(set.name, s));
    if (verbose) for (const f of s.failures) console.log(`|   FAIL ${f} |`);
  }
  console.log(totalRow(scores));
  return scores;
}

/**
 * The ranking alone, with no threshold: where the first sentence holding the expected text stands among an
 * answerable /ask question's candidates. A threshold moves a case or two with almost any change; this does
 * not, so it is the steadier gauge of a ranking change.
 */
interface RankingQuality {
  first: number;
  top3: number;
  reciprocal: number;
  asked: number;
}

function rankingQuality(cases: readonly CaseRows[], model: RankingModel): RankingQuality {
  const q: RankingQuality = { first: 0, top3: 0, reciprocal: 0, asked: 0 };
  for (const c of cases) {
    if (!c.answerable || c.command !== 'ask') continue;
    const scored = c.candidates
      .filter((k) => k.eligible)
      .map((k) => ({ z: rowLogit(model, k.features), label: k.label }))
      .sort((a, b) => b.z - a.z);
    const at = scored.findIndex((k) => k.label);
    q.asked++;
    if (at === 0) q.first++;
    if (at >= 0 && at < 3) q.top3++;
    if (at >= 0) q.reciprocal += 1 / (at + 1);
  }
  return q;
}

const rankingRow = (name: string, q: RankingQuality) =>
  `| ${name} | ${frac(q.first, q.asked)} | ${frac(q.top3, q.asked)} | ${(q.reciprocal / Math.max(1, q.asked)).toFixed(3)} |`;

console.log('## Leave one story out (fitted on the other stories)\n');
console.log(HEADER.join('\n'));
const heldOut = new Map(sets.map((set) => [set.name, fitModel(except(set.name))]));
await table((set) => heldOut.get(set.name) as RankingModel);

console.log('\n## The ranking alone, leave one story out (answerable /ask questions, no threshold)\n');
console.log('| story | answer ranked first | in the top three | mean reciprocal rank |');
console.log('|---|---|---|---|');
const qualities = sets.map((set) =>
  rankingQuality(rows.get(set.name) ?? [], heldOut.get(set.name) as RankingModel),
);
sets.forEach((set, i) => {
  console.log(rankingRow(set.name, qualities[i] as RankingQuality));
});
const add = (f: (q: RankingQuality) => number) => qualities.reduce((n, q) => n + f(q), 0);
console.log(
  rankingRow('**all**', {
    first: add((q) => q.first),
    top3: add((q) => q.top3),
    reciprocal: add((q) => q.reciprocal),
    asked: add((q) => q.asked),
  }),
);

console.log('\n## Full fit (every story seen: optimistic)\n');
console.log(HEADER.join('\n'));
const full = fitModel(all);
await table(() => full);

if (ablate) {
  console.log('\n## Ablation, leave one story out: each row drops one feature\n');
  console.log('| dropped | cases | fact in first /ask item | answerable refused | unanswerable declined |');
  console.log('|---|---|---|---|---|');
  for (const dropped of FEATURES) {
    const use = FEATURES.filter((f): f is FeatureName => f !== dropped);
    const scores: Score[] = [];
    for (const set of sets) scores.push(await score(set, { model: fitModel(except(set.name), use) }));
    const f = (g: (s: Score) => number) => sum(scores, g);
    console.log(
      `| ${dropped} | ${pct(f(passed), f(total))} | ${pct(
        f((s) => s.firstHits),
        f((s) => s.firstTotal),
      )} | ${frac(
        f((s) => s.refused),
        f((s) => s.answerable),
      )} | ${frac(
        f((s) => s.declined),
        f((s) => s.unanswerable),
      )} |`,
    );
  }
}
