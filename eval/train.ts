/**
 * `npm run train`: fits the ranking model on every labelled development question under ../shared/eval/
 * (never WikiQA, whose licence allows measurement only) and saves it beside the features, with a report.
 */
import { writeFileSync } from 'node:fs';
import { FEATURES } from '../src/retrieve/features.js';
import { questionSets } from './score.js';
import { fitModel, rowsOf } from './trainModel.js';

const MODEL = 'src/retrieve/rankingModel.json';
const REPORT = 'src/retrieve/training-report.md';

const sets = questionSets();
const cases = (await Promise.all(sets.map(rowsOf))).flat();
const model = fitModel(cases);
writeFileSync(MODEL, `${JSON.stringify(model, null, 2)}\n`);

const lines = [
  '# Ranking model: training report',
  '',
  'Written by `npm run train` (`eval/train.ts`); do not edit by hand. A linear ranker over the features of',
  '`features.ts`, fitted listwise on the candidate sentences of every labelled development question (a',
  "sentence holding one of a case's expected strings is a positive, every other candidate a negative), then",
  'scaled by a logistic fit so that its score is a probability the `not_found` threshold is set on.',
  '',
  `Development stories: ${sets.length}. Cases: ${model.trainedOn.cases}; candidate sentences: ${model.trainedOn.rows}; positives: ${model.trainedOn.positives}.`,
  `Cases with no positive among their candidates (the search never reached the answer): ${cases.filter((c) => c.answerable && !c.candidates.some((k) => k.label)).length} of ${cases.filter((c) => c.answerable).length} answerable.`,
  '',
  '| feature | weight |',
  '|---|---|',
  ...FEATURES.map((f) => `| ${f} | ${(model.weights[f] ?? 0).toFixed(3)} |`),
  `| (bias) | ${model.bias.toFixed(3)} |`,
  '',
  `not_found threshold: ${model.threshold.toFixed(4)}, the highest probability of a best sentence that refuses at most ${model.trainedOn.maxRefused * 100}% of the answerable /ask questions, judged on models that never saw the question's story.`,
  '',
];
writeFileSync(REPORT, lines.join('\n'));
console.log(lines.join('\n'));
