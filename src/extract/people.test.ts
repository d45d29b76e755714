import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../corpus/readArticle.js';
import { extractPeople, type PersonMention, readPeople } from './people.js';
import { nameKey } from './personNames.js';

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
  [
    'Kurdistan Region Prime Minister Masrour Barzani met U.S. Ambassador Alina Romanowski in Erbil on Sunday.',
    [
      { name: 'Masrour Barzani', roles: ['Kurdistan Region Prime Minister'] },
      { name: 'Alina Romanowski', roles: ['U.S. Ambassador'] },
    ],
  ],
  [
    'Iraqi lawmaker Mohammed al-Karbouli told Reuters the vote was delayed.',
    [{ name: 'Mohammed al-Karbouli', roles: ['Iraqi lawmaker'] }],
  ],
  [
    'FAA Administrator Mike Whitaker said the agency would review the rule.',
    [{ name: 'Mike Whitaker', roles: ['FAA Administrator'] }],
  ],
  [
    'Baltimore Mayor Brandon Scott and Gov. Wes Moore toured the site.',
    [
      { name: 'Brandon Scott', roles: ['Baltimore Mayor'] },
      { name: 'Wes Moore', roles: ['Gov.'] },
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
    'Chief Pentagon spokesperson Sean Parnell explained that this step follows guidance from President Trump.',
    [
      { name: 'Sean Parnell', roles: ['Chief Pentagon spokesperson'] },
      { name: 'Trump', roles: ['President'] },
    ],
  ],
  [
    'NTSB Chair Jennifer Homendy compared the search to finding a loose rivet.',
    [{ name: 'Jennifer Homendy', roles: ['NTSB Chair'] }],
  ],
  [
    '“We have reached an important milestone,” said Principal Deputy Associate Attorney General Benjamin C. Mizer.',
    [{ name: 'Benjamin C. Mizer', roles: ['Principal Deputy Associate Attorney General'] }],
  ],
  [
    'Among the missing is construction worker Miguel Luna, a native of El Salvador.',
    [{ name: 'Miguel Luna', roles: ['construction worker', 'a native of El Salvador'] }],
  ],
  // Appositives after the name.
  [
    'Farhad Allawi, Advisor to Prime Minister Mohammed Shia al-Sudani, told the state news agency that preparations began in 2022.',
    [
      { name: 'Farhad Allawi', roles: ['Advisor to Prime Minister Mohammed Shia al-Sudani'] },
      { name: 'Mohammed Shia al-Sudani', roles: ['Prime Minister'] },
    ],
  ],
  [
    'He met Admiral Brad Cooper, the new Commander of U.S. Central Command, along with a delegation.',
    [{ name: 'Brad Cooper', roles: ['Admiral', 'the new Commander of U.S. Central Command'] }],
  ],
  [
    "Bruce Gartner, the agency's executive director, said the award was a big step forward.",
    [{ name: 'Bruce Gartner', roles: ["the agency's executive director"] }],
  ],
  [
    '"Closure matters," said Colonel Roland Butler, Jr., Superintendent of the Maryland Department of State Police.',
    [
      {
        name: 'Roland Butler, Jr.',
        roles: ['Colonel', 'Superintendent of the Maryland Department of State Police'],
      },
    ],
  ],
  [
    'Lt. Col. Maria Gomez, a spokeswoman for the 82nd Airborne Division, said the unit was ready.',
    [{ name: 'Maria Gomez', roles: ['Lt. Col.', 'a spokeswoman for the 82nd Airborne Division'] }],
  ],
  [
    'Gen. Michael Kurilla, head of U.S. Central Command (CENTCOM), visited the base.',
    [{ name: 'Michael Kurilla', roles: ['Gen.', 'head of U.S. Central Command (CENTCOM)'] }],
  ],
  // A role before the name, set off by commas.
  [
    "The ministry's spokesman, Yehia Rasool, said the strikes hit two targets.",
    [{ name: 'Yehia Rasool', roles: ["The ministry's spokesman"] }],
  ],
  // Names without a title: a given name, an age, a list.
  ['Jane Roe, 42, of Dundalk, was among the victims.', [{ name: 'Jane Roe', roles: [] }]],
  [
    'Crews recovered the bodies of Alejandro Hernandez Fuentes, Dorlian Ronial Castillo Cabrera and Miguel Angel Luna Gonzalez.',
    [
      { name: 'Alejandro Hernandez Fuentes' },
      { name: 'Dorlian Ronial Castillo Cabrera' },
      { name: 'Miguel Angel Luna Gonzalez' },
    ],
  ],
  ['José Mynor López, 37, was the last of the workers recovered.', [{ name: 'José Mynor López', roles: [] }]],
  // Lone surnames that speak: kept, but only as partial mentions.
  ['Allawi stressed that the forces are deployed along all borders.', [{ name: 'Allawi', partial: true }]],
  ['The shift was planned for years, said al-Sudani.', [{ name: 'al-Sudani', partial: true }]],
  ['The bloc, which backs Sudani’s government, welcomed the decision.', [{ name: 'Sudani', partial: true }]],
];

