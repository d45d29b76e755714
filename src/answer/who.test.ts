import { describe, expect, it } from 'vitest';
import { overlapSearch } from '../../test/helpers/overlapSearch.js';
import type { Article } from '../corpus/article.js';
import { readArticle } from '../corpus/readArticle.js';
import { engineOver } from '../engine.js';
import { extractPeople } from '../extract/people.js';
import { buildIndex } from '../index/buildIndex.js';
import { updateIndex } from '../index/updateIndex.js';
import { Answer } from './schema.js';
import { listNames, who } from './who.js';

function corpus(articles: Article[]) {
  return {
    articles,
    people: new Map(articles.map((a) => [a.file, extractPeople(a)])),
    search: overlapSearch(articles),
  };
}

const article = (file: string, date: string, body: string) =>
  readArticle(file, `Title: ${file}\nDate: ${date}\n\n${body}\n`);

/** A small corpus in wire and local styles; two articles give the governor's adviser different first names. */
const TOWN = corpus([
  article(
    'a.txt',
    '2024-06-01',
    'Harbor Authority Chair Dana Whitfield said the channel reopened on Monday. Whitfield added that traffic would resume by Friday. ' +
      'Lt. Col. Omar Haddad, commander of the Harbor District, said divers cleared the wreck. The award went to Zubair Okonkwo-Tan last year.',
  ),
  article(
    'b.txt',
    '2024-06-03',
    'Farid Nouri, adviser to Governor Sam Pike, said the state would pay for the work.',
  ),
  article(
    'c.txt',
    '2024-06-05',
    'Karim Nouri, senior adviser to Governor Sam Pike, told reporters the state would pay. The FEMA office said nothing.',
  ),
]);

const quotes = (a: Answer, top = 3) =>
  a.items
    .slice(0, top)
    .flatMap((i) => i.citations.map((c) => c.quote))
    .join(' | ');

