/**
 * What `npm run train` and `npm run eval` share: the training rows of the labelled development questions,
 * the fit of the ranking model on some stories, and the `not_found` threshold chosen on held-out stories.
 */
import { defaultAskOptions } from '../src/answer/ask.js';
import { openIndex } from '../src/engine.js';
import { PRECISE_KINDS } from '../src/extract/answerValues.js';
import { FEATURES, type FeatureName, type FeatureVector, featureArray } from '../src/retrieve/features.js';
import { readQuestion } from '../src/retrieve/question.js';
import { logit, probability, type RankingModel } from '../src/retrieve/rankingModel.js';
import { rankSentences } from '../src/retrieve/rankSentences.js';
import { fitListwise } from './fitListwise.js';
import { fitLogistic } from './fitLogistic.js';
import { type Case, casesOf, fold, type SetSpec } from './score.js';

/** At most this share of the answerable development questions may be refused by the threshold. */
export const MAX_REFUSED = 0.05;

/** One labelled question: its candidate sentences' features, and which of them hold the expected text. */
export interface CaseRows {
  story: string;
  id: string;
  command: Case['command'];
  answerable: boolean;
  candidates: { features: number[]; label: 0 | 1; eligible: boolean }[];
}

const PRECISE: ReadonlySet<string> = new Set(PRECISE_KINDS);

/** The training rows of one story's cases. */
export async function rowsOf(set: SetSpec): Promise<CaseRows[]> {
  const index = await openIndex({ articlesDir: set.articles });
  return casesOf(set)
    .filter((c) => c.query)
    .map((c) => {
      const question = readQuestion(c.query, index.lexicon, defaultAskOptions);
      const precise = question.kinds.length > 0 && question.kinds.every((k) => PRECISE.has(k));
      const wanted = [...(c.expect_any ?? []), ...(c.expect_all ?? [])].map(fold);
      const candidates = rankSentences(index, question, defaultAskOptions).map((r) => {
        const span = r.article.sentences[r.sentence];
        const text = fold(span ? r.article.text.slice(span.start, span.end) : '');
        return {
          features: featureArray(r.features),
          label: wanted.some((w) => text.includes(w)) ? (1 as const) : (0 as const),
          // /ask answers a question asking for a figure or a date only by a sentence that gives one.
          eligible: c.command !== 'ask' || !precise || r.values.length > 0,
        };
      });
      return {
        story: set.name,
        id: c.id,
        command: c.command,
        answerable: c.status === 'answered',
        candidates,
      };
    });
}

/**
 * Fits the ranking weights on these cases' candidates, using only the `use`d features: ranked listwise
 * (`fitListwise`, what orders one question's candidates), then scaled and shifted by a logistic fit of the
 * ranking score against the labels of every candidate, unanswerable questions' too, so that the score is a
 * probability the `not_found` threshold can be set on.
 */
export function fitWeights(
  cases: readonly CaseRows[],
  use: readonly FeatureName[] = FEATURES,
): Pick<RankingModel, 'weights' | 'bias'> {
  const columns = use.map((name) => FEATURES.indexOf(name));
  const pick = (features: number[]) => columns.map((j) => features[j] as number);
  const ranking = fitListwise(
    cases
      .filter((c) => c.answerable)
      .map((c) => {
        const eligible = c.candidates.filter((k) => k.eligible);
        return { rows: eligible.map((k) => pick(k.features)), labels: eligible.map((k) => k.label) };
      }),
  );
  const rankScore = (features: number[]) =>
    pick(features).reduce((s, v, j) => s + v * (ranking[j] as number), 0);
  const candidates = cases.flatMap((c) => c.candidates);
  const calibration = fitLogistic(
    candidates.map((k) => [rankScore(k.features)]),
    candidates.map((k) => k.label),
  );
  const a = calibration.weights[0] as number;
  return {
    weights: Object.fromEntries(use.map((name, i) => [name, a * (ranking[i] as number)])),
    bias: calibration.bias,
  };
}

/** A training row's log-odds under some weights (its features in `FEATURES` order). */
export function rowLogit(model: Pick<RankingModel, 'weights' | 'bias'>, features: readonly number[]): number {
  return logit(
    model,
    Object.fromEntries(FEATURES.map((name, j) => [name, features[j] as number])) as FeatureVector,
  );
}

/** The probability of a case's best eligible candidate under some weights (0 where it has none). */
export function bestProbability(c: CaseRows, model: Pick<RankingModel, 'weights' | 'bias'>): number {
  let best = 0;
  for (const k of c.candidates)
    if (k.eligible) best = Math.max(best, probability(rowLogit(model, k.features)));
  return best;
}

/**
 * The highest threshold that refuses at most `maxRefused` of the answerable /ask questions, judged on
 * probabilities from models that never saw the question's story (leave one story out of `cases`).
 */
export function heldOutThreshold(
  cases: readonly CaseRows[],
  use: readonly FeatureName[] = FEATURES,
  maxRefused = MAX_REFUSED,
): number {
  const stories = [...new Set(cases.map((c) => c.story))];
  const held: number[] = [];
  for (const story of stories) {
    const model = fitWeights(
      cases.filter((c) => c.story !== story),
      use,
    );
    for (const c of cases)
      if (c.story === story && c.answerable && c.command === 'ask') held.push(bestProbability(c, model));
  }
  held.sort((a, b) => a - b);
  // Questions under the threshold are refused: at most the `allowed` least likely ones.
  return held[Math.floor(maxRefused * held.length)] ?? 0;
}

/** A whole model fitted on `cases`, its threshold chosen by leaving each of their stories out in turn. */
export function fitModel(cases: readonly CaseRows[], use: readonly FeatureName[] = FEATURES): RankingModel {
  const weights = fitWeights(cases, use);
  return {
    ...weights,
    threshold: heldOutThreshold(cases, use),
    trainedOn: {
      cases: cases.length,
      positives: cases.reduce((n, c) => n + c.candidates.filter((k) => k.label).length, 0),
      rows: cases.reduce((n, c) => n + c.candidates.length, 0),
      maxRefused: MAX_REFUSED,
    },
  };
}
