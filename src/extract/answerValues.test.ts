import { describe, expect, it } from 'vitest';
import { type AnswerKind, dimensionOf, findValues } from './answerValues.js';

/** The values of one kind a text holds, as printed. */
const valuesOf = (kind: AnswerKind) => (text: string) => findValues(text, kind).map((v) => v.text);
const dates = valuesOf('date');
const counts = valuesOf('count');
const measures = valuesOf('measure');
const amounts = valuesOf('amount');

describe('findValues: dates', () => {
  it('reads a month named alone, also at the end of a sentence', () => {
    expect(dates('Crews will return to the site in October.')).toEqual(['October']);
    expect(dates('In March the port reopened.')).toEqual(['March']);
  });

  it('reads no date in the verbs "may" and "march"', () => {
    expect(dates('It may rain, and the unions march on.')).toEqual([]);
  });

  it('reads a date written day first, and no count in its day', () => {
    expect(dates('The field hospital closed on 9 May, after 4th of July 2024 plans fell through.')).toEqual([
      '9 May',
      '4th of July 2024',
    ]);
    expect(counts('The field hospital closed on 9 May.')).toEqual([]);
    expect(dates('In 2008, up to 9 may go home.')).toEqual(['2008']);
  });

  it('reads a full date as one value', () => {
    expect(dates('The pier opened on June 4, 2024, after repairs.')).toEqual(['June 4, 2024']);
  });
});

describe('findValues: times', () => {
  it('reads a clock time however written, and the part of a day', () => {
    const times = valuesOf('time');
    expect(times('The tremor hit at 03:14 local time, before dawn on Tuesday.')).toEqual([
      '03:14 local time',
      'before dawn',
    ]);
    expect(times('As of 1400 GMT on Saturday, 600 trains had stopped; the last ran at 11:10 p.m.')).toEqual([
      '1400 GMT',
      '11:10 p.m.',
    ]);
    expect(times('The final score was 2:1 and 1400 fans came.')).toEqual([]);
  });
});

describe('findValues: durations', () => {
  it('reads a span of time, not an age written with one', () => {
    const durations = valuesOf('duration');
    expect(durations('Divers freed a seven-year-old boy more than 80 hours after the slide.')).toEqual([
      '80 hours',
    ]);
    expect(durations('The 50-year-old pier stood for three years.')).toEqual(['three years']);
  });
});

describe('findValues: counts', () => {
  it('reads a count with its qualifier', () => {
    expect(counts('roughly 4,700 residents and more than 2,200 structures')).toEqual([
      'roughly 4,700',
      'more than 2,200',
    ]);
  });

  it('reads a count with its scale word', () => {
    expect(counts('About 4.25 million customers lost power; 2 billion users did not.')).toEqual([
      'About 4.25 million',
      '2 billion',
    ]);
  });

  it('reads no count in "one of the" or in "someone"', () => {
    expect(counts('Someone said he was one of the first people there.')).toEqual([]);
    expect(counts('He was one of the six workers.')).toEqual(['six']);
  });
});

describe('findValues: amounts', () => {
  it('reads money in a currency written as a word, and a common word as money only after a scale word', () => {
    expect(amounts('The strike cost about 38 million crowns a day; fares rose 500 rupees.')).toEqual([
      '38 million crowns',
      '500 rupees',
    ]);
    expect(amounts('He won 5 races and lost 3 pounds, then pledged 1.2 trillion yen.')).toEqual([
      '1.2 trillion yen',
    ]);
  });
});

describe('findValues: measures', () => {
  it('reads a percentage as a measure, however written', () => {
    expect(measures('canceled 20% of its flights, then 8 percent, then 3.5 per cent')).toEqual([
      '20%',
      '8 percent',
      '3.5 per cent',
    ]);
  });

  it('reads a volume or an area with its scale word', () => {
    expect(measures('About 9.2 million cubic metres of water escaped over 3 square miles.')).toEqual([
      '9.2 million cubic metres',
      '3 square miles',
    ]);
  });

  it('reads speeds as measures, in any unit', () => {
    expect(measures('gusts of up to 60 mph, 110 km/h at sea, 40 knots offshore')).toEqual([
      '60 mph',
      '110 km/h',
      '40 knots',
    ]);
    expect(measures('the plume moved about a mile an hour, then 3 miles per hour')).toEqual([
      'a mile an hour',
      '3 miles per hour',
    ]);
  });
});

describe('dimensionOf', () => {
  const dimensions = (text: string) => findValues(text, 'measure').map(dimensionOf);

  it('tells what a measure measures by its unit, a speed apart from the length it is written in', () => {
    expect(dimensions('a 90-metre section, 300 feet deep, in gusts of 60 mph')).toEqual([
      'length',
      'length',
      'speed',
    ]);
    expect(dimensions('it drifted 3 miles, then moved 3 miles per hour')).toEqual(['length', 'speed']);
    expect(dimensions('600 tons of steel, 20% of the cost, 20,000 gallons, 40 acres')).toEqual([
      'mass',
      'share',
      'volume',
      'area',
    ]);
    expect(
      dimensions(
        '38,500 hectares burned, 3 square miles of forest, 140 millimetres of rain, 9 million cubic metres',
      ),
    ).toEqual(['area', 'area', 'length', 'volume']);
  });
});

describe('findValues: causes', () => {
  const causes = valuesOf('cause');
  it('reads a purpose as an answer to "why", as well as a cause', () => {
    expect(causes('The depot was opened to store grain, officials said.')).toEqual([]);
    expect(causes('The council set up a fund in order to rebuild the school.')).toEqual(['in order to']);
    expect(causes('The office was designed to keep records safe.')).toEqual(['designed to']);
    expect(causes('Farmers are trying to sell before the frost.')).toEqual(['trying to']);
    expect(causes('The mill closed because of the drought.')).toEqual(['because']);
    expect(causes('The board was created to oversee the dredging.')).toEqual(['created to']);
  });

  it("reads what an effect is said to reflect, and a problem's stated reason", () => {
    expect(causes('The long queues reflect a shortage of drivers.')).toEqual(['reflect']);
    expect(causes('Part of the problem is that the pumps were old.')).toEqual(['Part of the problem is']);
    expect(causes('Officials cited several factors, chiefly the rain.')).toEqual(['cited', 'factors']);
  });

  it('reads "citing" as the reason given, as "cited" is', () => {
    expect(causes('The harbour master resigned on Friday, citing threats against his staff.')).toEqual([
      'citing',
    ]);
    expect(causes('The ferry line cites rising fuel prices for the cut.')).toEqual(['cites']);
  });
});

describe('findValues: places', () => {
  const places = valuesOf('place');
  it('reads a name after a preposition of place, or after a noun for a kind of place', () => {
    expect(places('The convoy stopped in Marlow before dawn.')).toEqual(['in Marlow']);
    expect(places('The column headed for the village of Osterby, officials said.')).toEqual([
      'village of Osterby',
    ]);
    expect(places('Fighting centred on the towns of Velden and Aurich.')).toEqual(['towns of Velden']);
    expect(places('A number of Senators objected.')).toEqual([]);
  });
});
