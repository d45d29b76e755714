/**
 * The parts of the bot that need no Discord: rendering within every limit (on generated answers far larger
 * than the starter articles give), cutting text at sentence boundaries, autocomplete matching, configuration,
 * and the queue that puts acknowledgements before answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggest } from '../../commands/choices.js';
import type { Answer } from '../../src/answer/schema.js';
import { AnswerQueue } from '../../src/bot/answerQueue.js';
import { parseConfig } from '../../src/config.js';
import type { Article } from '../../src/corpus/article.js';
import { embedLimitViolations, fitText, renderDiscord, splitAtSentences } from '../../src/render/discord.js';
import { blockQuotes, citedSources, type Embed } from './harness.js';

// ---------------------------------------------------------------------------------------------------------
// Generated answers

const word = fc.constantFrom(
  'the',
  'mission',
  'Iraq',
  '2,500',
  'troops',
  '@everyone',
  '<@123456789012345678>',
  'a*b',
  'x_y',
  '`code`',
  '~~',
  '|',
  'end.',
  'said:',
  '“quoted”',
  'U.S.',
  '\\',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((w) => `${w.join(' ')}.`);
/** Mostly sentences; sometimes one unbroken run of 5,000 characters with nowhere to cut but mid-word. */
const passage = fc.oneof(
  { weight: 8, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 30 }).map((s) => s.join(' ')) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(5000)) },
);
const date = fc.option(fc.constantFrom('2025-09-07', '2025-10-01', '2026'), { nil: null });

const scenario = fc
  .record({
    files: fc.integer({ min: 1, max: 6 }),
    titles: fc.array(fc.option(fc.oneof(sentence, fc.constant('T'.repeat(600))), { nil: null }), {
      minLength: 6,
      maxLength: 6,
    }),
    items: fc.array(
      fc.record({
        text: fc.oneof(sentence, passage),
        date,
        citations: fc.array(fc.record({ file: fc.nat(5), published: date, quote: passage }), {
          maxLength: 4,
        }),
      }),
      { maxLength: 60 },
    ),
    conflicts: fc.array(fc.record({ about: sentence, note: fc.oneof(sentence, passage) }), { maxLength: 40 }),
    query: fc.oneof(fc.constant(''), sentence, fc.constant('Q'.repeat(400))),
    status: fc.constantFrom('answered' as const, 'not_found' as const),
    command: fc.constantFrom('ask' as const, 'timeline' as const, 'troops' as const, 'who' as const),
  })
  .map((s) => {
    const files = Array.from({ length: s.files }, (_, i) => `00${i}_file.txt`);
    const articles = files.map(
      (file, i): Article => ({
        file,
        text: '',
        title: s.titles[i] ?? null,
        source: i % 2 ? 'Publisher' : null,
        url: i % 3 === 0 ? `https://example.org/${i}` : i % 3 === 1 ? 'not a url' : null,
        published: null,
        publishedAsWritten: i === 1 ? '07-09-2025' : null,
        publishedSpan: null,
        sentences: [],
        words: 0,
      }),
    );
    const answer: Answer = {
      command: s.command,
      query: s.query,
      status: s.status,
      items: s.items.map((item) => ({
        text: item.text,
        date: item.date,
        citations: item.citations.map((c) => ({
          file: files[c.file % files.length] as string,
          published: c.published,
          quote: c.quote,
          start: 0,
          end: c.quote.length,
        })),
      })),
      conflicts: s.conflicts.map((c, i) => ({ about: c.about, items: [i % 3, (i + 1) % 3], note: c.note })),
    };
    return { answer, articles };
  });

