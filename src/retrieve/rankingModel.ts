import { z } from 'zod';
import { FEATURES, type FeatureName, type FeatureVector } from './features.js';
import fitted from './rankingModel.json' with { type: 'json' };

/**
 * The ranking model: a logistic regression over the ranking features, fitted by `npm run train` on the
 * labelled development questions (a sentence holding a case's expected text is a positive, every other
 * candidate a negative). Its score orders candidates, and its probability decides `not_found`: a question
 * whose best sentence is less likely than `threshold` to answer it is not answered.
 */
export const RankingModel = z.object({
  /** Weight of each feature, by name; a feature the model lacks weighs 0. */
  weights: z.record(z.string(), z.number()),
  bias: z.number(),
  /**
   * Least probability the best sentence must have for an answer, chosen on the cross-validated curve so that
   * at most `maxRefused` of the answerable development questions are refused.
   */
  threshold: z.number().min(0).max(1),
  /** What the fit was told and what it found, for the record (see `training-report.md`). */
  trainedOn: z.object({ cases: z.number(), positives: z.number(), rows: z.number(), maxRefused: z.number() }),
});
export type RankingModel = z.infer<typeof RankingModel>;

/** The weights `npm run train` saved. */
export const defaultRankingModel: RankingModel = RankingModel.parse(fitted);

/** The model's log-odds that a sentence with these features answers the question. */
export function logit(model: Pick<RankingModel, 'weights' | 'bias'>, f: FeatureVector): number {
  let z = model.bias;
  for (const name of FEATURES) z += (model.weights[name] ?? 0) * f[name];
  return z;
}

export const probability = (z: number) => 1 / (1 + Math.exp(-z));

/** Each feature's share of a score, largest first: what `--explain` prints. */
export function contributions(
  model: RankingModel,
  f: FeatureVector,
): { feature: FeatureName; value: number; contribution: number }[] {
  return FEATURES.map((feature) => ({
    feature,
    value: f[feature],
    contribution: (model.weights[feature] ?? 0) * f[feature],
  })).sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
}