/** Capitalised words that are no one: organisations, places, ships, furniture, pronouns. */
const NO_ONE: string[] = [
  'The Pentagon said on Tuesday that the plan would proceed.',
  'General Motors said it would hire 500 workers.',
  'Reports from the Joint Operations Command, the Army Chief of Staff, and the National Security Council confirmed it.',
  'The U.S. Coast Guard announced the shift late Tuesday evening.',
  'The ship struck the Francis Scott Key Bridge early Tuesday.',
  'Grace Ocean Private Limited and Synergy Marine agreed to pay the claim.',
  'The Department of Defense announced plans on Tuesday.',
  'She said they still have not assessed the bridge.',
  'The bow of the massive Sri Lanka-bound ship was at the bottom of the river.',
  'Iran-aligned factions have been demanding a faster withdrawal.',
  'In September, the Prime Minister’s Office said the talks had ended.',
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
      'Sean',
      'Parnell',
      'al-Sudani',
      'said',
      ',',
      'the',
      'Chief',
      'of',
      'spokesperson',
      'José',
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
    expect(forms('Coast Guard Rear Admiral Shannon Gilreath said.')).toEqual(['title']);
    expect(forms('The agency’s director, Mark Lee, said it.')).toEqual(['preceding']);
    expect(forms('Mark Lee, the agency’s director, said it.')).toEqual(['apposition']);
  });
});

describe('extractPeople', () => {
  it('keys each mention to its sentence and stays JSON-serialisable', () => {
    const text =
      'The talks began.\n\nNTSB Chair Jennifer Homendy said the wire was loose. Homendy said more.\n';
    const article = readArticle('a.txt', text);
    const records = extractPeople(article);
    expect(records.map((r) => [r.mention.name, r.mention.partial])).toEqual([
      ['Jennifer Homendy', false],
      ['Homendy', true],
    ]);
    for (const { sentence, mention } of records) {
      const s = article.sentences[sentence] as { start: number; end: number };
      expect(text.slice(s.start, s.end).slice(mention.start, mention.end)).toBe(mention.name);
    }
    expect(records[0]?.sentence).not.toBe(records[1]?.sentence);
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });
});

/**
 * compromise vs the rules, on the 17 development articles (5 Iraq, 12 Key Bridge), against the people
 * each article's quotable sentences name (hand-listed below). A found name is right when its words are
 * all words of a listed name of its article; a listed name is found when some found name is right for it.
 *
 * Measured (2 shared cores, Node 20):
 * - compromise 14 `nlp(sentence).people()` (honorifics removed): precision 0.84 (38 of 45), recall 0.78
 *   (32 of 41), 23–30 ms an article. It misses names its lexicon lacks ("Farhad Allawi", "Estee Pinchasin",
 *   "Dorlian Ronial Castillo Cabrera" cut to "Ronial Castillo"), keeps role words ("Spokesman Sean Parnell")
 *   and takes places and firms for people ("Ain al-Asad", "Grace Ocean").
 * - the rules of `people.ts` (titles, appositions, lists, and compromise's lexicon of given names):
 *   precision 1.00, recall 0.98 (40 of 41; the miss: "Maynor Suazo Sandoval", named once with no cue),
 *   ~2 ms an article.
 * So the tagger is not used; its lexicon is (`nameLexicon.ts`). The assertions keep the rules ahead.
 */
