import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../corpus/loadArticles.js';
import { readArticle } from '../corpus/readArticle.js';
import { buildIndex, type CorpusIndex } from '../index/buildIndex.js';
import { readQuestion } from '../retrieve/question.js';
import { defaultRankingModel } from '../retrieve/rankingModel.js';
import { rankSentences } from '../retrieve/rankSentences.js';
import { ask, defaultAskOptions } from './ask.js';
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

  it('answers a question asking how long with a length, not with the wind speed beside it', () => {
    const answer = ask(index, 'How long was the section the storm tore off?');
    expect(answer.answer).toBe('90-metre (1 article)');
    expect(quotesOf(answer).join(' ')).not.toContain('110 km/h');
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

  it('shows a revised price as a change, not a disagreement: the later article says "up from" the earlier one', () => {
    const answer = ask(index, 'What will the rebuilt pier cost?');
    expect(quotesOf(answer).join(' ')).toContain('£5.1 million, up from £4.2 million');
    expect(answer.conflicts).toEqual([]);
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

describe('ask why, answered in other words by a second source', () => {
  const index = buildIndex([
    readArticle(
      'a.md',
      'The lighthouse lamp failed in October because a corroded cable shorted in the storm.\n',
    ),
    readArticle(
      'b.md',
      'Engineers said the lighthouse lamp failed when salt water reached a corroded cable in the lamp room.\n',
    ),
  ]);

  it('shows the second explanation though it gives no "because"', () => {
    const answer = ask(index, 'Why did the lighthouse lamp fail?');
    expect(answer.items.map((i) => i.citations[0]?.file).sort()).toEqual(['a.md', 'b.md']);
  });
});

describe('ask with nothing that answers', () => {
  // A teaser line the article repeats further down, as pages often print it above the dateline.
  const index = buildIndex([
    readArticle(
      'quay.md',
      'Crews from the Tolland yard; will repair the east quay before the autumn storms.\n\nTOLLAND -- The harbour board met on Monday.\n\nCrews from the Tolland yard will repair the east quay before the autumn storms.\n\nThe west quay reopened to fishing boats in June.\n',
    ),
  ]);

  it('shows each of the closest passages once, though the article prints one twice', () => {
    const answer = ask(index, 'How much will the Tolland yard crews charge for the east quay?');
    expect(answer.status).toBe('not_found');
    const quotes = quotesOf(answer).map((q) => q.replace(/[^a-z ]/gi, ''));
    expect(quotes.length).toBeGreaterThan(1);
    expect(new Set(quotes).size).toBe(quotes.length);
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

describe('ask sets dates against each other only when they date the same event', () => {
  const index = buildIndex([
    readArticle(
      'yard-a.md',
      'Date: 2024-02-14\n\nEngineers from Keldon Works began inspecting the quay piles on Tuesday.\n',
    ),
    readArticle(
      'yard-b.md',
      'Date: 2024-09-20\n\nThe contractor, Keldon Works, said its crews would return to the quay in October.\n',
    ),
  ]);

  it('does not set the day a company began one job against the month it will come back', () => {
    const answer = ask(index, 'When will Keldon Works come back?');
    expect(answer.items[0]?.text).toContain('in October');
    expect(answer.conflicts).toEqual([]);
    expect(answer.answer).not.toContain('Tuesday');
  });
});

describe('ask sets counts of one noun against each other only when they count the same event', () => {
  const index = buildIndex([
    readArticle(
      'flood-a.md',
      'Date: 2025-04-02\n\nFloods swept through the Varna valley on Monday, killing at least 30 people, officials said.\n\nAbout 2,000 people were evacuated from the town of Orsk.\n',
    ),
    readArticle(
      'flood-b.md',
      'Date: 2025-04-09\n\nBetween 1,800 and 2,200 people were evacuated from Orsk, according to the Red Cross.\n',
    ),
  ]);

  it('does not set people killed against people evacuated', () => {
    for (const q of ['How many people died in the floods?', 'How many people were killed?']) {
      expect(ask(index, q).conflicts).toEqual([]);
    }
  });

  it('shows no count of another event beside the answer: the evacuated, not the dead', () => {
    const answer = ask(index, 'How many people were evacuated from Orsk?');
    expect(answer.items[0]?.text).toContain('evacuated');
    expect(quotesOf(answer).join(' ')).not.toContain('killing');
  });
});

describe('ask ties a count to the words telling it, not to the rest of its sentence', () => {
  const index = buildIndex([
    readArticle(
      'slide-a.md',
      'Date: 2025-06-03\n\nCrews moved about 900 people out of the flooded streets of Pellan by the day after the landslide.\n',
    ),
    readArticle(
      'slide-b.md',
      'Date: 2025-06-12\n\nThe Dorvik rescue team, which found four people alive in the mud, flew home on Monday, a day after the army left.\n\nThe health office revised the landslide toll down to 16 from 19, saying some people had been counted twice.\n',
    ),
  ]);

  it('does not set people moved out against people found alive or a toll', () => {
    const answer = ask(
      index,
      'How many people were moved out of the flooded streets by the day after the landslide?',
    );
    expect(answer.items[0]?.text).toContain('about 900');
    expect(answer.conflicts).toEqual([]);
    expect(answer.answer).not.toMatch(/four|19/);
  });

  it('ties a count to its own clause: "90 people have fallen sick and three have died" says 90 fell sick', () => {
    const sick = buildIndex([
      readArticle(
        'cholera-a.md',
        'Date: 2025-02-20\n\nThe Red Cross sent 15 volunteers to Tarsa, where 90 people have fallen sick and three have died.\n',
      ),
      readArticle(
        'cholera-b.md',
        'Date: 2025-03-01\n\nThe provincial health office said on Friday that 11 people had died in Tarsa.\n',
      ),
    ]);
    const answer = ask(sick, 'How many people have died in Tarsa?');
    expect(answer.items[0]?.text).toContain('11 people had died');
    expect(answer.answer ?? '').not.toContain('90');
    expect(answer.conflicts).toEqual([]);
  });

  it('answers a question asking for the figure "so far" with the newest report of it first', () => {
    const toll = buildIndex([
      readArticle(
        'surge-a.md',
        'Date: 2025-03-12\n\nThe ministry said on Tuesday that 23 people had died in Veyl since the storm surge hit.\n',
      ),
      readArticle(
        'surge-b.md',
        'Date: 2025-03-01\n\nThe storm surge has killed 12 people in Veyl so far, officials said.\n',
      ),
    ]);
    const first = (q: string) => ask(toll, q).items[0]?.citations[0]?.file;
    expect(first('How many people has the storm surge killed in Veyl so far?')).toBe('surge-a.md');
    expect(first('What is the latest toll of the storm surge in Veyl?')).toBe('surge-a.md');
  });

  it('reads "down to 16 from 19" as a revision of an earlier 19, not a disagreement with it', () => {
    const revised = buildIndex([
      readArticle('toll-a.md', 'Date: 2025-06-04\n\nThe landslide toll stood at 19 on Wednesday.\n'),
      readArticle(
        'toll-b.md',
        'Date: 2025-06-12\n\nThe health office revised the landslide toll down to 16 from 19, saying some people had been counted twice.\n',
      ),
    ]);
    const answer = ask(revised, 'What is the landslide toll?');
    expect(quotesOf(answer).join(' ')).toContain('down to 16');
    expect(answer.conflicts).toEqual([]);
  });
});

describe('ask reads a count beside whatever word a sentence has for the thing counted', () => {
  const index = buildIndex([
    readArticle(
      'convoy-a.md',
      'Date: 2025-06-05\n\nGunmen attacked a peacekeeping convoy near Orsk on Wednesday, killing three Selkan soldiers, the mission said.\n',
    ),
    readArticle(
      'convoy-b.md',
      "Date: 2025-06-07\n\nFour Selkan soldiers were killed and five wounded in Wednesday's ambush near Orsk, the Selkan army said.\n",
    ),
  ]);

  it('answers with the count of the soldiers killed, not the wounded, and shows the two sources disagreeing', () => {
    const answer = ask(index, 'How many peacekeepers were killed in the ambush near Orsk?');
    expect(answer.answer).toMatch(/^(three|Four) \(1 article\) · (three|Four) \(1 article\)$/);
    expect(answer.conflicts.map((c) => c.note)).toEqual([
      'three (the mission, 2025-06-05) vs Four (the Selkan army, 2025-06-07)',
    ]);
  });
});

describe('ask counts people by whatever noun a sentence has for them', () => {
  const index = buildIndex([
    readArticle(
      'ferry-orla.md',
      'Date: 2025-02-03\n\nThe ferry Orla ran aground off Tesk on Sunday with 212 passengers aboard, the coast guard said. Tesk harbour held 40 boats that night.\n',
    ),
  ]);

  it('reads "90 passengers and 12 crew have fallen ill" as telling what both counts are of', () => {
    const ship = buildIndex([
      readArticle(
        'velsa-a.md',
        'Date: 2025-03-02\n\nAt least 90 passengers and 12 crew have fallen ill aboard the Velsa, the line said.\n',
      ),
      readArticle(
        'velsa-b.md',
        "Date: 2025-04-20\n\nIn all, 310 passengers and 40 crew fell ill during the Velsa's voyage, the line said.\n",
      ),
    ]);
    const answer = ask(ship, 'How many passengers fell ill on the Velsa?');
    expect(answer.answer).toContain('310');
    expect(answer.answer).toContain('90');
  });

  it('answers "how many people" with the count of passengers', () => {
    const answer = ask(index, 'How many people were on the ferry Orla when it ran aground?');
    expect(answer.answer).toMatch(/^212 /);
  });
});

describe('ask reads "the number of X has grown to N" as a count of X', () => {
  const index = buildIndex([
    readArticle(
      'shelter-a.md',
      'Date: 2025-02-05\n\nThe directorate has opened 12 emergency shelters in Pellan.\n',
    ),
    readArticle(
      'shelter-b.md',
      'Date: 2025-02-13\n\nThe number of emergency shelters has grown from 12 to 30, the directorate said.\n',
    ),
  ]);

  it('answers with the count the number grew to, as a change from the earlier one', () => {
    const answer = ask(index, 'How many emergency shelters are open now?');
    expect(answer.answer).toContain('30');
    expect(answer.conflicts).toEqual([]);
  });

  it('reads "its count of" and "the tally of" as "the number of" is read', () => {
    const counts = buildIndex([
      readArticle(
        'eels-a.md',
        'Date: 2025-06-02\n\nThe agency on Monday revised its count of dead eels in the Orve from about 900 to more than 7,000.\n',
      ),
      readArticle(
        'eels-b.md',
        'Date: 2025-06-04\n\nThe tally of anglers who reported sick after fishing the Orve now stands at 40.\n',
      ),
    ]);
    expect(ask(counts, 'How many eels died in the Orve?').answer).toContain('7,000');
    expect(ask(counts, 'How many anglers fell ill after fishing the Orve?').answer).toContain('40');
  });
});

describe('ask does not take a count tied to the question only by a name as a count of what is asked', () => {
  const index = buildIndex([
    readArticle(
      'orsk-a.md',
      'Date: 2025-03-12\n\nAna Vell, an Orsk teacher, said 22 pupils were back in class as the hospital grew.\n',
    ),
    readArticle(
      'orsk-b.md',
      'Date: 2025-05-20\n\nAna Vell, who teaches 26 pupils in Orsk, said she was worried.\n',
    ),
  ]);

  it('sets no class size against another as a disagreement about the hospital', () => {
    expect(ask(index, 'By how much did the Orsk hospital grow?').conflicts).toEqual([]);
  });
});

describe('ask reads a sentence telling a change as claiming what it changed to', () => {
  const index = buildIndex([
    readArticle(
      'barrier-a.md',
      'Date: 2025-04-02\n\nThe regional governor said the new Varna flood barrier would open in May.\n',
    ),
    readArticle(
      'barrier-b.md',
      'Date: 2025-04-09\n\nThe Varna flood barrier, originally promised for May, will now open in August, the governor said.\n',
    ),
  ]);

  it('does not count the later article as confirming the date it says was dropped', () => {
    const answer = ask(index, 'When will the Varna flood barrier open?');
    expect(answer.answer).toContain('August (1 article)');
    expect(answer.answer).not.toContain('May (2 articles)');
    expect(answer.items.map((i) => i.citations[0]?.file).sort()).toEqual(['barrier-a.md', 'barrier-b.md']);
  });

  it('shows the new date as a change the later article tells, not as a disagreement', () => {
    expect(ask(index, 'When will the Varna flood barrier open?').conflicts).toEqual([]);
  });
});

describe('ask reads where a figure is as a reader would', () => {
  const index = buildIndex([
    readArticle('kesh.md', 'Date: 2025-03-01\n\nVelmar also has 1,200 troops in neighbouring Kesh.\n'),
    readArticle(
      'arden.md',
      'Date: 2025-06-20\n\nVelmar now has about 2,000 troops in Arden, officials said.\n\nBefore the drawdown, Velmar had roughly 3,000 troops in the country.\n',
    ),
  ]);

  it('reads a place after "neighbouring" as the place, not as no place', () => {
    expect(ask(index, 'How many troops does Velmar have?').conflicts).toEqual([]);
  });

  it('does not answer with a figure placed elsewhere than the question asks', () => {
    const two = buildIndex([
      readArticle(
        'cut.md',
        'Title: Velmar to cut its forces in Arden\nDate: 2025-03-01\n\nVelmar has about 3,000 troops in Arden and plans to bring 1,000 of them home by June.\n\nBrenland keeps some 800 soldiers in Arden, mostly in the northern city of Tarsk.\n\nVelmar also has 1,200 troops in neighbouring Kesh.\n',
      ),
      readArticle(
        'now.md',
        'Date: 2025-06-20\n\nVelmar now has about 2,000 troops in Arden, officials said.\n',
      ),
    ]);
    const answer = ask(two, 'How many troops does Brenland have in Arden?');
    expect(quotesOf(answer).join(' ')).not.toContain('Kesh');
  });

  it('reads "in the country" as the country the article last named, not the one the question asks of', () => {
    const answer = ask(index, 'How many Velmar troops are in Kesh?');
    expect(answer.items[0]?.text).toContain('1,200');
    expect(answer.conflicts).toEqual([]);
  });
});

describe('ask with a role written as its acronym', () => {
  const index = buildIndex([
    readArticle(
      'berg.md',
      'Date: 2025-06-18\n\nNorvik Air cancelled 1,300 flights in total.\n\nBerg, who became chief executive in 2022, said she would not resign.\n',
    ),
  ]);

  it('answers though the articles never write the acronym: a role names no one', () => {
    const answer = ask(index, 'When did Berg become CEO?');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('2022');
  });

  it('still finds no person the articles never name', () => {
    expect(ask(index, 'When did Lindqvist become CEO?').status).toBe('not_found');
  });
});

describe('ask with a phrasal verb the articles write as one noun', () => {
  const index = buildIndex([
    readArticle(
      'dock-a.md',
      'Date: 2025-03-04\n\nDock workers at Tolland walked out on March 3 in a dispute over pay.\n',
    ),
    readArticle(
      'dock-b.md',
      'Date: 2025-03-12\n\nThe first walkout at Tolland, on March 2, lasted a day, the port authority said.\n',
    ),
  ]);

  it('finds "walk out" in the other article\'s "walkout", and shows the two dates as disagreeing', () => {
    const answer = ask(index, 'When did the Tolland dock workers first walk out?');
    expect(quotesOf(answer).join(' ')).toContain('first walkout');
    expect(answer.conflicts).toHaveLength(1);
  });
});

describe('ask shows sources as disagreeing only when they make the same claim', () => {
  const index = buildIndex([
    readArticle(
      'mill.md',
      'Date: 2024-03-20\n\nThe Corran Mill company employs 300 workers at its Ohio plant. The company employs 1,200 workers in Texas.\n',
    ),
    readArticle(
      'ferry-a.md',
      'Date: 2024-03-27\n\nThe Lisk ferry carries 1,200 passengers a day, the operator said.\n',
    ),
    readArticle(
      'ferry-b.md',
      'Date: 2024-04-02\n\nAccording to the port, 1,350 passengers a day now ride the Lisk ferry to the islands.\n',
    ),
    readArticle(
      'pier-a.md',
      'Date: 2024-05-02\n\nThe old Tarn pier collapsed at dawn, throwing nine people into the harbour.\n',
    ),
    readArticle(
      'pier-b.md',
      'Date: 2024-05-04\n\nDivers recovered three victims from the harbour after the Tarn pier collapsed.\n',
    ),
    readArticle(
      'velm-a.md',
      'Date: 2024-09-14\n\nThe ministry is seeking to deploy 9,000 troops to Velm, officials said.\n',
    ),
    readArticle('velm-b.md', 'Date: 2024-09-20\n\nCurrently about 5,000 troops are stationed in Velm.\n'),
    readArticle('gale-a.md', 'Date: 2024-10-02\n\nStorm Brena made landfall on September 26 near Tarn.\n'),
    readArticle(
      'gale-b.md',
      'Date: 2025-03-20\n\nBrena is the strongest storm to make landfall near Tarn since 1950, forecasters said.\n',
    ),
  ]);

  it('does not set a plan ("seeking to deploy 9,000") against what is there now', () => {
    const answer = ask(index, 'How many troops are in Velm?');
    expect(answer.items.map((i) => i.text).join(' ')).toMatch(/9,000.*5,000|5,000.*9,000/);
    expect(answer.conflicts).toEqual([]);
  });

  it('does not set the start of a span ("since 1950") against the date something happened', () => {
    const answer = ask(index, 'When did Storm Brena make landfall?');
    expect(answer.items[0]?.text).toContain('September 26');
    expect(answer.items.map((i) => i.text).join(' ')).toContain('since 1950');
    expect(answer.conflicts).toEqual([]);
  });

  it('shows no disagreement between counts of different things: people thrown in, victims recovered', () => {
    const answer = ask(index, 'How many people went into the harbour when the Tarn pier collapsed?');
    expect(answer.items[0]?.text).toContain('nine people');
    expect(answer.conflicts).toEqual([]);
  });

  it('leaves out a figure for another place than the question asks about: it neither confirms nor contradicts', () => {
    const answer = ask(index, 'How many workers are at the Ohio plant?');
    expect(answer.items[0]?.text).toContain('300 workers at its Ohio plant');
    expect(answer.items.map((i) => i.text).join(' ')).not.toContain('Texas');
    expect(answer.conflicts).toEqual([]);
  });

  it('gives the values of two places, one article’s sentences apart, as no disagreement', () => {
    const answer = ask(index, 'How many workers does the Corran Mill company employ?');
    expect(answer.items.map((i) => i.text).join(' ')).toMatch(
      /300 workers.*1,200 workers|1,200 workers.*300 workers/,
    );
    expect(answer.conflicts).toEqual([]);
  });

  it('shows a source that contradicts the answer even where it alone would be too weak to answer', () => {
    const question = 'How many passengers does the Lisk ferry carry a day?';
    const scores = rankSentences(
      index,
      readQuestion(question, index.lexicon, defaultAskOptions),
      defaultAskOptions,
    )
      .filter((r) => r.values.length)
      .map((r) => r.score);
    // A threshold only the best sentence passes.
    const model = { ...defaultRankingModel, threshold: Math.max(...scores) };
    const answer = ask(index, question, { model });
    expect(answer.items).toHaveLength(2);
    expect(answer.conflicts).toHaveLength(1);
  });

  it('gives each value an item of its own, its other sources as citations, however alike their wording', () => {
    const hall = buildIndex([
      readArticle(
        'hall-a.md',
        'Date: 2024-06-01\n\nThe new Vessa concert hall seats 2,000 people, its architects said.\n',
      ),
      readArticle(
        'hall-b.md',
        'Date: 2024-06-02\n\nCritics praised the acoustics when 2,000 people filled the seats of the Vessa concert hall.\n',
      ),
      readArticle(
        'hall-c.md',
        'Date: 2024-06-10\n\nThe Vessa concert hall seats 1,800 people, the city said.\n',
      ),
    ]);
    const answer = ask(hall, 'How many people does the Vessa concert hall seat?');
    const values = answer.items.map((i) => i.citations.map((c) => /\d,\d{3}/.exec(c.quote)?.[0]));
    expect(values.map((v) => [...new Set(v)])).toEqual(expect.arrayContaining([['2,000'], ['1,800']]));
    expect(values.find((v) => v[0] === '2,000')).toHaveLength(2);
    expect(answer.conflicts.map((c) => c.note)).toEqual([
      '2,000 (its architects, 2024-06-01) vs 1,800 (the city, 2024-06-10)',
    ]);
  });

  it('does not cite "more than" a figure as confirming the figure: it is another, and they disagree', () => {
    const dam = buildIndex([
      readArticle(
        'dam-a.md',
        'Date: 2024-07-01\n\nThe Tarn dam repairs will cost the province $80 million, its engineer said.\n',
      ),
      readArticle(
        'dam-b.md',
        'Date: 2024-07-03\n\nThe Tarn dam repairs will cost the province $80 million, the minister said on Wednesday.\n',
      ),
      readArticle(
        'dam-c.md',
        'Date: 2024-09-20\n\nAuditors now say the Tarn dam repairs will cost the province more than $80 million.\n',
      ),
    ]);
    const answer = ask(dam, 'How much will the Tarn dam repairs cost the province?');
    expect(answer.items.map((i) => i.citations.map((c) => c.file).sort())).toEqual([
      ['dam-a.md', 'dam-b.md'],
      ['dam-c.md'],
    ]);
    expect(answer.answer).toBe('$80 million (2 articles) · more than $80 million (1 article)');
    expect(answer.conflicts).toHaveLength(1);
  });

  it('does not cite the same figure of another thing as confirming the answer', () => {
    const ferry = buildIndex([
      readArticle(
        'ferry-a.md',
        'Date: 2024-05-01\n\nTwo people were hurt when the Orsa ferry capsized near the harbour wall.\n',
      ),
      readArticle(
        'ferry-b.md',
        'Date: 2024-05-02\n\nDivers recovered two victims from the Orsa ferry after it capsized.\n',
      ),
    ]);
    const answer = ask(ferry, 'How many people were hurt when the Orsa ferry capsized?');
    expect(answer.items.map((i) => i.citations.map((c) => c.file))).toEqual([['ferry-a.md'], ['ferry-b.md']]);
    expect(answer.conflicts).toEqual([]);
  });

  it('gives one claim with two values from two articles, each with its article’s date', () => {
    const answer = ask(index, 'How many passengers does the Lisk ferry carry a day?');
    expect(answer.conflicts.map((c) => c.note)).toEqual([
      '1,200 (the operator, 2024-03-27) vs 1,350 (the port, 2024-04-02)',
    ]);
  });
});

describe('ask: a name the articles write another way', () => {
  it.each([
    {
      name: 'a capital, from a sentence naming only its country',
      text: 'Fishing crews from three ports held a protest at the harbour on Monday. The quota talks will resume in the autumn, officials said. Norway said it had not been told of the quota cut before it was announced.',
      question: 'Did Oslo know about the quota cut before the announcement?',
      quoted: 'Norway said it had not been told',
    },
    {
      name: 'a country the articles write only as its adjective',
      text: 'Norwegian officials closed the Tana crossing on Friday to protect the reindeer herds. Traders waited for news.',
      question: 'Why did Norway close the Tana crossing?',
      quoted: 'to protect the reindeer herds',
    },
  ])('answers a question naming $name', ({ text, question, quoted }) => {
    const index = buildIndex([readArticle('story.md', `Date: 2024-06-11\n\n${text}\n`)]);
    const answer = ask(index, question);
    expect(answer.status).toBe('answered');
    expect(answer.items[0]?.text).toContain(quoted);
  });
});

describe('ask: other figures that answer are shown beside the answer', () => {
  const index = buildIndex([
    readArticle(
      'grants.md',
      'Date: 2024-05-02\n\nThe province will receive $40 million in flood repair money for its roads, the minister said.\n',
    ),
    readArticle(
      'budget.md',
      'Date: 2024-05-20\n\nThe province is expected to receive at least $2 billion in flood repair assistance this year, officials said. Crews began repairs on the coastal road on Monday.\n',
    ),
  ]);

  it('quotes a figure of another scope as an item of its own, never as a disagreement', () => {
    const answer = ask(index, 'How much flood repair money is the province expected to get?');
    const quotes = quotesOf(answer).join(' ');
    expect(quotes).toContain('$40 million');
    expect(quotes).toContain('at least $2 billion');
    expect(answer.conflicts).toEqual([]);
  });

  it("leaves out another event's date from a question asking when", () => {
    const dates = buildIndex([
      readArticle(
        'plan.md',
        'Date: 2024-05-02\n\nThe agency said the ferry terminal will reopen in March 2026 after repairs.\n',
      ),
      readArticle(
        'news.md',
        'Date: 2024-05-09\n\nOn Tuesday, the agency announced plans to reopen the ferry terminal with a new pier.\n',
      ),
    ]);
    const answer = ask(dates, 'When will the ferry terminal reopen?');
    expect(answer.items.map((i) => i.citations[0]?.file)).toEqual(['plan.md']);
  });
});

describe('ask reads a total broken down after a colon', () => {
  const index = buildIndex([
    readArticle(
      'fire-a.md',
      'Date: 2025-08-02\n\nThe Ridge fire destroyed 612 homes: 468 in Tarn, 101 in Olvey and 43 in Brisk, according to the housing office.\n',
    ),
    readArticle('fire-b.md', 'Date: 2025-07-20\n\nCrews cleared the road to Olvey on Sunday.\n'),
  ]);

  it("answers for one place with that place's part, not the total or another place's", () => {
    const answer = ask(index, 'How many homes burned in Olvey?');
    expect(answer.status).toBe('answered');
    expect(answer.items[0]?.citations[0]?.file).toBe('fire-a.md');
    expect(answer.answer).toMatch(/^101\b/);
  });
});

describe('ask compares the values told of one thing, however each sentence words it', () => {
  const index = buildIndex([
    readArticle(
      'rail-a.md',
      'Date: 2024-04-02\n\nA trackside detector flagged the bearing, and an alarm reached the crew of the Orlo freight train roughly 11 minutes before the derailment, the safety board said.\n',
    ),
    readArticle(
      'rail-b.md',
      'Date: 2024-04-03\n\nThe operator said its recorders showed the crew received the alarm only about three minutes before the Orlo train left the rails.\n',
    ),
    readArticle(
      'ship-a.md',
      'Date: 2024-03-27\n\nThe 300-metre container ship Vessa lost power and struck the Lund bridge.\n',
    ),
    readArticle(
      'ship-b.md',
      'Date: 2024-05-13\n\nSalvage teams lifted a 150-metre section of the Lund bridge off the deck of the container ship Vessa.\n',
    ),
    readArticle(
      'ship-c.md',
      'Date: 2025-06-01\n\nThe board said the 330-metre cargo ship Vessa lost power twice before it hit the bridge.\n',
    ),
  ]);

  it('sets two warnings of the crew against each other, though one is told of the alarm and one of the crew', () => {
    const answer = ask(index, 'How long before the derailment was the Orlo crew warned?');
    expect(answer.conflicts).toHaveLength(1);
    expect(answer.conflicts[0]?.note).toMatch(/11 minutes.*three minutes|three minutes.*11 minutes/);
  });

  it('sets two clock times of one alarm against each other, though one is told of the alarm going off', () => {
    const times = buildIndex([
      readArticle(
        'alarm-a.md',
        'Date: 2027-03-09\n\nInspector Lena Morr said the alarm at the Varn gallery was triggered at 3:12 a.m.\n',
      ),
      readArticle(
        'alarm-b.md',
        'Date: 2027-03-10\n\nThe security company said the Varn gallery alarm went off at 2:47 a.m. and worked as designed.\n',
      ),
    ]);
    const answer = ask(times, 'What time did the alarm go off at the Varn gallery?');
    expect(answer.conflicts).toHaveLength(1);
    expect(answer.conflicts[0]?.note).toMatch(/3:12 a\.m\..*2:47 a\.m\.|2:47 a\.m\..*3:12 a\.m\./);
  });

  it("sets the ship's two lengths against each other, but not the length of the bridge section lifted off it", () => {
    const answer = ask(index, 'How long is the container ship Vessa?');
    expect(answer.conflicts).toHaveLength(1);
    expect(answer.conflicts[0]?.note).toMatch(/300-metre.*330-metre|330-metre.*300-metre/);
    expect(answer.conflicts[0]?.note).not.toContain('150');
  });
});

describe('ask of a cost estimated, then expected to be higher', () => {
  const index = buildIndex([
    readArticle(
      'sewer-a.md',
      'Date: 2026-02-11\n\nThe Halden sewer upgrade is estimated to cost $38 million, and the council expects the last pipes to be laid by the end of 2028.\n',
    ),
    readArticle(
      'sewer-b.md',
      'Date: 2026-09-03\n\nThe Halden sewer upgrade is now expected to cost about $61 million, the council said.\n',
    ),
  ]);

  it('sets the two estimates against each other, each with its date', () => {
    // Neither the date the other clause gives ("by the end of 2028") nor the "expected to" of a forecast
    // makes one of them a cost of another time or a plan.
    const answer = ask(index, 'How much will the Halden sewer upgrade cost?');
    expect(answer.conflicts).toHaveLength(1);
    expect(answer.conflicts[0]?.note).toMatch(
      /\$38 million \(2026-02-11\) vs about \$61 million \(.*2026-09-03\)/,
    );
  });
});

describe('ask of a staffing level told as a change', () => {
  const index = buildIndex([
    readArticle(
      'audit.md',
      'Date: 2026-04-02\n\nThe audit said nursing staff at the Pellow clinic had fallen from 41 nurses in 2022 to 27 at the start of this year.\n',
    ),
    readArticle(
      'hiring.md',
      'Date: 2026-04-20\n\nThe clinic director said the board had hired 12 additional nurses for the Pellow clinic.\n',
    ),
  ]);

  it('answers with the level the change led to, not the one it started from', () => {
    const answer = ask(index, 'How many nurses does the Pellow clinic have?');
    expect(answer.answer).toMatch(/^27 /);
    expect(answer.conflicts).toEqual([]);
  });

  it('reads the year asked as named by the articles dated in it, though none writes it', () => {
    expect(ask(index, 'How many nurses did the Pellow clinic have at the start of 2026?').status).toBe(
      'answered',
    );
    expect(ask(index, 'How many nurses did the Pellow clinic have at the start of 2019?').status).toBe(
      'not_found',
    );
  });
});