describe('renderDiscord', () => {
  it('keeps every page within every Discord limit and loses no quote, item or source', () => {
    fc.assert(
      fc.property(scenario, ({ answer, articles }) => {
        const pages = renderDiscord(answer, articles);
        expect(pages.length).toBeGreaterThan(0);
        for (const page of pages) {
          expect(embedLimitViolations(page)).toEqual([]);
          for (const e of page) {
            if (e.url) expect(e.url).toMatch(/^https:\/\//);
            expect((e.description ?? 'x').length).toBeGreaterThan(0);
          }
        }
        const embeds = pages.flat() as Embed[];
        // Every item has its own numbered embed.
        for (const i of answer.items.keys()) {
          expect(embeds.some((e) => e.title?.startsWith(`${i + 1}. `))).toBe(true);
        }
        // Every quote is all there, verbatim apart from whitespace and the marks where it was cut (a word longer
        // than an embed is the one thing cut mid-word).
        const quotes = blockQuotes(embeds).join('').replace(/…/g, '').replace(/\s+/g, '');
        const citations = answer.items.flatMap((i) => i.citations);
        for (const c of citations) expect(quotes.includes(c.quote.replace(/\s+/g, ''))).toBe(true);
        // One source line per citation, naming its file and its date (or "undated", or the date as printed).
        const lines = citedSources(embeds);
        expect(lines.map((l) => l.file)).toEqual(citations.map((c) => c.file));
        citations.forEach((c, i) => {
          const shown = lines[i]?.date;
          if (c.published) expect(shown).toBe(c.published);
          else expect(shown).toMatch(/^(undated|dated “07-09-2025” as written)$/);
        });
        // Every conflict has a clearly marked field.
        const fields = embeds.flatMap((e) => e.fields ?? []);
        expect(fields.filter((f) => f.name.startsWith('⚠️ Sources disagree')).length).toBe(
          answer.conflicts.length,
        );
        // not_found is said plainly, and its passages are labelled as not answering.
        const [header] = embeds;
        if (answer.status === 'not_found') {
          expect(header?.description).toContain('Not found: the articles do not answer this');
          for (const e of embeds.filter((x) => x.title && /^\d+\. /.test(x.title)))
            expect(e.author?.name).toMatch(/does not answer/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an undated article is shown as "undated", never given a date', () => {
    const answer: Answer = {
      command: 'ask',
      query: 'q',
      status: 'answered',
      items: [
        {
          text: 'A thing.',
          citations: [{ file: 'a.txt', published: null, quote: 'A thing.', start: 0, end: 8 }],
        },
      ],
      conflicts: [],
    };
    const [page] = renderDiscord(answer, []);
    expect(citedSources(page as Embed[])).toEqual([{ file: 'a.txt', date: 'undated' }]);
  });
});

describe('cutting text', () => {
  it('splitAtSentences: parts within the limit that lose nothing of the text', () => {
    fc.assert(
      fc.property(passage, fc.integer({ min: 20, max: 3000 }), (text, max) => {
        const parts = splitAtSentences(text, max);
        for (const p of parts) expect(p.length).toBeLessThanOrEqual(max);
        // Joined without the spaces cut at (a part may end mid-word when a word is longer than `max`).
        expect(parts.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 60 },
    );
  });

  it('cuts after a whole sentence when one fits, else at a space', () => {
    expect(splitAtSentences('One two. Three four five six.', 15)).toEqual([
      'One two.',
      'Three four',
      'five six.',
    ]);
    expect(fitText('First sentence here. Second one is longer than that.', 30)).toBe(
      'First sentence here. …',
    );
    expect(fitText('short', 30)).toBe('short');
  });
});

describe('autocomplete matching', () => {
  const names = [
    ...Array.from({ length: 40 }, (_, i) => `Person ${String(i).padStart(2, '0')}`),
    'José Ramírez',
    'Ramona Diaz',
    'Abdul Rahman',
  ];

  it('at most 25 choices; nothing typed gives the first 25', () => {
    const all = suggest(names, '');
    expect(all).toHaveLength(25);
    expect(all[0]).toEqual({ name: 'Person 00', value: 'Person 00' });
  });

  it('names starting with what is typed first, then a word starting with it, then containing it; accents folded', () => {
    expect(suggest(names, 'ram').map((c) => c.value)).toEqual(['Ramona Diaz', 'José Ramírez']);
    expect(suggest(names, 'jose').map((c) => c.value)).toEqual(['José Ramírez']);
    expect(suggest(names, 'ahm').map((c) => c.value)).toEqual(['Abdul Rahman']);
    expect(suggest(names, 'zzz')).toEqual([]);
  });
});

describe('configuration', () => {
  const good = { DISCORD_TOKEN: 'x'.repeat(40), DISCORD_CLIENT_ID: '123456789012345678' };

  it('defaults ARTICLES_DIR and LOG_LEVEL; treats empty values as unset', () => {
    expect(parseConfig({ ...good, DISCORD_GUILD_ID: '', DISCORD_API_BASE: '' })).toEqual({
      ...good,
      ARTICLES_DIR: 'articles',
      LOG_LEVEL: 'info',
    });
    expect(parseConfig({ ...good, DISCORD_API_BASE: 'http://127.0.0.1:1234/api/' }).DISCORD_API_BASE).toBe(
      'http://127.0.0.1:1234/api',
    );
  });

  it.each([
    [{}, /^DISCORD_TOKEN is missing: set it to the bot's token/],
    [
      { ...good, DISCORD_CLIENT_ID: 'my-bot' },
      /^DISCORD_CLIENT_ID is invalid: set it to the application's id, digits only/,
    ],
    [{ ...good, DISCORD_GUILD_ID: '12' }, /^DISCORD_GUILD_ID is invalid: set it to a server's id/],
    [{ ...good, DISCORD_API_BASE: 'ftp://x' }, /^DISCORD_API_BASE is invalid: set it to an http\(s\) URL/],
    [
      { ...good, LOG_LEVEL: 'loud' },
      /^LOG_LEVEL is invalid: set it to one of fatal, error, warn, info, debug, trace, silent/,
    ],
  ])('%o → one line naming the variable and what it should hold', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
    try {
      parseConfig(env);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });
});

describe('AnswerQueue', () => {
  it('answers only once every interaction that has arrived is acknowledged, one at a time', async () => {
    const queue = new AnswerQueue({ maxWaitMs: 5000 });
    const order: string[] = [];
    const first = queue.arrived();
    const second = queue.arrived();
    const answered = queue.run(() => order.push('answer 1'));
    const answered2 = queue.run(async () => order.push('answer 2'));
    await new Promise((r) => setTimeout(r, 20));
    order.push('ack 1');
    first();
    await new Promise((r) => setTimeout(r, 20));
    order.push('ack 2');
    second();
    second(); // twice is once
    await Promise.all([answered, answered2]);
    expect(order).toEqual(['ack 1', 'ack 2', 'answer 1', 'answer 2']);
  });

  it('does not wait past maxWaitMs for an acknowledgement that never comes', async () => {
    const queue = new AnswerQueue({ maxWaitMs: 30 });
    queue.arrived();
    const started = Date.now();
    await queue.run(() => 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
