import { describe, expect, it } from 'vitest';
import { countNameHeads, MAX_NAMES_PER_HEAD, type NameHeads, namesCalled } from './nameHeads.js';
import { terms, tokenize } from './terms.js';
import { englishFrequencies } from './wordnet.js';

const headsOf = (...texts: string[]) => {
  const heads: NameHeads = {};
  for (const text of texts) countNameHeads(tokenize(text), englishFrequencies(), heads);
  return heads;
};
const term = (word: string) => terms(word)[0] ?? '';

describe('name heads', () => {
  it('files a name under the common noun it ends with', () => {
    const heads = headsOf(
      'Barges waited on the Dunmore River for a week.',
      'A crane came from Port Halvey Bay.',
    );
    expect(namesCalled(heads, term('river'))).toEqual([term('Dunmore')]);
    expect(namesCalled(heads, term('bay'))).toEqual([terms('Port Halvey').join(' ')]);
  });

  it('needs two capitalised words side by side, the last one a common noun', () => {
    const heads = headsOf('River traffic stopped.', 'They met Anna Dunmore and the Dunmore, a river.');
    expect(heads).toEqual({});
  });

  it('reads the most written names first, at most a few', () => {
    const texts = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir'].flatMap((name, i) =>
      Array.from({ length: i + 1 }, () => `Boats crossed the ${name} River.`),
    );
    const called = namesCalled(headsOf(...texts), term('river'));
    expect(called).toHaveLength(MAX_NAMES_PER_HEAD);
    expect(called[0]).toBe(term('Fir'));
  });
});
