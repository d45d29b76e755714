import { type Article, sentenceCount } from '../corpus/article.js';
import { ownEntry } from '../lexicon/ownEntry.js';
import { tokenize } from '../lexicon/terms.js';
import { type CorpusIndex, countSentenceTerms, passageDocuments, passageText } from './buildIndex.js';
import { extractInto, forget } from './extracted.js';
import { addPassages, removePassage } from './passageIndex.js';

/** What changed in the articles folder: articles read anew (added or changed), and files gone. */
export interface ArticleChanges {
  upserted: Article[];
  removed: string[];
}

/**
 * Applies changes to a built index in place, as the passage index allows (`removePassage`, `addPassages`): only the changed
 * articles' passages are touched, and passage frequencies stay exact. WordNet synonyms are not recomputed
 * (that needs WordNet read again): a word first seen in a changed article gets its synonyms at the next
 * full build, which the manifest triggers on the next start.
 */
export function updateIndex(index: CorpusIndex, changes: ArticleChanges): void {
  for (const file of [...changes.removed, ...changes.upserted.map((a) => a.file)]) removeArticle(index, file);
  for (const article of changes.upserted) addArticle(index, article);
  index.articles = [...index.files.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  index.lexicon.passages = index.passages.reduce((n, p) => n + (p ? 1 : 0), 0);
  index.lexicon.sentences = sentenceCount(index.articles);
  index.version++;
}

function removeArticle(index: CorpusIndex, file: string): void {
  const article = index.files.get(file);
  if (!article) return;
  const { df, sentenceDf } = index.lexicon;
  let counted = -1;
  index.passages.forEach((p, id) => {
    if (p?.file !== file) return;
    const tokens = tokenize(passageText(article, p));
    counted = countSentenceTerms(sentenceDf, article, p, tokens, counted, -1);
    for (const t of new Set(tokens.map((x) => x.term))) {
      const n = (ownEntry(df, t) ?? 1) - 1;
      if (n > 0) df[t] = n;
      else delete df[t];
    }
    removePassage(index.search, id);
    index.passages[id] = null;
  });
  index.files.delete(file);
  forget(index.extracted, file);
}

function addArticle(index: CorpusIndex, article: Article): void {
  const built = passageDocuments(article, index.passages.length, index.lexicon);
  index.passages.push(...built.passages);
  addPassages(index.search, built.docs);
  index.files.set(article.file, article);
  extractInto(index.extracted, article);
}
