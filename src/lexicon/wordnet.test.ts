import { describe, expect, it } from 'vitest';
import { adjectivesWithin, capitalsWithin, personNounsWithin, phraseKey, synonymsWithin } from './wordnet.js';

describe('synonymsWithin', () => {
  // WordNet's "cabbage": 1 = the vegetable ("chou"), tagged in SemCor; 2 = slang for money ("dough"), never tagged.
  const vocabulary = new Set(
    phraseKey('The chou for the soup cost the cook more dough than she had.').split(' '),
  );
  const cabbage = () => synonymsWithin(vocabulary).synonyms[phraseKey('cabbage')] ?? [];

  it("reads a word's tagged senses: a question's cabbage meets an article's chou", () => {
    expect(cabbage()).toContain(phraseKey('chou'));
  });

  it('leaves out the senses SemCor never tagged: the cabbage asked about is not money', () => {
    expect(cabbage()).not.toContain(phraseKey('dough'));
  });

  it('tells a broader or narrower word from a synonym: a contractor may be a builder, a price is a cost', () => {
    const { synonyms, kin } = synonymsWithin(
      new Set(phraseKey('The builders said the cost rose.').split(' ')),
    );
    expect(synonyms[phraseKey('price')]).toContain(phraseKey('cost'));
    expect(kin[phraseKey('price')] ?? []).not.toContain(phraseKey('cost'));
    expect(synonyms[phraseKey('contractor')]).toContain(phraseKey('builder'));
    expect(kin[phraseKey('contractor')]).toContain(phraseKey('builder'));
  });

  it('reaches a verb derived from another word of the sense as kin: a lawsuit is a suit, and a suit is sued', () => {
    const { synonyms, kin } = synonymsWithin(
      new Set(phraseKey('The port sued the shipping line.').split(' ')),
    );
    expect(synonyms[phraseKey('lawsuit')]).toContain(phraseKey('sue'));
    expect(kin[phraseKey('lawsuit')]).toContain(phraseKey('sue'));
  });
});

describe('capitalsWithin', () => {
  const vocabulary = new Set(phraseKey('Norway and France signed; the United States did not.').split(' '));
  const capitals = capitalsWithin(vocabulary);

  it("leads a national capital to its country's names in the corpus, and no other place", () => {
    expect(capitals[phraseKey('Oslo')]).toEqual([phraseKey('Norway')]);
    expect(capitals[phraseKey('Paris')]).toEqual([phraseKey('France')]);
    expect(capitals[phraseKey('Lyon')]).toBeUndefined();
    expect(capitals[phraseKey('Lima')]).toBeUndefined();
  });

  it('climbs from a capital in a district of its own to the country', () => {
    expect(capitals[phraseKey('Washington')]).toContain(phraseKey('United States'));
  });
});

describe('adjectivesWithin', () => {
  const vocabulary = new Set(phraseKey('Norwegian and French boats met a nuclear submarine.').split(' '));
  const adjectives = adjectivesWithin(vocabulary);

  it('gives a name the adjectives of it the corpus writes, and a common noun none', () => {
    expect(adjectives[phraseKey('Norway')]).toContain(phraseKey('Norwegian'));
    expect(adjectives[phraseKey('France')]).toContain(phraseKey('French'));
    expect(adjectives[phraseKey('Spain')]).toBeUndefined();
    expect(adjectives[phraseKey('nucleus')]).toBeUndefined();
  });
});

describe('personNounsWithin', () => {
  it('gives the nouns whose usual sense is a person, as written, and no group or thing', () => {
    const vocabulary = new Set(
      phraseKey('Passengers, crew, fans and residents waited; the cutter cut ropes.').split(' '),
    );
    const people = personNounsWithin(vocabulary);
    expect(people).toEqual(expect.arrayContaining(['passenger', 'resident']));
    expect(people).not.toContain('crew');
    expect(people).not.toContain('fan');
    expect(people).not.toContain('cut');
  });
});
