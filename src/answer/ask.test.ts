import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../corpus/loadArticles.js';
import { readArticle } from '../corpus/readArticle.js';
import { buildIndex, type CorpusIndex } from '../index/buildIndex.js';
import { ask } from './ask.js';
import { Answer } from './schema.js';

/** A third story, written for this test, so that nothing is tuned to the development sets. */
const HARBOUR = join(import.meta.dirname, '../../test/fixtures/harbour');

let index: CorpusIndex;
beforeAll(async () => {
  index = buildIndex(await loadArticles(HARBOUR, () => {}));
});

const quotesOf = (a: Answer) => a.items.flatMap((i) => i.citations.map((c) => c.quote));

describe('ask on a story the engine was not built around', () => {
  it.each([
    ['How big a piece of the pier did the storm rip away?', '90-metre section'],
    ['Why were there no injuries?', 'closed to visitors'],
    ['Who is inspecting what is left of the pier?', 'Harwick Marine'],
    ['When was the original pier constructed?', 'built in 1896'],
    ['Who runs the harbour?', 'Ruth Okafor'],
    ['How fast were the winds?', '110 km/h'],
  ])('%s → the first item quotes "%s"', (question, expected) => {
    const answer = ask(index, question);
    expect(answer.status).toBe('answered');
    expect(answer.items[0]?.citations[0]?.quote).toContain(expected);
  });

  it('finds a name of several words written whole, and a person by the surname alone', () => {
    const crews = ask(index, 'When will Harwick Marine crews return to the site?');
    expect(crews.status).toBe('answered');
    expect(crews.items[0]?.text).toContain('return to the site in October');
    expect(ask(index, 'What did Councillor Dev Patel promise?').status).toBe('answered');
    expect(ask(index, 'What did Patel promise about the pier?').status).toBe('answered');
  });

  it('reads a question typed in Title Case as naming nothing by its capitals', () => {
    const answer = ask(index, 'What Did The Town Council Decide?');
    expect(answer.status).toBe('answered');
    expect(answer.items[0]?.text).toContain('The town council voted');
  });

  it('shows that sources disagree on the price, with both quotes', () => {
    const answer = ask(index, 'What will the rebuilt pier cost?');
    const conflict = answer.conflicts[0];
    expect(conflict?.note).toMatch(/£4.2 million.*£5.1 million|£5.1 million.*£4.2 million/);
    const quoted = conflict?.items.map((i) => answer.items[i]?.citations[0]?.quote ?? '') ?? [];
    expect(quoted.some((q) => q.includes('£4.2 million'))).toBe(true);
    expect(quoted.some((q) => q.includes('£5.1 million'))).toBe(true);
  });

  it.each([
    ['Who won the national lottery?'],
    ['What is the population of Paris?'],
    // Each word is in the articles ("the Marlow pier", "in steel", "the town council"), the name is not.
    ['What did the Marlow Steel Council decide?'],
  ])('says the articles do not tell: %s', (question) => {
    const answer = ask(index, question);
    expect(answer.status).toBe('not_found');
    expect(answer.items.every((i) => i.nearest === true)).toBe(true);
  });

  it('answers with whole sentences, cut verbatim from the files, valid by the contract schema', () => {
    for (const q of ['When will the pier open?', 'Who is building it?', 'What did the council decide?']) {
      const answer = Answer.parse(ask(index, q));
      for (const c of answer.items.flatMap((i) => i.citations)) {
        const article = index.articles.find((a) => a.file === c.file);
        expect(article?.text.slice(c.start, c.end)).toBe(c.quote);
      }
    }
  });

  it('keeps an answer short: the answer and the sources that confirm or contradict it', () => {
    const answer = ask(index, 'When will the new pier open?');
    expect(answer.items.length).toBeLessThanOrEqual(3);
    expect(quotesOf(answer).join('').length).toBeLessThan(700);
  });
});

describe('ask about what did not happen', () => {
  const index = buildIndex([
    readArticle(
      'council.md',
      'Inspectors praised the Dunmore council for repairing the harbour wall in record time. The council inspected the old lighthouse in March. The council failed to repair the lighthouse lamp before winter. A corroded cable caused the failure of the lighthouse lamp in October.\n',
    ),
  ]);

  it('answers with the sentence that says it did not happen', () => {
    const answer = ask(index, 'What did the council never repair?');
    expect(answer.items[0]?.citations[0]?.quote).toContain('failed to repair the lighthouse lamp');
  });

  it('reads a question about a failure as asking about it, not about what was left undone', () => {
    const answer = ask(index, 'Why did the lighthouse lamp fail?');
    expect(answer.status).toBe('answered');
    expect(answer.items[0]?.citations[0]?.quote).toContain('A corroded cable caused the failure');
  });
});

describe('ask about a body named two ways', () => {
  const index = buildIndex([
    readArticle(
      'ferry.md',
      'The Department of Transportation approved a new timetable for the coastal ferry on Monday.\nThe ferry will sail twice a day from May.\n',
    ),
  ]);

  it('finds "the Transportation Department" where the article writes "the Department of Transportation"', () => {
    const answer = ask(index, 'What did the Transportation Department approve?');
    expect(answer.status).toBe('answered');
    expect(answer.items[0]?.text).toContain('approved a new timetable');
  });

  it('still finds no department the article never names', () => {
    expect(ask(index, 'What did the Harbour Department approve?').status).toBe('not_found');
  });
});
