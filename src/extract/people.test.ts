import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../corpus/readArticle.js';
import { extractPeople, type PersonMention, readPeople } from './people.js';

/** A mention as the tests state it: the name, and its roles' texts (form given where it matters). */
interface Expected {
  name: string;
  roles?: string[];
  partial?: boolean;
}

const brief = (m: PersonMention): Expected => ({
  name: m.name,
  roles: m.roles.map((r) => r.text),
  partial: m.partial,
});

/** Sentences in wire-service, regional and local styles, and everyone they name. */
const PEOPLE: [string, Expected[]][] = [
  // Titles before names, and the role words before the title.
  [
    'Defense Secretary Pete Hegseth said the review would take weeks.',
    [{ name: 'Pete Hegseth', roles: ['Defense Secretary'] }],
  ],
  // A company's head, as British and European papers title one.
  [
    'Chief executive Hanna Berg apologised to passengers.',
    [{ name: 'Hanna Berg', roles: ['Chief executive'] }],
  ],
  [
    'Quellsoft Chief Executive Lars Moe said the firm would cooperate.',
    [{ name: 'Lars Moe', roles: ['Quellsoft Chief Executive'] }],
  ],
  [
    'Hanna Berg, the airline’s chief executive, said she would not resign.',
    [{ name: 'Hanna Berg', roles: ['the airline’s chief executive'] }],
  ],
  ['Managing director Tom Hale opened the plant.', [{ name: 'Tom Hale', roles: ['Managing director'] }]],
  [
    'Harbour Safety Authority (HSA) Director Lena Voss inspected the dock.',
    [{ name: 'Lena Voss', roles: ['Harbour Safety Authority (HSA) Director'] }],
  ],
  [
    'The Harbour Safety Authority (2019) Director Lena Voss inspected the dock.',
    [{ name: 'Lena Voss', roles: ['Director'] }],
  ],
  [
    'Puntland Region Prime Minister Abdirahman Warsame met U.K. Ambassador Olivia Brandt in Garowe on Sunday.',
    [
      { name: 'Abdirahman Warsame', roles: ['Puntland Region Prime Minister'] },
      { name: 'Olivia Brandt', roles: ['U.K. Ambassador'] },
    ],
  ],
  [
    'Jordanian lawmaker Khaled al-Masri told Reuters the vote was delayed.',
    [{ name: 'Khaled al-Masri', roles: ['Jordanian lawmaker'] }],
  ],
  [
    'FAA Administrator Mike Whitaker said the agency would review the rule.',
    [{ name: 'Mike Whitaker', roles: ['FAA Administrator'] }],
  ],
  [
    'Portland Mayor Brenda Foster and Gov. Lena Ortega toured the site.',
    [
      { name: 'Brenda Foster', roles: ['Portland Mayor'] },
      { name: 'Lena Ortega', roles: ['Gov.'] },
    ],
  ],
  [
    'Secretary of State Marco Rubio spoke by phone with his counterpart.',
    [{ name: 'Marco Rubio', roles: ['Secretary of State'] }],
  ],
  [
    'A statement was issued by Maj. Gen. Joel Vowell on Friday.',
    [{ name: 'Joel Vowell', roles: ['Maj. Gen.'] }],
  ],
  ['"We are ready," said Capt. Ana Ruiz.', [{ name: 'Ana Ruiz', roles: ['Capt.'] }]],
  // Role then name, the role a chain of capitalised words and role nouns.
  [
    'Chief Admiralty spokesperson Dana Whitcombe explained that this step follows guidance from President Kessler.',
    [
      { name: 'Dana Whitcombe', roles: ['Chief Admiralty spokesperson'] },
      { name: 'Kessler', roles: ['President'] },
    ],
  ],
  [
    'CSB Chair Laura Brekke compared the hunt to finding a stray bolt.',
    [{ name: 'Laura Brekke', roles: ['CSB Chair'] }],
  ],
  [
    '“We have turned an important corner,” said Principal Deputy Associate Attorney General Thomas R. Wendt.',
    [{ name: 'Thomas R. Wendt', roles: ['Principal Deputy Associate Attorney General'] }],
  ],
  [
    'Among the injured is construction worker Pablo Serrano, a native of Costa Rica.',
    [{ name: 'Pablo Serrano', roles: ['construction worker', 'a native of Costa Rica'] }],
  ],
  // Appositives after the name.
  [
    'Jalal Haddadi, Advisor to Prime Minister Ahmed Nasser al-Rawi, told the state news agency that preparations began in 2019.',
    [
      { name: 'Jalal Haddadi', roles: ['Advisor to Prime Minister Ahmed Nasser al-Rawi'] },
      { name: 'Ahmed Nasser al-Rawi', roles: ['Prime Minister'] },
    ],
  ],
  [
    'He met Admiral Craig Palmer, the new Commander of U.S. Africa Command, along with a delegation.',
    [{ name: 'Craig Palmer', roles: ['Admiral', 'the new Commander of U.S. Africa Command'] }],
  ],
  [
    "Neil Ashworth, the agency's executive director, said the grant was a big step forward.",
    [{ name: 'Neil Ashworth', roles: ["the agency's executive director"] }],
  ],
  [
    '"Answers matter," said Colonel Raymond Fisk, Jr., Superintendent of the Oregon Department of State Police.',
    [
      {
        name: 'Raymond Fisk, Jr.',
        roles: ['Colonel', 'Superintendent of the Oregon Department of State Police'],
      },
    ],
  ],
  [
    'Lt. Col. Maria Gomez, a spokeswoman for the 82nd Airborne Division, said the unit was ready.',
    [{ name: 'Maria Gomez', roles: ['Lt. Col.', 'a spokeswoman for the 82nd Airborne Division'] }],
  ],
  [
    'Gen. Michael Dorsey, head of U.S. Africa Command (AFRICOM), visited the base.',
    [{ name: 'Michael Dorsey', roles: ['Gen.', 'head of U.S. Africa Command (AFRICOM)'] }],
  ],
  // A role before the name, set off by commas.
  [
    "The ministry's spokesman, Yusri Qadan, said the strikes hit two targets.",
    [{ name: 'Yusri Qadan', roles: ["The ministry's spokesman"] }],
  ],
  // Names without a title: a given name, an age, a list.
  ['Jane Roe, 42, of Glenmoor, was among the victims.', [{ name: 'Jane Roe', roles: [] }]],
  [
    'Rescuers located the remains of Ricardo Moreno Vidal, Yeferson Anibal Quiroz Batres and Pablo Andres Serrano Ibarra.',
    [
      { name: 'Ricardo Moreno Vidal' },
      { name: 'Yeferson Anibal Quiroz Batres' },
      { name: 'Pablo Andres Serrano Ibarra' },
    ],
  ],
  ['Raúl Yamil Núñez, 41, was the last of the miners found.', [{ name: 'Raúl Yamil Núñez', roles: [] }]],
  // Lone surnames that speak: kept, but only as partial mentions.
  ['Haddadi stressed that the units are posted along all borders.', [{ name: 'Haddadi', partial: true }]],
  ['The change was planned for years, said al-Rawi.', [{ name: 'al-Rawi', partial: true }]],
  ['The bloc, which backs Rawi’s government, welcomed the decision.', [{ name: 'Rawi', partial: true }]],
];

