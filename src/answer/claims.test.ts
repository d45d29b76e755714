import { describe, expect, it } from 'vitest';
import { readArticle } from '../corpus/readArticle.js';
import { findValues } from '../extract/answerValues.js';
import { readQuantity } from '../extract/quantities.js';
import { askConflicts, type Claim, conflictsAmong } from './claims.js';

/** A claim of a figure as printed, with the slots given; the rest unsaid. */
function figure(printed: string, slots: Partial<Claim> = {}, was?: string): Claim {
  const read = readQuantity(printed);
  if (!read) throw new Error(`no quantity in ${printed}`);
  return {
    value: {
      kind: 'quantity',
      printed,
      unit: read.unit,
      range: read.range,
      was: was ? (readQuantity(was)?.range ?? null) : null,
    },
    what: 'workers',
    holder: null,
    place: null,
    period: null,
    present: false,
    source: null,
    article: 'a.txt',
    published: '2024-03-27',
    ...slots,
  };
}

const dated = (printed: string, iso: string, slots: Partial<Claim> = {}): Claim => ({
  ...figure('1', slots),
  value: { kind: 'date', printed, iso, through: null, since: false, was: null },
  what: 'the ferry terminal opening',
});

const notes = (claims: (Claim | null)[]) => conflictsAmong(claims, 'x').map((c) => [c.items, c.note]);

describe('conflictsAmong: sources disagree only when they make the same claim', () => {
  it('shows the same claim with two values from two articles, each with its article’s date', () => {
    expect(
      notes([
        figure('1,200', { place: 'the Ohio plant' }),
        figure('1,350', { place: 'the Ohio plant', article: 'b.txt', published: '2024-04-02' }),
      ]),
    ).toEqual([[[0, 1], '1,200 (2024-03-27) vs 1,350 (2024-04-02)']]);
  });

  it('shows one event dated differently by two articles', () => {
    expect(
      notes([
        dated('in 2027', '2027'),
        dated('late 2029', '2029', { article: 'b.txt', published: '2024-05-01' }),
      ]),
    ).toEqual([[[0, 1], 'in 2027 (2024-03-27) vs late 2029 (2024-05-01)']]);
  });

  it('reads "about", "over" and "nearly" as ranges: two that cannot both be true disagree', () => {
    const other = { article: 'b.txt' };
    expect(notes([figure('about 2,500'), figure('over 3,000', other)])).toHaveLength(1);
    expect(notes([figure('about 2,500'), figure('2,500', other)])).toEqual([]);
    expect(notes([figure('more than 6,000'), figure('nearly 7,000', other)])).toEqual([]);
    expect(notes([figure('more than 5,000'), figure('about 7,000', other)])).toHaveLength(1);
    expect(
      notes([figure('$350 million to $500 million'), figure('more than $500 million', other)]),
    ).toHaveLength(1);
  });

  it.each<[string, Claim[]]>([
    [
      'a different place',
      [figure('300', { place: 'its Ohio plant' }), figure('1,200', { place: 'Texas', article: 'b.txt' })],
    ],
    [
      'a different holder',
      [figure('300', { holder: 'the mill' }), figure('1,200', { holder: 'the port', article: 'b.txt' })],
    ],
    [
      'the two ends of a change in one sentence',
      [figure('about 2,000', { period: 'before' }), figure('fewer than 500', { period: 'after' })],
    ],
    [
      '"up from" in a later article: the earlier article’s value is the one the change started from',
      [figure('£4.2 million'), figure('£5.1 million', { article: 'b.txt' }, '£4.2 million')],
    ],
    [
      'two values in one article, one before a change and one after',
      [figure('2,400', { period: 'before' }), figure('700')],
    ],
    ['two values of one article’s own, with no source named', [figure('300'), figure('1,200')]],
    [
      'a level told months apart: a build-up',
      [
        figure('30,000', { present: true, period: 'now' }),
        figure('50,000', { present: true, period: 'now', article: 'b.txt', published: '2024-11-19' }),
      ],
    ],
    ['another unit', [figure('948-foot'), figure('984 metres', { article: 'b.txt' })]],
    [
      'figures of another scale: a share’s price and the company’s value',
      [figure('$13.60', { what: null }), figure('about $2.5 billion', { what: null, article: 'b.txt' })],
    ],
    [
      'another thing counted, whose word begins with the other\'s ("people" / "personnel")',
      [
        figure('three', { what: 'people' }),
        figure('more than 2,000', { what: 'personnel', article: 'b.txt' }),
      ],
    ],
  ])('shows no disagreement for %s', (_, claims) => {
    expect(notes(claims)).toEqual([]);
  });

  it('shows two sources one article names as disagreeing, each with who gives it', () => {
    expect(
      notes([
        figure('about 2,500', { source: 'military estimates' }),
        figure('over 3,000', { source: 'local officials' }),
      ]),
    ).toEqual([[[0, 1], 'about 2,500 (military estimates) vs over 3,000 (local officials)']]);
  });

  it('takes a people\'s adjective for its country in a slot: "Russian" holds as "Russia" does', () => {
    expect(
      notes([
        figure('about 2,500', { holder: 'Russia' }),
        figure('over 3,000', { holder: 'Russian forces', article: 'b.txt' }),
      ]),
    ).toHaveLength(1);
  });

  it('finds the claims of one place in a long listing: a wider place, an unplaced figure, a demonym', () => {
    const listing = [
      figure('about 2,500', { place: 'Mali' }),
      figure('over 3,000', { place: 'northern Mali', article: 'b.txt' }),
      figure('5,000', { article: 'c.txt' }),
      figure('9,000', { place: 'Niger', article: 'd.txt' }),
      figure('9,500', { place: 'the Malian border region', article: 'e.txt' }),
      ...Array.from({ length: 40 }, (_, i) =>
        figure(`${100 + i}`, { place: `Town ${i}`, article: `t${i}.txt` }),
      ),
    ];
    const found = notes(listing).filter(([items]) => (items as number[]).every((i) => i < 5));
    // "northern Mali" is not the Malian border region: two conflicts share the figures both hold.
    expect(found).toEqual([
      [[0, 1, 2], 'about 2,500 vs over 3,000 vs 5,000'],
      [[0, 2, 4], 'about 2,500 vs 5,000 vs 9,500'],
      [[2, 3], '5,000 vs 9,000'],
    ]);
  });

  it('never compares what is not a claim', () => {
    expect(notes([figure('300'), null, figure('1,200', { article: 'b.txt' })])).toEqual([
      [[0, 2], '300 vs 1,200'],
    ]);
  });
});