describe('who', () => {
  it.each<[string, Answer['status'], string | null, string | null]>([
    // who NAME: the person, their roles, the sentences stating them.
    ['Dana Whitfield', 'answered', 'Dana Whitfield', 'Harbor Authority Chair Dana Whitfield'],
    ['Whitfield', 'answered', 'Dana Whitfield', 'Harbor Authority Chair'],
    ['who is Omar Haddad?', 'answered', 'Omar Haddad', 'commander of the Harbor District'],
    ['Who is Farid Nouri?', 'answered', 'Farid Nouri', 'Farid Nouri, adviser to Governor Sam Pike'],
    ['Sam Pike', 'answered', 'Sam Pike', 'Governor Sam Pike'],
    // who ROLE: whoever holds it, by class ("heads" finds a chair) and by the body named.
    ['who heads the Harbor Authority', 'answered', 'Dana Whitfield', 'Chair Dana Whitfield'],
    ['Harbor District commander', 'answered', 'Omar Haddad', 'Omar Haddad'],
    ['governor', 'answered', 'Sam Pike', 'Governor Sam Pike'],
    // A body alone: the people whose roles name it.
    ['Harbor Authority', 'answered', 'Dana Whitfield', 'Harbor Authority Chair'],
    // A name printed but not taken as a person's: its sentences, no role.
    ['Zubair Okonkwo-Tan', 'answered', 'Zubair Okonkwo-Tan', 'Zubair Okonkwo-Tan'],
    // Names and roles nobody in the articles has.
    ['Angela Merkel', 'not_found', null, null],
    ['spokesman for the port', 'not_found', null, null],
    ['FEMA administrator', 'not_found', null, null],
  ])('%s → %s', (query, status, name, quoted) => {
    const answer = Answer.parse(who(TOWN, query));
    expect(answer.status).toBe(status);
    if (name) expect(answer.items[0]?.name).toBe(name);
    if (quoted) expect(quotes(answer)).toContain(quoted);
    for (const item of answer.items) {
      for (const c of item.citations) {
        const text = TOWN.articles.find((a) => a.file === c.file)?.text;
        expect(text?.slice(c.start, c.end)).toBe(c.quote);
      }
    }
  });

  it('shows both people when two articles name one role’s holder differently, with a conflict', () => {
    const answer = who(TOWN, 'Farid Nouri');
    expect(answer.items.map((i) => i.name)).toEqual(['Farid Nouri', 'Karim Nouri']);
    expect(answer.conflicts).toEqual([
      {
        about: 'the name of the adviser to Governor Sam Pike',
        items: [0, 1],
        note: 'Farid Nouri (2024-06-03) vs Karim Nouri (2024-06-05)',
      },
    ]);
  });

  it('lists everyone named, each with a one-line role, when asked nothing', () => {
    const answer = who(TOWN, '');
    expect(answer.items.map((i) => i.text)).toEqual(
      expect.arrayContaining([
        'Dana Whitfield — Harbor Authority Chair',
        'Omar Haddad — commander of the Harbor District',
        'Sam Pike — Governor',
        'Farid Nouri — adviser to Governor Sam Pike',
        'Karim Nouri — senior adviser to Governor Sam Pike',
      ]),
    );
    expect(answer.items.every((i) => i.citations.length === 1)).toBe(true);
    expect(answer.conflicts).toHaveLength(1);
  });

  it('follows live updates: the people merged once are merged again when an article is added or changed', () => {
    const index = buildIndex([...TOWN.articles]);
    const engine = engineOver(index);
    const fresh = (query: string) =>
      who({ ...TOWN, articles: index.articles, people: new Map(index.extracted.people) }, query);
    expect(engine.who('').items.map((i) => i.name)).not.toContain('Lena Ortiz');
    expect(engine.who('').conflicts).toHaveLength(1);

    updateIndex(index, {
      upserted: [article('d.txt', '2024-06-07', 'Deputy Mayor Lena Ortiz said the bridge would reopen.')],
      removed: [],
    });
    expect(engine.who('').items.map((i) => i.name)).toContain('Lena Ortiz');
    expect(engine.names()).toContain('Lena Ortiz');
    expect(engine.who('Ortiz').items[0]?.name).toBe('Lena Ortiz');

    // A changed article: Farid Nouri gone, so is the clash over the adviser's name.
    updateIndex(index, {
      upserted: [article('b.txt', '2024-06-03', 'The state would pay for the work, officials said.')],
      removed: ['c.txt'],
    });
    expect(engine.who('').items.map((i) => i.name)).not.toContain('Farid Nouri');
    expect(engine.who('').conflicts).toEqual([]);
    for (const query of ['', 'Sam Pike', 'governor', 'Lena Ortiz'])
      expect(engine.who(query)).toEqual(fresh(query));
  });

  it('reads a role no extracted role matches as the question it stands for: whoever the answering sentence names', () => {
    const engine = engineOver(
      buildIndex([
        article(
          'e.txt',
          '2024-06-09',
          'The letter was sent on Tuesday by a lawyer representing the Harbor Authority, Ines Varga of Varga Rowe LLP. ' +
            'Engineers said the pier repairs were done by Friday. The ferry timetable changes in July.',
        ),
      ]),
    );
    const answer = engine.who("the Harbor Authority's lawyer");
    expect(answer.items[0]?.name).toBe('Ines Varga');
    expect(quotes(answer)).toContain('a lawyer representing the Harbor Authority, Ines Varga');
    expect(engine.who('the ferry’s captain').status).toBe('not_found');
  });

  it('does not answer who heads a body with its spokesperson or an adviser, but with a holder of another role', () => {
    const engine = engineOver(
      buildIndex([
        article(
          'f.txt',
          '2024-06-11',
          'Tarn Port Authority spokesman Leo Brandt said the Tarn Port Authority would reopen the quay. ' +
            'Mira Velm, adviser to the Tarn Port Authority, said the quay would reopen in May. ' +
            'Representative Ada Kors chairs the Tarn harbour committee.',
        ),
      ]),
    );
    const heads = engine.who('Who heads the Tarn Port Authority?').items.map((i) => i.name);
    expect(heads).not.toContain('Leo Brandt');
    expect(heads).not.toContain('Mira Velm');
    expect(engine.who('Who chairs the Tarn harbour committee?').items[0]?.name).toBe('Ada Kors');
    expect(engine.who('Who spoke for the Tarn Port Authority?').items.map((i) => i.name)).toContain(
      'Leo Brandt',
    );
  });

  it('answers "who is the judge" only with someone the articles give that post, else says they do not say', () => {
    const suit = (extra: string) =>
      engineOver(
        buildIndex([
          article(
            'g.txt',
            '2024-07-02',
            `The port's suit against the Velm shipping line was filed on Monday by Ines Dorr, who has sued shippers before. ${extra}`,
          ),
        ]),
      );
    const question = "Who is the judge hearing the port's suit against the shipping line?";
    expect(suit('').who(question).status).toBe('not_found');
    const judged = suit('Judge Oren Tal will hear the suit in March.').who(question);
    expect(judged.items.map((i) => i.name)).toEqual(['Oren Tal']);
  });

  it('answers who holds a post now without whoever an answering sentence says has left it', () => {
    const engine = engineOver(
      buildIndex([
        article(
          'h.txt',
          '2024-08-02',
          'Orlen Rail chief executive Lena Ortiz resigned on Friday, days after the Orlen Rail strike ended.',
        ),
        article(
          'i.txt',
          '2024-08-05',
          'Finance chief Omar Reyes now runs Orlen Rail as interim chief executive, the board said.',
        ),
      ]),
    );
    const now = engine.who('Who runs Orlen Rail now?').items.map((i) => i.name);
    expect(now).toContain('Omar Reyes');
    expect(now).not.toContain('Lena Ortiz');
    expect(engine.who('Who ran Orlen Rail during the strike?').items.map((i) => i.name)).toContain(
      'Lena Ortiz',
    );
  });

  it('quotes the sentence giving the post of someone the answering sentence names without one', () => {
    const engine = engineOver(
      buildIndex([
        article(
          'j.txt',
          '2024-09-02',
          'Kessa Mining chief executive Ivo Marlan said output would recover by June.',
        ),
        article(
          'k.txt',
          '2024-09-06',
          'Marlan said the flooded Dorn pit would reopen once inspectors had cleared it.',
        ),
      ]),
    );
    const answer = engine.who('Who runs the company reopening the flooded Dorn pit?');
    expect(answer.items[0]?.name).toBe('Ivo Marlan');
    expect(answer.items[0]?.citations.map((c) => c.quote)).toEqual([
      'Marlan said the flooded Dorn pit would reopen once inspectors had cleared it.',
      'Kessa Mining chief executive Ivo Marlan said output would recover by June.',
    ]);
  });

  it('lists the names for autocomplete, most named first', () => {
    expect(listNames(TOWN)).toEqual([
      'Dana Whitfield',
      'Sam Pike',
      'Farid Nouri',
      'Karim Nouri',
      'Omar Haddad',
    ]);
  });
});
