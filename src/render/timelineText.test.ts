import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../answer/schema.js';
import { renderTimelineText } from './timelineText.js';

const citation = (file: string, published: string | null, quote: string): Citation => ({
  file,
  published,
  quote,
  start: 0,
  end: quote.length,
});

const ANSWER: Answer = {
  command: 'timeline',
  query: '',
  status: 'answered',
  items: [
    {
      text: 'The dam was repaired in late 2013.',
      date: '2013',
      precision: 'year',
      planned: false,
      qualifier: 'late',
      when: 'late 2013',
      citations: [citation('a.md', '2025-06-02', 'The dam was repaired in late 2013.')],
    },
    {
      text: 'The tunnel will open by 2027.',
      date: '2027',
      precision: 'year',
      planned: true,
      qualifier: null,
      when: '2027',
      citations: [
        citation('a.md', '2025-06-02', 'The tunnel will open by 2027.'),
        citation('c.md', null, 'It is due to open by 2027.'),
      ],
    },
    {
      text: 'The pier opened on Tuesday.',
      date: null,
      precision: 'day',
      planned: false,
      qualifier: null,
      when: 'Tuesday',
      citations: [citation('c.md', null, 'The pier opened on Tuesday.')],
    },
  ],
  conflicts: [{ about: 'the tunnel', items: [1, 2], note: '2027 (a.md) vs late 2029 (b.md)' }],
};

describe('renderTimelineText', () => {
  const lines = renderTimelineText(ANSWER).split('\n');

  it.each([
    ['a dated event with its qualifier', /^\s+1\. 2013 \(late\)\s+● The dam was repaired in late 2013\.$/],
    ['a planned event with its marker', /^\s+2\. 2027\s+○ The tunnel will open by 2027\.$/],
    ['each quote under its event', /^\s+> It is due to open by 2027\.$/],
    ['the file and publication date', /^\s+— a\.md · 2025-06-02$/],
    ['"undated" for an article without a date', /^\s+— c\.md · undated$/],
    ['an undated event with its words', /^\s+3\. undated: Tuesday\s+● The pier opened on Tuesday\.$/],
    ['the heading of undated events', /^Undated \(/],
    [
      'a conflict',
      /^! Sources give different dates for "the tunnel": 2027 \(a\.md\) vs late 2029 \(b\.md\) \(events 2, 3\)$/,
    ],
  ])('shows %s', (_, line) => {
    expect(lines.some((l) => line.test(l))).toBe(true);
  });

  it('keeps events in the order of the answer, undated ones last', () => {
    const order = lines.filter((l) => /^\s+\d+\. /.test(l)).map((l) => l.trim().split('.')[0]);
    expect(order).toEqual(['1', '2', '3']);
  });

  it('says so when nothing is dated', () => {
    const none: Answer = { ...ANSWER, query: 'stadium', status: 'not_found', items: [], conflicts: [] };
    expect(renderTimelineText(none)).toBe('No dated events about "stadium" in the articles.');
  });
});
