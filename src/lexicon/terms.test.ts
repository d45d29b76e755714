import { describe, expect, it } from 'vitest';
import { terms, tokenize } from './terms.js';

describe('terms: different writings of one thing meet', () => {
  it.each([
    ['number words and digits', 'six workers', '6 workers'],
    ['abbreviated billions', '$1.7bn', '$1.7 billion'],
    ['hyphenated measures', 'the 984-foot ship', 'the ship, 984 feet'],
    ['month abbreviations', 'on Sept. 18', 'on September 18'],
    ['thousands separators', '2,400 troops', '2400 troops'],
    ['diacritics and apostrophes', 'Zoë Núñez’s family', "Zoe Nunez's family"],
    ['plurals and tenses', 'the workers were killed', 'a worker killed'],
    [
      'abbreviated titles',
      'Gov. Ada Moss and Lt. Gen. Sam Ruiz',
      'Governor Ada Moss and Lieutenant General Sam Ruiz',
    ],
  ])('%s', (_, a, b) => {
    expect(new Set(terms(a))).toEqual(new Set(terms(b)));
  });

  it('keeps an acronym that spells a function word ("US", "IS") but drops the word itself', () => {
    expect(terms('US troops thanked us')).toEqual(['US', 'troop', 'thank']);
    expect(terms('IS fighters: it is over')).toEqual(['IS', 'fighter']);
    expect(terms('the U.S. would use it')).toEqual(['US', 'us']);
  });

  it('reads every form of "say" as a function word, as the stop list reads "said"', () => {
    expect(terms('what did she say? he says, they said, saying')).toEqual([]);
  });

  it.each(["ZEPA's", 'ZEPA\u2019s'])('reads the possessive %s as the acronym, as written alone', (word) => {
    expect(terms(`the ${word} defeat`)).toEqual(terms('the ZEPA defeat'));
  });

  it('keeps a noun that only looks plural apart from the adjective it ends in', () => {
    expect(terms('the news conference')).not.toContain(terms('the new bridge')[0]);
    expect(terms('the news')).toEqual(terms('News'));
  });

  it('marks capitalised words inside a sentence as names, not the first word', () => {
    const t = tokenize('Officials met Marta Kowalski. Then they left.');
    expect(t.filter((x) => x.capitalised).map((x) => x.term)).toEqual(['marta', 'kowalski']);
  });
});

describe('terms: words that are also names of built-in properties', () => {
  it('reads "constructor" as a word, not as a lookup table entry', () => {
    expect(terms('the constructor of the toString')).toEqual(['constructor', 'tostr']);
  });
});
