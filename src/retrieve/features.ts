/**
 * The ranking features: what is measured of a (question, candidate sentence) pair, each a number that knows
 * nothing of any story. As in a learning-to-rank plugin's feature set, every feature is named, one function
 * computes them all, and a fitted linear model (`rankingModel.ts`) weighs them; `--explain` prints each
 * feature's value and its contribution.
 */
export const FEATURES = [
  /**
   * Weighted share of the question's words that are not names the sentence holds in the user's own words,
   * their roots, a story alias or a "re-" form ("reopen" for "open again"): what happened, not who or where.
   * A sentence naming the story's main actors holds them whatever it says.
   */
  'exactWords',
  /** … held only through a WordNet synonym, a role word or a name's head noun. */
  'synonym',
  /**
   * … held only through kin: a broader or narrower word ("contractor" → "builder", "people" → "workers"), or a
   * form derived from a synonym ("lawsuit" → "suit" → "sued"). It may be the thing asked about or only of its
   * kind ("straight" → "person"), so the fit weighs it apart.
   */
  'kin',
  /**
   * … held only by the sentence before it or the headline (the subject named once, then "it"); counted only
   * where the sentence itself holds a word of the question beyond its names.
   */
  'context',
  /**
   * Share of the question's names and numbers that neither the sentence nor its context holds, by name, alias
   * or the name's adjective ("the Russian military" does not lack Russia).
   */
  'namesMissing',
  /**
   * How close a figure, date or amount of the asked kind stands to the question's heavy words (0 where none,
   * or none asked): these are recognised precisely.
   */
  'kind',
  /** The same for a person, place or cause, which a sentence often gives without a recognisable value. */
  'kindLoose',
  /**
   * The sentence's share of the question (names too) held in the user's own words, as a share of the best
   * candidate's.
   */
  'exactRelative',
  /**
   * Weighted share of the question's concepts the sentence holds (any match), each concept weighing as
   * well how rare it is among this question's candidates: a word every candidate holds tells none apart.
   */
  'distinct',
  /** The question asks for a kind of value the sentence does not hold. */
  'kindMissing',
  /** Natural log of the sentence's length in tokens. */
  'length',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export type FeatureVector = Record<FeatureName, number>;

/** A feature vector in `FEATURES` order, as the model and the training rows hold it. */
export function featureArray(f: FeatureVector): number[] {
  return FEATURES.map((name) => f[name]);
}