describe('compromise vs the rules', () => {
  const DEV: Record<string, string[]> = {
    '000_8d4a53efa7a9cc66.txt': [],
    '001_ee670a4d086fc3fe.txt': ['Farhad Allawi', 'Mohammed Shia al-Sudani', 'Brad Cooper'],
    '002_1d766290c621dc76.txt': ['Sean Parnell', 'Trump', 'Mohammed Shia al-Sudani', 'Kevin Leahy'],
    '003_71640e988f2f5a9b.txt': [],
    '004_9283be5639869582.txt': [
      'Sean Parnell',
      'Hussein Allawi',
      'Mohammed Shia al-Sudani',
      'Uday al-Khadran',
    ],
    '01_wcbm_recovery_mission_begins.txt': ['Shannon Gilreath', 'Wes Moore'],
    '02_yahoo_news_aggressive_search_efforts.txt': ['Peter Gautier', 'Joe Biden'],
    '03_abc7_missing_workers_two_recovered.txt': [
      'Alejandro Hernandez Fuentes',
      'Dorlian Ronial Castillo Cabrera',
      'Miguel Luna',
    ],
    '04_baltimore_banner_fourth_victim_found.txt': [
      'Wes Moore',
      'Alejandro Hernandez Fuentes',
      'Dorlian Ronial Castillo Cabrera',
      'Maynor Suazo Sandoval',
      'Miguel Luna',
      'Jose Mynor Lopez',
      'Carlos Hernández',
    ],
    '05_cbs_baltimore_sixth_final_victim.txt': [
      'José Mynor López',
      'Alejandro Hernandez Fuentes',
      'Dorlian Ronial Castillo Cabrera',
      'Maynor Yasir Suazo-Sandoval',
      'Carlos Daniel Hernandez Estrella',
      'Miguel Angel Luna Gonzalez',
      'Roland Butler',
      'Wes Moore',
    ],
    '06_upi_controlled_explosion_dali.txt': ['Estee Pinchasin', 'Wes Moore'],
    '07_roads_bridges_ntsb_preliminary_report.txt': [],
    '08_baltimore_jewish_life_channel_reopened.txt': ['Scott Spellmon', 'Estee Pinchasin'],
    '09_construction_equipment_guide_kiewit_contract.txt': ['Bruce Gartner'],
    '10_wmar2_dali_owners_settlement.txt': ['Benjamin C. Mizer'],
    '11_butler_eagle_ap_vulnerability_assessment.txt': ['Jennifer Homendy'],
    '12_geo_news_reuters_loose_wire_ntsb.txt': ['Jennifer Homendy'],
  };
  const dirs = [join(process.cwd(), 'articles'), '/work/shared/eval/keybridge/articles'];
  const articles = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f in DEV)
      .map((f) => readArticle(f, readFileSync(join(dir, f), 'utf8'))),
  );

  const score = (found: (text: string) => string[]) => {
    let right = 0;
    let total = 0;
    let hit = 0;
    let listed = 0;
    let ms = 0;
    for (const a of articles) {
      const gold = (DEV[a.file] ?? []).map(nameKey);
      const t0 = performance.now();
      const names = new Set(
        a.sentences.flatMap((s) => found(a.text.slice(s.start, s.end))).map((n) => nameKey(n).join(' ')),
      );
      ms += performance.now() - t0;
      const keys = [...names].filter(Boolean).map((n) => n.split(' '));
      const fits = (k: string[], g: string[]) => k.every((w) => g.includes(w));
      right += keys.filter((k) => gold.some((g) => fits(k, g))).length;
      total += keys.length;
      hit += gold.filter((g) => keys.some((k) => fits(k, g))).length;
      listed += gold.length;
    }
    return { precision: right / total, recall: hit / listed, msPerArticle: ms / articles.length };
  };

  it('reads the people of the development articles better than compromise’s tagger', () => {
    expect(articles).toHaveLength(17);
    const rules = score((s) =>
      readPeople(s)
        .filter((m) => !m.partial)
        .map((m) => m.name),
    );
    const tagger = score((s) => nlp(s).people().not('#Honorific').out('array') as string[]);
    console.info(`people: rules ${JSON.stringify(rules)}; compromise ${JSON.stringify(tagger)}`);
    expect(rules.precision).toBeGreaterThanOrEqual(0.95);
    expect(rules.recall).toBeGreaterThanOrEqual(0.95);
    expect(rules.precision).toBeGreaterThan(tagger.precision);
    expect(rules.recall).toBeGreaterThan(tagger.recall);
  });
});