describe('askConflicts reads what a figure is of', () => {
  /** The last value of a kind in an article's one sentence (or its first), as /ask hands it over. */
  const amountIn = (
    file: string,
    date: string,
    sentence: string,
    kind: 'amount' | 'count' | 'measure' | 'duration' | 'date' = 'amount',
    at: 0 | -1 = -1,
  ) => {
    const article = readArticle(file, `Date: ${date}\n\n${sentence}\n`);
    const span = article.sentences[0] as { start: number; end: number };
    const value = findValues(article.text.slice(span.start, span.end), kind).at(at) ?? null;
    return { article, sentence: 0, value };
  };

  it("from the noun a figure is put at, and a name's noun after it: borrowings are not equity", () => {
    const borrowings = amountIn(
      'a.md',
      '2025-02-10',
      "Varr is taking on roughly $500 million of Orlen's borrowings.",
    );
    const equity = amountIn('b.md', '2025-05-24', "The deal values Orlen's equity at about $2.5 billion.");
    const equity2 = amountIn('c.md', '2025-05-26', "Analysts value Orlen's equity at about $1.9 billion.");
    expect(askConflicts([borrowings, equity], 'How much is Orlen worth?')).toEqual([]);
    expect(askConflicts([equity, equity2], 'How much is Orlen worth?').map((c) => c.note)).toEqual([
      'about $2.5 billion (2025-05-24) vs about $1.9 billion (2025-05-26)',
    ]);
  });

  it('takes a count told as standing at its article\'s date ("have died") as a running total: weeks later it has grown', () => {
    const soFar = amountIn('a.md', '2025-07-15', 'Two people have died in the Ridge fire.', 'count');
    const later = amountIn('b.md', '2025-08-20', 'The Ridge fire killed 11 people.', 'count');
    const sameWeek = amountIn('c.md', '2025-07-18', 'The Ridge fire killed 11 people.', 'count');
    const question = 'How many people died in the Ridge fire?';
    expect(askConflicts([soFar, later], question)).toEqual([]);
    expect(askConflicts([soFar, sameWeek], question).map((c) => c.note)).toEqual([
      'Two (2025-07-15) vs 11 (2025-07-18)',
    ]);
  });

  it('reads a reported perfect or "bringing … to" as a running total: a toll told two weeks apart has grown', () => {
    const question = 'How many people have been treated in hospital after the Varno blast?';
    const firstDay = amountIn(
      'a.md',
      '2025-03-11',
      'At least 40 people were treated in hospital, officials said.',
      'count',
    );
    const reported = amountIn(
      'b.md',
      '2025-03-25',
      'The health board said 210 people had been treated in hospital since the blast.',
      'count',
    );
    const bringing = amountIn(
      'c.md',
      '2025-03-25',
      'Two more patients were admitted overnight, bringing the number treated in hospital to 212.',
      'count',
      -1,
    );
    const sameDay = amountIn(
      'd.md',
      '2025-03-11',
      'The board said 64 people had been treated in hospital.',
      'count',
    );
    expect(askConflicts([firstDay, reported], question)).toEqual([]);
    expect(askConflicts([firstDay, bringing], question)).toEqual([]);
    expect(askConflicts([firstDay, sameDay], question)).toHaveLength(1);
  });

  it('reads a share of work done, told as standing at its date, as a running total too', () => {
    const question = 'How much of the harbour had been dredged?';
    const early = amountIn(
      'a.md',
      '2025-09-02',
      'About 40 percent of the harbour had been dredged, the port said.',
      'measure',
    );
    const later = amountIn(
      'b.md',
      '2025-09-24',
      'About 85 percent of the harbour has been dredged, the port said.',
      'measure',
    );
    const sameWeek = amountIn(
      'c.md',
      '2025-09-05',
      'Only 20 percent of the harbour has been dredged, divers said.',
      'measure',
    );
    expect(askConflicts([early, later], question)).toEqual([]);
    expect(askConflicts([early, sameWeek], question)).toHaveLength(1);
  });

  it('takes "10 additional technicians" as the size of a change, not a level set against one', () => {
    const question = 'How many technicians work at the Orvel depot?';
    const level = amountIn(
      'a.md',
      '2025-05-02',
      'The Orvel depot has 22 technicians, its manager said.',
      'count',
    );
    const hired = amountIn(
      'b.md',
      '2025-05-03',
      'The company said it had hired 10 additional technicians for the Orvel depot.',
      'count',
    );
    const more = amountIn(
      'c.md',
      '2025-05-03',
      'The union said the Orvel depot has 16 technicians.',
      'count',
    );
    expect(askConflicts([level, hired], question)).toEqual([]);
    expect(askConflicts([level, more], question)).toHaveLength(1);
  });

  it('shows a plan told again months later with another date as a disagreement dated by each telling', () => {
    const question = 'When will the Brenna ferry terminal reopen?';
    const march = amountIn(
      'a.md',
      '2025-03-04',
      'The port said the Brenna ferry terminal was expected to reopen in April.',
      'date',
    );
    const may = amountIn(
      'b.md',
      '2025-05-20',
      'The port said the Brenna ferry terminal was expected to reopen in August.',
      'date',
    );
    expect(askConflicts([march, may], question).map((c) => c.note)).toEqual([
      'April (the port, 2025-03-04) vs August (the port, 2025-05-20)',
    ]);
  });

  it('dates a running total by its telling where the sentence gives one: "In March the board said …"', () => {
    const question = 'How many people have been treated in hospital after the Varno blast?';
    const retold = amountIn(
      'a.md',
      '2025-05-20',
      'On March 12 the board said 64 people had been treated in hospital.',
      'count',
    );
    const rival = amountIn(
      'b.md',
      '2025-03-11',
      'The health board said 40 people had been treated in hospital.',
      'count',
    );
    const later = amountIn(
      'c.md',
      '2025-05-20',
      'The health board said 210 people had been treated in hospital.',
      'count',
    );
    expect(askConflicts([retold, rival], question)).toHaveLength(1);
    expect(askConflicts([later, rival], question)).toEqual([]);
  });

  it("reads the tense of a count's own verb, not of the clause it hangs from", () => {
    const question = 'How many flights did Corval Air cancel?';
    // "is handling" is the claims' verb; the flights "were cancelled": a past event, however far apart told.
    const handling = amountIn(
      'a.md',
      '2025-06-02',
      'Corval Air is handling 90,000 refund claims after about 4,000 flights were cancelled.',
      'count',
    );
    const cancelled = amountIn(
      'b.md',
      '2025-07-20',
      'Corval Air cancelled more than 6,000 flights.',
      'count',
    );
    expect(askConflicts([handling, cancelled], question)).toHaveLength(1);
  });

  it('reads ", up from X" closing a figure\'s clause as the change it tells', () => {
    const question = 'How many households face power rationing?';
    const first = amountIn(
      'a.md',
      '2025-07-05',
      'About 1.2 million households will be affected by the rationing.',
      'count',
    );
    const widened = amountIn(
      'b.md',
      '2025-07-08',
      'About 1.9 million households will now be subject to rationing, up from 1.2 million, the grid operator said.',
      'count',
      0,
    );
    expect(askConflicts([first, widened], question)).toEqual([]);
  });

  it('reads what a share is of up to a relative pronoun: "78 percent of members who took part" is of members', () => {
    const branch = amountIn(
      'a.md',
      '2025-04-09',
      'Branch officials said 74 percent of members nationwide backed the deal.',
      'measure',
    );
    const union = amountIn(
      'b.md',
      '2025-04-09',
      'The union said 78 percent of members who took part had voted in favour.',
      'measure',
    );
    expect(askConflicts([branch, union], 'What share of members backed the deal?')).toHaveLength(1);
  });

  it('takes a value asked for ("would ask for a sentence of 12 years") as a demand, not as what was decided', () => {
    const asked = amountIn(
      'a.md',
      '2023-07-20',
      'The prosecutor said she would ask for a sentence of 12 years for the former mayor.',
      'duration',
    );
    const given = amountIn(
      'b.md',
      '2023-08-30',
      'The judge gave the former mayor a sentence of 9 years.',
      'duration',
    );
    expect(askConflicts([asked, given], 'How long a sentence did the former mayor get?')).toEqual([]);
  });

  it('tells a rate ("a day") from a total: two quantities, not two accounts of one', () => {
    const daily = amountIn(
      'a.md',
      '2025-03-07',
      'The strike costs the economy about 38 million crowns a day.',
    );
    const total = amountIn('b.md', '2025-03-10', 'The strike has cost the economy 300 million crowns.');
    const daily2 = amountIn('c.md', '2025-03-11', 'The strike costs the economy 22 million crowns a day.');
    const question = 'How much is the strike costing the economy?';
    expect(askConflicts([daily, total], question)).toEqual([]);
    expect(askConflicts([daily, daily2], question)).toHaveLength(1);
  });

  it('takes a later "from 1,100 to about 1,450" as the change an earlier 1,100 started, figure commas and all', () => {
    const before = amountIn(
      'a.md',
      '2025-03-03',
      'About 4,200 members stopped work at Dunmore, while 1,100 walked out at Kessel.',
      'count',
    );
    const after = amountIn(
      'b.md',
      '2025-03-25',
      'The number of workers on strike at Kessel went up from 1,100 to about 1,450, union officials said.',
      'count',
    );
    expect(askConflicts([before, after], 'How many workers were on strike at Kessel?')).toEqual([]);
  });

  it('reads a revision "to about X from the Y" of a measure, whose text leaves out its "about"', () => {
    const question = 'How much ammonia leaked from the Tarsk depot?';
    const first = amountIn(
      'a.md',
      '2025-03-04',
      'About 20 tonnes of ammonia leaked from the Tarsk depot.',
      'measure',
    );
    const revised = amountIn(
      'b.md',
      '2025-04-15',
      'Inspectors revised their estimate of the ammonia that leaked to about 16 tonnes from the 20 tonnes given in March.',
      'measure',
      0,
    );
    expect(revised.value?.text).toBe('16 tonnes');
    expect(askConflicts([first, revised], question)).toEqual([]);
  });

  it('takes a later "to X, from the Y it had given" as the revision of an earlier Y, not a second account', () => {
    const first = amountIn(
      'a.md',
      '2025-05-06',
      'The growers’ association put the frost damage at about 800 million crowns.',
    );
    const cut = amountIn(
      'b.md',
      '2025-06-17',
      'The growers’ association on Monday cut its estimate of the frost damage to 640 million crowns, from the 800 million crowns it had given in May.',
      'amount',
      0,
    );
    const question = 'What does the growers’ association say the frost damage cost?';
    expect(cut.value?.text).toBe('640 million crowns');
    expect(askConflicts([first, cut], question)).toEqual([]);
  });

  it('reads what befell the people counted: the dead are not the sick, however alike the noun', () => {
    const sick = amountIn('a.md', '2025-02-24', 'In Tarsa, 90 people have now fallen sick.', 'count');
    const dead = amountIn('b.md', '2025-03-03', 'The health office said 11 people had died.', 'count');
    const killed = amountIn('c.md', '2025-03-03', 'The fever has killed 15 people, doctors said.', 'count');
    const freed = amountIn('d.md', '2025-03-04', 'Rescuers freed nine people from the rubble.', 'count');
    const question = 'How many people have died in Tarsa?';
    expect(askConflicts([sick, dead], question)).toEqual([]);
    expect(askConflicts([dead, freed], question)).toEqual([]);
    expect(askConflicts([dead, killed], question)).toHaveLength(1);
  });

  it('reads the fate of a count joined to another only by its noun: "40 miners and 6 guards died"', () => {
    const both = amountIn(
      'a.md',
      '2025-05-02',
      'At Orm, 40 miners and 6 guards died in the fire.',
      'count',
      0,
    );
    const injured = amountIn('b.md', '2025-05-02', 'At Orm, 52 miners were injured in the fire.', 'count');
    const dead = amountIn('c.md', '2025-05-03', 'The Orm fire killed 44 miners, the ministry said.', 'count');
    const question = 'How many miners died in the Orm fire?';
    expect(askConflicts([both, injured], question)).toEqual([]);
    expect(askConflicts([both, dead], question)).toHaveLength(1);
  });

  it('reads what a sum is told as: a cost, a payout and a policy are three sums, two policies one', () => {
    const cost = amountIn(
      'a.md',
      '2025-04-02',
      'The Veyra probe cost the Orbis Agency about $410 million to build.',
    );
    const payout = amountIn(
      'b.md',
      '2025-08-20',
      'Underwriters agreed to pay $260 million to the Orbis Agency for the lost Veyra probe.',
    );
    const policy = amountIn(
      'c.md',
      '2025-04-03',
      'The agency bought a $290 million launch policy for the Veyra probe.',
    );
    const insured = amountIn('d.md', '2025-04-04', 'The Veyra probe was insured for $310 million.');
    const question = 'How much money is involved in the loss of the Veyra probe?';
    expect(askConflicts([cost, payout], question)).toEqual([]);
    expect(askConflicts([policy, payout], question)).toEqual([]);
    expect(askConflicts([policy, insured], question)).toHaveLength(1);
  });

  it('reads a sum by its nearer word: "agreed to pay $102 million to resolve a claim" is paid, not claimed', () => {
    const settled = amountIn(
      'a.md',
      '2025-10-24',
      'The owners of the Veyra have agreed to pay $102 million to resolve a civil claim from the state.',
    );
    const sought = amountIn(
      'b.md',
      '2025-09-18',
      'The state filed a lawsuit seeking $150 million in damages from the owners of the Veyra.',
    );
    expect(
      askConflicts([settled, sought], 'How much money is the state getting from the Veyra owners?'),
    ).toEqual([]);
  });

  it('reads what money is for after "to a" as well as after "in": a reconstruction fund is not emergency funding', () => {
    const fund = amountIn(
      'a.md',
      '2025-09-12',
      'The government said it would give $300 million to a reconstruction fund for Drell.',
    );
    const emergency = amountIn(
      'b.md',
      '2025-07-17',
      'The minister said the government would release $40 million in emergency funding for Drell.',
    );
    expect(askConflicts([fund, emergency], 'How much is the government giving Drell?')).toEqual([]);
  });

  it('reads what a count is in or of after its noun: nurses for mobile clinics are not nurses for the field hospital', () => {
    const clinics = amountIn(
      'a.md',
      '2025-03-02',
      'The ministry said it would send 40 nurses to the mobile clinics in Varn.',
      'count',
    );
    const hospital = amountIn(
      'b.md',
      '2025-03-03',
      'The ministry is sending 300 nurses to the field hospital in Varn.',
      'count',
    );
    const again = amountIn(
      'c.md',
      '2025-03-03',
      'Officials said 60 nurses were going to the mobile clinics in Varn.',
      'count',
    );
    const question = 'How many nurses are being sent to Varn?';
    expect(askConflicts([clinics, hospital], question)).toEqual([]);
    expect(askConflicts([clinics, again], question)).toHaveLength(1);
  });

  it('takes "he said" as said by whom the sentence before names: two tellers in one article can disagree', () => {
    const question = 'How many suspects are in custody in Tarn?';
    const inArticle = (paragraph: string) => {
      const article = readArticle(
        'a.md',
        `Date: 2025-04-09\n\n${paragraph}\n\nThe prosecutor's office said two suspects were being held in Tarn.\n`,
      );
      const countIn = (s: number) => {
        const span = article.sentences[s] as { start: number; end: number };
        return {
          article,
          sentence: s,
          value: findValues(article.text.slice(span.start, span.end), 'count')[0] ?? null,
        };
      };
      return askConflicts([countIn(1), countIn(2)], question).map((c) => c.note);
    };
    expect(
      inArticle(
        '"It was a good day," police spokesman Ivo Rask told reporters. He said five suspects were in custody in Tarn.',
      ),
    ).toEqual(["five (police spokesman Ivo Rask) vs two (the prosecutor's office)"]);
    // Unnamed, "he" may be the article's own source: one teller, whose two figures are no disagreement.
    expect(
      inArticle('Police raided a warehouse on Monday. He said five suspects were in custody in Tarn.'),
    ).toEqual([]);
  });
});
