/** What retrieval hands to the commands: sentences of the corpus, scored against a query. */
export interface SentenceHit {
  /** The article's file name. */
  file: string;
  /** Index into that article's `sentences`. */
  sentence: number;
  /** How well the sentence answers the query, higher is better; comparable within one query only. */
  score: number;
  /** Share (0–1) of the query's weighted key terms the sentence holds, directly or through synonyms. */
  coverage: number;
  /** Whether it holds a word of the query's own besides names (see `RankedSentence.beyondNames`). */
  beyondNames: boolean;
  /** … or a synonym of one (see `RankedSentence.meantBeyondNames`). */
  meantBeyondNames: boolean;
  /** Whether the ranking model rates the sentence likely enough to answer the query (`RankingModel.threshold`). */
  answers: boolean;
}

/**
 * Scores every sentence that matches `query`, best first. An empty query matches nothing, and so does one
 * naming something no article names (`namesUnknown`).
 */
export type SentenceSearch = (query: string, limit?: number) => SentenceHit[];