/** Capitalised words that are no one: organisations, places, ships, furniture, pronouns. */
const NO_ONE: string[] = [
  'The Admiralty said on Friday that the plan would proceed.',
  'General Motors said it would hire 800 workers.',
  'Reports from the Joint Special Operations Command, the Navy Chief of Staff, and the National Intelligence Council confirmed it.',
  'The U.K. Border Force announced the change late Friday evening.',
  'The tanker struck the Thomas Edward Stone Bridge early Sunday.',
  'Harmony Tide Private Limited and Anchor Marine agreed to pay the claim.',
  'The Department of Energy announced plans on Thursday.',
  'She said they still have not inspected the dam.',
  'The bow of the heavy Costa Rica-bound barge was at the bottom of the canal.',
  'Russia-aligned factions have been demanding a faster handover.',
  'In November, the Prime Minister’s Office said the talks had ended.',
];

describe('readPeople', () => {
  it.each(PEOPLE)('%s', (sentence, expected) => {
    const found = readPeople(sentence);
    expect(found.map((m) => m.name)).toEqual(expected.map((e) => e.name));
    for (const [i, e] of expected.entries()) expect(brief(found[i] as PersonMention)).toMatchObject(e);
    for (const m of found) {
      expect(sentence.slice(m.start, m.end)).toBe(m.name);
      for (const r of m.roles) expect(sentence.slice(r.start, r.end)).toBe(r.text);
    }
  });

  it('cuts every name and role from the sentence itself, whatever the text', () => {
    const word = fc.constantFrom(
      'Gen.',
      'Dana',
      'Whitcombe',
      'al-Rawi',
      'said',
      ',',
      'the',
      'Chief',
      'of',
      'spokesperson',
      'Raúl',
      'Jr.',
      '42',
      'Board',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), (words) => {
        const sentence = words.join(' ');
        for (const m of readPeople(sentence)) {
          expect(sentence.slice(m.start, m.end)).toBe(m.name);
          for (const r of m.roles) expect(sentence.slice(r.start, r.end)).toBe(r.text);
        }
      }),
    );
  });

  it.each(NO_ONE)('names no one in: %s', (sentence) => {
    expect(readPeople(sentence).filter((m) => !m.partial)).toEqual([]);
  });

  it('tells how each role stood: title, preceding, apposition', () => {
    const forms = (s: string) => readPeople(s).flatMap((m) => m.roles.map((r) => r.form));
    expect(forms('Border Guard Rear Admiral Helen Dunmore said.')).toEqual(['title']);
    expect(forms('The agency’s director, Mark Lee, said it.')).toEqual(['preceding']);
    expect(forms('Mark Lee, the agency’s director, said it.')).toEqual(['apposition']);
  });
});

describe('extractPeople', () => {
  it('keys each mention to its sentence and stays JSON-serialisable', () => {
    const text = 'The talks began.\n\nCSB Chair Laura Brekke said the valve was loose. Brekke said more.\n';
    const article = readArticle('a.txt', text);
    const records = extractPeople(article);
    expect(records.map((r) => [r.mention.name, r.mention.partial])).toEqual([
      ['Laura Brekke', false],
      ['Brekke', true],
    ]);
    for (const { sentence, mention } of records) {
      const s = article.sentences[sentence] as { start: number; end: number };
      expect(text.slice(s.start, s.end).slice(mention.start, mention.end)).toBe(mention.name);
    }
    expect(records[0]?.sentence).not.toBe(records[1]?.sentence);
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });
});
