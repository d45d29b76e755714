import { describe, expect, it } from 'vitest';
import { readPeople } from './people.js';
import { mergePeople, nameKey, type Sighting } from './personNames.js';

/** Sightings of every person a few articles' sentences name: [file, sentence] pairs. */
function sightings(...sentences: [string, string][]): Sighting[] {
  return sentences.flatMap(([file, text], sentence) =>
    readPeople(text).map((mention) => ({ file, sentence, mention })),
  );
}

const names = (s: Sighting[]) =>
  mergePeople(s)
    .people.map((p) => p.name)
    .sort();

describe('nameKey', () => {
  it.each([
    ['Ahmed Nasser al-Rawi', ['ahmed', 'nasser', 'rawi']],
    ['Al-Rawi', ['rawi']],
    ['Raúl Yamil Núñez', ['raul', 'yamil', 'nunez']],
    ['Thomas R. Wendt', ['thomas', 'wendt']],
    ['Raymond Fisk, Jr.', ['raymond', 'fisk']],
    ['Wilmer Yasmani Ocampo-Barrios', ['wilmer', 'yasmani', 'ocampo', 'barrios']],
    ['Ursula von der Leyen', ['ursula', 'leyen']],
  ])('%s → %j', (name, key) => expect(nameKey(name)).toEqual(key));
});

describe('mergePeople', () => {
  it.each<[string, [string, string][], string[]]>([
    [
      'a full name, its surname with and without the article, and a title',
      [
        ['a.txt', 'Jordanian Prime Minister Ahmed Nasser al-Rawi announced the date.'],
        ['a.txt', 'The talks were long, said al-Rawi.'],
        ['b.txt', 'Al-Rawi emphasized the partnership.'],
        ['b.txt', 'The bloc, which backs Rawi’s government, welcomed it.'],
        ['b.txt', 'On Monday, Prime Minister al-Rawi met the envoy.'],
      ],
      ['Ahmed Nasser al-Rawi'],
    ],
    [
      'spellings with and without diacritics, the one with them shown',
      [
        ['a.txt', 'The victims are Pablo Serrano, 52; Raul Yamil Nunez, 39; and one more.'],
        ['b.txt', 'Raúl Yamil Núñez, 41, was the last found.'],
        ['b.txt', 'Rescuers located Pablo Andres Serrano Ibarra and Raúl Yamil Núñez.'],
      ],
      ['Pablo Andres Serrano Ibarra', 'Raúl Yamil Núñez'],
    ],
    [
      'a name cut at the front, as in a list',
      [
        ['a.txt', 'The remains of Ricardo Moreno Vidal and Anibal Quiroz Batres were located.'],
        ['b.txt', 'Yeferson Anibal Quiroz Batres, 29, was also located.'],
      ],
      ['Ricardo Moreno Vidal', 'Yeferson Anibal Quiroz Batres'],
    ],
    [
      'a titled surname with no full name stays a person; a bare surname with none is dropped',
      [
        ['a.txt', 'The step follows guidance from President Kessler.'],
        ['a.txt', 'Dumont said the tanker was stable.'],
      ],
      ['Kessler'],
    ],
    [
      "a hyphenated name that speaks with no full name (a company's) is dropped as a bare surname is",
      [
        ['a.txt', "Ona Brel, Trans-Varda's interim chief executive, said the company would appeal."],
        ['a.txt', 'Trans-Varda said the line would reopen.'],
      ],
      ['Ona Brel'],
    ],
  ])('%s', (_, sentences, expected) => {
    expect(names(sightings(...sentences))).toEqual(expected);
  });

  it('gives a bare surname to the one person of that surname its article names, and to no one when two could own it', () => {
    const merged = mergePeople(
      sightings(
        ['a.txt', 'Jalal Haddadi, Advisor to Prime Minister Ali Hassan, told the agency.'],
        ['a.txt', 'Haddadi stressed that the units are ready.'],
        ['b.txt', 'Karim Haddadi, security advisor to Prime Minister Ali Hassan, said the move was welcome.'],
        ['c.txt', 'Haddadi said more.'],
      ),
    );
    const jalal = merged.people.find((p) => p.name === 'Jalal Haddadi');
    expect(jalal?.sightings.map((s) => s.file)).toEqual(['a.txt', 'a.txt']);
    expect(merged.people.flatMap((p) => p.sightings).some((s) => s.file === 'c.txt')).toBe(false);
  });

  it.each<[string, [string, string][], number]>([
    [
      'two first names, one surname, one role, in different articles: a clash',
      [
        ['a.txt', 'Jalal Haddadi, Advisor to Prime Minister Ali Hassan, told the agency.'],
        ['b.txt', 'Karim Haddadi, security advisor to Prime Minister Ali Hassan, said the move was welcome.'],
      ],
      1,
    ],
    [
      'the same two in one article: the writer tells them apart, no clash',
      [
        ['a.txt', 'Jalal Haddadi, Advisor to Prime Minister Ali Hassan, told the agency.'],
        ['a.txt', 'Karim Haddadi, security advisor to Prime Minister Ali Hassan, said the move was welcome.'],
      ],
      0,
    ],
    [
      'one surname, different roles: two people, no clash',
      [
        ['a.txt', 'Jalal Haddadi, Advisor to Prime Minister Ali Hassan, told the agency.'],
        ['b.txt', 'Lawmaker Karim Haddadi told local media the vote was delayed.'],
      ],
      0,
    ],
  ])('%s', (_, sentences, clashes) => {
    const merged = mergePeople(sightings(...sentences));
    expect(merged.people.filter((p) => p.name.endsWith('Haddadi'))).toHaveLength(2);
    expect(merged.clashes).toHaveLength(clashes);
    if (clashes)
      expect(merged.clashes[0]).toMatchObject({
        surname: 'Haddadi',
        role: 'Advisor to Prime Minister Ali Hassan',
      });
  });
});
