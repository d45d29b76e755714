import { describe, expect, it } from 'vitest';
import { ArticleError } from '../errors.js';
import { readArticle } from './readArticle.js';

const quotes = (text: string) => {
  const a = readArticle('a.txt', text);
  return a.sentences.map((s) => a.text.slice(s.start, s.end));
};

describe('readArticle: metadata', () => {
  it('takes title, source, url and date from YAML front matter, over anything in the text', () => {
    const a = readArticle(
      'fm.md',
      '---\ntitle: Harbour reopens\nsource: The Gazette\nurl: https://example.org/a\ndate: 2024-06-10\n---\nTitle: Something else\n\nThe harbour reopened to ships on Monday after weeks of dredging work.\n',
    );
    expect(a).toMatchObject({
      title: 'Harbour reopens',
      source: 'The Gazette',
      url: 'https://example.org/a',
      published: '2024-06-10',
    });
  });

  it('rejects front matter that is not YAML with an ArticleError naming the file', () => {
    expect(() =>
      readArticle('bad.md', '---\ntitle: [unclosed\n---\nBody text that is long enough to be prose.\n'),
    ).toThrow(ArticleError);
  });

  it('reads "Key: value" header lines', () => {
    const a = readArticle(
      'h.txt',
      'Title: Dam opens\nSource: River Times\nURL: https://example.org/dam\nDate: 2023-04-02\n\nThe new dam opened on Sunday to a crowd of several hundred people.\n',
    );
    expect(a).toMatchObject({ title: 'Dam opens', source: 'River Times', published: '2023-04-02' });
    expect(a.text.slice(a.publishedSpan?.start, a.publishedSpan?.end)).toBe('Date: 2023-04-02');
  });

  it('reads a headline, a publisher line and a month-name date from the lead', () => {
    const a = readArticle(
      'l.txt',
      'Section\n\nCouncil approves new tram line\n\nMar. 04, 2022 • 3 min read\n\nThe city council approved the tram line on Thursday by a wide margin.\n',
    );
    expect(a.title).toBe('Council approves new tram line');
    expect(a.published).toBe('2022-03-04');
  });

  it('settles a two-way numeric date by the events the article reports in the past tense', () => {
    // Published 7 September (day-first) or 9 July (month-first): "On September 2 … met" rules out July.
    const text =
      'Ministers plan talks\n\n07-09-2025 04:13\n\nDaily Wire Co\n\nOn September 2, the minister met a delegation from the capital to discuss the plan.\n';
    expect(readArticle('n.txt', text).published).toBe('2025-09-07');
  });

  it('leaves a two-way numeric date unsettled, as written, when nothing in the text chooses', () => {
    const a = readArticle(
      'n.txt',
      'Ministers plan talks\n\n07-09-2025\n\nThe minister will travel to the capital for talks with the delegation.\n',
    );
    expect(a.published).toBeNull();
    expect(a.publishedAsWritten).toBe('07-09-2025');
  });

  it('never invents a date: an article that states none, or a day without a year, is undated', () => {
    expect(
      readArticle('u.txt', 'The ship left the port on Tuesday and crews began clearing the channel.\n')
        .published,
    ).toBeNull();
    expect(
      readArticle(
        'd.txt',
        'Ship freed from wreck\n\nMay 14 (Wire) -- Crews freed the ship on Monday after a controlled blast.\n',
      ).published,
    ).toBeNull();
  });
});

describe('readArticle: page furniture is never quoted', () => {
  const page = [
    'Listen the audio version of this article',
    'NEWSLETTER',
    'Get the latest updates delivered to your inbox.',
    'Oct. 01, 2025 • 2 min read',
    'Image of Officials at the port Photo: Jane Doe/Army',
    'A cargo ship is stuck under the bridge after the ship hit the bridge on Tuesday, in the city.',
    '(AP Photo/John Smith)',
    'RELATED: Families mourn the victims of the collapse in the city',
    'ByJane Doe and John Roe ABCNews logo',
    'Jane Doe, 26, from the coast.',
    'Jane Doe, 26, from the coast.',
    'View of the ship which crashed into the bridge causing it to collapse, April 4, 2024. — Reuters',
    'The port reopened to ships on Monday after a month of work by divers and crane crews.',
  ].join('\n\n');

  it('keeps only the prose sentence', () => {
    expect(quotes(page)).toEqual([
      'The port reopened to ships on Monday after a month of work by divers and crane crews.',
    ]);
  });
});

describe('readArticle: a paragraph leading into a list is prose', () => {
  const page = [
    'What The County Has Been Promised So Far:',
    'The county expects to receive at least $4 million in repair grants this year. Grants will go to:',
    '- Seven rural townships hit by the spring flooding;',
    '- Two schools closed since the storm.',
  ].join('\n');

  it('keeps the figure before the colon and every item of the list, but not a heading ending in one', () => {
    expect(quotes(page)).toEqual([
      'The county expects to receive at least $4 million in repair grants this year.',
      'Grants will go to:',
      'Seven rural townships hit by the spring flooding;',
      'Two schools closed since the storm.',
    ]);
  });
});
