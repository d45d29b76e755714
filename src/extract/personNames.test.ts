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
    ['Mohammed Shia al-Sudani', ['mohammed', 'shia', 'sudani']],
    ['Al-Sudani', ['sudani']],
    ['José Mynor López', ['jose', 'mynor', 'lopez']],
    ['Benjamin C. Mizer', ['benjamin', 'mizer']],
    ['Roland Butler, Jr.', ['roland', 'butler']],
    ['Maynor Yasir Suazo-Sandoval', ['maynor', 'yasir', 'suazo', 'sandoval']],
    ['Ursula von der Leyen', ['ursula', 'leyen']],
  ])('%s → %j', (name, key) => expect(nameKey(name)).toEqual(key));
});

describe('mergePeople', () => {
  it.each<[string, [string, string][], string[]]>([
    [
      'a full name, its surname with and without the article, and a title',
      [
        ['a.txt', 'Iraqi Prime Minister Mohammed Shia al-Sudani announced the date.'],
        ['a.txt', 'The talks were long, said al-Sudani.'],
        ['b.txt', 'Al-Sudani emphasized the partnership.'],
        ['b.txt', 'The bloc, which backs Sudani’s government, welcomed it.'],
        ['b.txt', 'On Monday, Prime Minister al-Sudani met the envoy.'],
      ],
      ['Mohammed Shia al-Sudani'],
    ],
    [
      'spellings with and without diacritics, the one with them shown',
      [
        ['a.txt', 'The victims are Miguel Luna, 49; Jose Mynor Lopez, 35; and one more.'],
        ['b.txt', 'José Mynor López, 37, was the last recovered.'],
        ['b.txt', 'Crews recovered Miguel Angel Luna Gonzalez and José Mynor López.'],
      ],
      ['José Mynor López', 'Miguel Angel Luna Gonzalez'],
    ],
    [
      'a name cut at the front, as in a list',
      [
        ['a.txt', 'The bodies of Alejandro Hernandez Fuentes and Ronial Castillo Cabrera were found.'],
        ['b.txt', 'Dorlian Ronial Castillo Cabrera, 26, was also recovered.'],
      ],
      ['Alejandro Hernandez Fuentes', 'Dorlian Ronial Castillo Cabrera'],
    ],
    [
      'a titled surname with no full name stays a person; a bare surname with none is dropped',
      [
        ['a.txt', 'The step follows guidance from President Trump.'],
        ['a.txt', 'Gautier said the ship was stable.'],
      ],
      ['Trump'],
    ],
  ])('%s', (_, sentences, expected) => {
    expect(names(sightings(...sentences))).toEqual(expected);
  });

  it('gives a bare surname to the one person of that surname its article names, and to no one when two could own it', () => {
    const merged = mergePeople(
      sightings(
        ['a.txt', 'Farhad Allawi, Advisor to Prime Minister Ali Hassan, told the agency.'],
        ['a.txt', 'Allawi stressed that the forces are ready.'],
        [
          'b.txt',
          'Hussein Allawi, security advisor to Prime Minister Ali Hassan, said the move was welcome.',
        ],
        ['c.txt', 'Allawi said more.'],
      ),
    );
    const farhad = merged.people.find((p) => p.name === 'Farhad Allawi');
    expect(farhad?.sightings.map((s) => s.file)).toEqual(['a.txt', 'a.txt']);
    expect(merged.people.flatMap((p) => p.sightings).some((s) => s.file === 'c.txt')).toBe(false);
  });

  it.each<[string, [string, string][], number]>([
    [
      'two first names, one surname, one role, in different articles: a clash',
      [
        ['a.txt', 'Farhad Allawi, Advisor to Prime Minister Ali Hassan, told the agency.'],
        [
          'b.txt',
          'Hussein Allawi, security advisor to Prime Minister Ali Hassan, said the move was welcome.',
        ],
      ],
      1,
    ],
    [
      'the same two in one article: the writer tells them apart, no clash',
      [
        ['a.txt', 'Farhad Allawi, Advisor to Prime Minister Ali Hassan, told the agency.'],
        [
          'a.txt',
          'Hussein Allawi, security advisor to Prime Minister Ali Hassan, said the move was welcome.',
        ],
      ],
      0,
    ],
    [
      'one surname, different roles: two people, no clash',
      [
        ['a.txt', 'Farhad Allawi, Advisor to Prime Minister Ali Hassan, told the agency.'],
        ['b.txt', 'Lawmaker Hussein Allawi told local media the vote was delayed.'],
      ],
      0,
    ],
  ])('%s', (_, sentences, clashes) => {
    const merged = mergePeople(sightings(...sentences));
    expect(merged.people.filter((p) => p.name.endsWith('Allawi'))).toHaveLength(2);
    expect(merged.clashes).toHaveLength(clashes);
    if (clashes)
      expect(merged.clashes[0]).toMatchObject({
        surname: 'Allawi',
        role: 'Advisor to Prime Minister Ali Hassan',
      });
  });
});
