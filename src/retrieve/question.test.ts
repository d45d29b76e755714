import { describe, expect, it } from 'vitest';
import { readArticle } from '../corpus/readArticle.js';
import { buildIndex } from '../index/buildIndex.js';
import { terms } from '../lexicon/terms.js';
import { AGAIN_STRENGTH, defaultReadingOptions, readQuestion, SYNONYM_STRENGTH } from './question.js';

const { lexicon } = buildIndex([
  readArticle(
    'ferry.txt',
    'DUNMORE — The ferry terminal reopened on Friday after a month of repairs. The port authority issued a report on the damage. The harbour master said tolls will be repaid. The ferry crossed the Dunmore River at dawn. Eight passengers fell into the Dunmore. The collision with the breakwater bent the bow of the ferry. The chief of the ferry line resigned. Rebels regained the fort above the harbour in March.\n',
  ),
]);

/** A word as the index holds it (folded, base form, stemmed). */
const term = (word: string) => terms(word)[0] ?? '';

const variantsOf = (question: string, key: string) =>
  readQuestion(question, lexicon, defaultReadingOptions).concepts.find((c) => c.key === key)?.variants ?? [];

describe('readQuestion', () => {
  it('reads a phrase only where its words stand together', () => {
    const keys = (q: string) => readQuestion(q, lexicon, defaultReadingOptions).concepts.map((c) => c.key);
    expect(keys('Is the toll line open?')).toContain(`${term('toll')} ${term('line')}`);
    expect(keys('Will tolls for the line be repaid?')).toEqual(
      expect.arrayContaining([term('toll'), term('line')]),
    );
  });

  it('keeps "numbers" as a word of a question asking for a count: only the wording that asks is used up', () => {
    const keys = (q: string) => readQuestion(q, lexicon, defaultReadingOptions).concepts.map((c) => c.key);
    expect(keys('What is the ferry count? I keep seeing two numbers.')).toContain(term('numbers'));
  });

  it.each([
    ['When did the ferry terminal open back up?', 'open', 'reopen'],
    ['Will the tolls be paid back?', 'paid', 'repaid'],
    ['When did the terminal open again?', 'open', 'reopen'],
  ])('reads "%s" as the article\'s "re-" verb, as strongly as the word typed', (question, key, again) => {
    expect(variantsOf(question, term(key))).toContainEqual({ key: term(again), strength: 1 });
    const keys = readQuestion(question, lexicon, defaultReadingOptions).concepts.map((c) => c.key);
    expect(keys).not.toContain('back');
    expect(keys).not.toContain('again');
  });

  it.each([['When did the rebels win back the fort?'], ['When did the rebels win the fort back?']])(
    'reads "%s" as the "re-" form of a synonym of its verb ("win" → "gain" → "regained")',
    (question) => {
      expect(variantsOf(question, term('win'))).toContainEqual({
        key: term('regain'),
        strength: AGAIN_STRENGTH,
      });
      const keys = readQuestion(question, lexicon, defaultReadingOptions).concepts.map((c) => c.key);
      expect(keys).not.toContain('back');
    },
  );

  it.each([
    ['When did the ferry cross the river?', ['date', 'time']],
    ['What ferry sank when the storm hit?', []],
    ['Who steered the ferry when it crossed?', ['person']],
    ['What do inspectors think caused the damage?', ['cause']],
    ['How strong were the winds?', ['measure']],
    ['How fast was the ferry?', ['measure']],
    ['How long was the ferry trapped in the ice?', ['duration', 'date']],
    ['How long is the ferry that sailed in May?', ['measure']],
    ['What share of the crossings did the ferry cancel?', ['measure', 'count']],
    ['In which town did the ferry stop?', ['place']],
    ['Which border villages did the storm reach?', ['place']],
    ['Which law firm did the ferry line hire?', ['person']],
    ["What's the death toll in Velm now?", ['count']],
    ['How big a fine did the ferry line pay?', ['amount']],
    ["What's the price of a ferry ticket?", ['amount']],
    ['What was the ferry line worth after the deal?', ['amount']],
    ['What time of day did the ferry sink?', ['time']],
    ['How big was the ferry?', ['measure']],
    ['What is the ferry count at the port?', ['count']],
    ['What is the latest official number of ferries laid up?', ['count']],
    ['At what depth did the ferry sink?', ['measure']],
    ['What salary does the ferry line’s chief earn?', ['amount']],
    ['What fine did the court impose on the ferry line?', ['amount']],
    ['How much compensation are the ferry families seeking?', ['amount']],
    ['What is the ferry line’s phone number?', []],
    ['What is the new ferry levy meant to pay for?', ['cause']],
    ['What was the ferry line really after with the fare rise?', ['cause']],
    ['What was the goal of the fare rise?', ['cause']],
    ['What happened after the fare rise?', []],
    ['What was the ferry line doing after?', []],
  ])(
    'reads "%s" as asking for %j (a "when" after another question word opens a clause)',
    (question, kinds) => {
      expect(readQuestion(question, lexicon, defaultReadingOptions).kinds).toEqual(kinds);
    },
  );

  it.each([
    ['How long was the section the storm tore away?', 'length'],
    ['How far did the ferry drift?', 'length'],
    ['How fast was the ferry?', 'speed'],
    ['How heavy was the cargo?', 'mass'],
    ['At what depth did the ferry sink?', 'length'],
    ['What was the weight of the cargo?', 'mass'],
    ['What share of the crossings did the ferry cancel?', 'share'],
    ['How big was the ferry?', null],
    ['How much did the ferry carry?', null],
  ])('reads "%s" as asking for a measure of %j', (question, dimension) => {
    expect(readQuestion(question, lexicon, defaultReadingOptions).dimension).toBe(dimension);
  });

  it('weighs what a "how many" question counts as its heaviest word, however common in the corpus', () => {
    const concepts = readQuestion(
      'How many ferries left the Dunmore port?',
      lexicon,
      defaultReadingOptions,
    ).concepts;
    const ferry = concepts.find((c) => c.key === term('ferry'));
    expect(ferry?.focus).toBe(true);
    expect(ferry?.weight).toBe(Math.max(...concepts.map((c) => c.weight)));
    expect(concepts.filter((c) => c.key !== term('ferry')).some((c) => c.weight > 0)).toBe(true);
  });

  it('counts the last of the nouns after "how many": "emergency shelters" counts shelters', () => {
    const focus = (q: string) =>
      readQuestion(q, lexicon, defaultReadingOptions).concepts.find((c) => c.focus)?.key;
    expect(focus('How many emergency ferries are sailing now?')).toBe(term('ferries'));
    expect(focus('How many ferries left the port?')).toBe(term('ferries'));
    // compromise reads "doses" as a verb; an auxiliary after it says it is the noun.
    expect(focus('How many vaccine doses had arrived by March?')).toBe(term('doses'));
  });

  it('reads "who runs" as asking for the role that runs it, and "headed" elsewhere as a plain verb', () => {
    expect(variantsOf('Who runs the ferry line?', term('runs'))).toContainEqual({
      key: term('chief'),
      strength: SYNONYM_STRENGTH,
    });
    expect(variantsOf('Where was the ferry headed?', term('headed')).map((v) => v.key)).not.toContain(
      term('chief'),
    );
  });

  it("finds a person's given name wherever the surname stands, as articles name people after the first time", () => {
    const named = (q: string, key: string) => variantsOf(q, term(key)).map((v) => v.key);
    expect(named('When did Ona Vrelsk resign?', 'ona')).toContain(term('vrelsk'));
    expect(named('What did Anton Keller say?', 'anton')).toContain(term('keller'));
    // A name ending in an English word is a place's or a body's: "the viaduct" alone is not Harlow's.
    expect(named('Why did the Harlow Viaduct close?', 'harlow')).not.toContain(term('viaduct'));
  });

  it('reads "who is running" and "who is in charge of" as "who runs"', () => {
    const chief = { key: term('chief'), strength: SYNONYM_STRENGTH };
    expect(variantsOf('Who is running the ferry line now?', term('running'))).toContainEqual(chief);
    expect(variantsOf('Who is in charge of the ferry line?', term('charge'))).toContainEqual(chief);
    expect(variantsOf('Who brought the charge against the ferry line?', term('charge'))).not.toContainEqual(
      chief,
    );
  });

  it('lets a plain verb meet its "re-" form, less strongly', () => {
    expect(variantsOf('When did the terminal open?', 'open')).toContainEqual({
      key: 'reopen',
      strength: AGAIN_STRENGTH,
    });
  });

  it('makes no "re-" word of a noun: the port is not a report', () => {
    expect(variantsOf("What did the port's authority say?", 'port').map((v) => v.key)).not.toContain(
      'report',
    );
  });

  it("lets a verb meet the noun made of it, as a synonym: the article's collision for the question's collide", () => {
    expect(variantsOf('When did the ferry collide with the breakwater?', term('collide'))).toContainEqual({
      key: term('collision'),
      strength: SYNONYM_STRENGTH,
    });
  });

  it('lets a common noun stand for the names the articles end with it: the river is the Dunmore', () => {
    expect(variantsOf('How many passengers fell into the river?', 'river')).toContainEqual({
      key: term('Dunmore'),
      strength: SYNONYM_STRENGTH,
    });
  });

  it('weighs a name the articles write by the articles, not by a dateline that writes it in capitals', () => {
    const dunmore = variantsOf('What fell into the Dunmore?', term('Dunmore'));
    expect(dunmore).toEqual([{ key: term('Dunmore'), strength: 1 }]);
  });

  it.each([
    ['What did the harbour master say in December?', 'December'],
    ['How many Harbour ATMs did the ferry line close?', 'ATMs'],
  ])('reads "%s" as naming no one: %s is a date or a kind of thing', (question, word) => {
    const read = readQuestion(question, lexicon, defaultReadingOptions);
    expect(read.concepts.find((c) => c.key === term(word))?.name).toBe(false);
    expect(read.wholeNames).toEqual([]);
  });

  it('reads a preposition compromise takes for an adjective as a function word: "behind", "against"', () => {
    const keys = readQuestion(
      'Were vandals behind the damage to the ferry?',
      lexicon,
      defaultReadingOptions,
    ).concepts.map((c) => c.key);
    expect(keys).toContain(term('vandals'));
    expect(keys).not.toContain('behind');
  });
});
