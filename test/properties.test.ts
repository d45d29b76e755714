/**
 * Property tests over the engine (issue 6): whatever a user types, every command answers with a valid
 * Answer whose every quote is verbatim at its offsets and whose Discord rendering keeps every limit; whatever
 * an article file holds, reading it gives an article with whole, in-bounds sentences or a named
 * `ArticleError`, and a folder of such files is loaded with one warning per skipped file, never a crash.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answer } from '../src/answer/schema.js';
import type { Article } from '../src/corpus/article.js';
import { decodeArticle, loadArticles } from '../src/corpus/loadArticles.js';
import { readArticle } from '../src/corpus/readArticle.js';
import { answerCommand, type Engine, engineOver, openIndex } from '../src/engine.js';
import { ArticleError } from '../src/errors.js';
import { discordMessage, embedLimitViolations, renderDiscord } from '../src/render/discord.js';
import { wordsMissingFromQuotes } from './helpers/answerLineWords.js';

const ARTICLES = join(import.meta.dirname, '../articles');

let engine: Engine;
let indexDir: string;
/** Each article file as CONTRACT §2 defines its text: UTF-8, byte-order mark removed. Read here, not by the engine. */
const fileTexts = new Map<string, string>();

beforeAll(async () => {
  indexDir = mkdtempSync(join(tmpdir(), 'citebot-properties-'));
  engine = engineOver(await openIndex({ articlesDir: ARTICLES, indexDir }));
  for (const file of readdirSync(ARTICLES).filter((f) => /\.(txt|md)$/i.test(f))) {
    fileTexts.set(file, readFileSync(join(ARTICLES, file), 'utf8').replace(/^\uFEFF/, ''));
  }
});

afterAll(() => rmSync(indexDir, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------------------
// Queries

/** Words of the articles, so that many generated queries find passages and exercise answer assembly. */
const storyWord = fc.constantFrom(
  'When',
  'How many',
  'How long',
  'Who',
  'Where',
  'Why',
  'What time',
  'How much',
  'troops',
  'Iraq',
  'Erbil',
  'coalition',
  'mission',
  'end',
  'September',
  '2026',
  '2,500',
  'U.S.',
  'withdrawal',
  'Pentagon',
  'spokesperson',
  'Kurdistan',
  'ISIS',
  'Baghdad',
  'advisers',
  'base',
  'the',
  'in',
  '?',
);
/** What Discord users paste: markdown, mentions, and characters that mean something to a regex or a shell. */
const hostile = fc.constantFrom(
  '**',
  '__',
  '*',
  '_',
  '~~',
  '||',
  '`',
  '```',
  '```js\n',
  '> ',
  '# ',
  '- ',
  '[link](https://example.org)',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!42>',
  '<@&987654321>',
  '<#1234>',
  '<:emoji:1234>',
  '.*',
  '(?:',
  ')',
  '[',
  ']',
  '{2,}',
  '\\',
  '\\b',
  '^',
  '$',
  '|',
  '+',
  '?',
  '(?<x>',
  '\\1',
  '\u0000',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2067',
  '\u2069',
  'שלום',
  'مرحبا',
  '漢字',
  '👩‍👩‍👧',
  '🇮🇶',
  'e\u0301',
  '\ud800',
  '\udfff',
  '\r\n',
  '\t',
  '   ',
);
const mixedQuery = fc
  .array(fc.oneof(storyWord, hostile, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 30 })
  .chain((parts) => fc.constantFrom(' ', '', '\n').map((sep) => parts.join(sep)));
const anyQuery = fc.oneof(
  { weight: 3, arbitrary: mixedQuery },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  // Lone surrogates and other UTF-16 code units that are not characters.
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 50,
    }),
  },
);
/** A 10,000-character query: the article words and hostile pieces, repeated. */
const longQuery = fc.array(fc.oneof(storyWord, hostile), { minLength: 5, maxLength: 40 }).map((parts) =>
  parts
    .join(' ')
    .repeat(Math.ceil(10_000 / Math.max(1, parts.join(' ').length)))
    .slice(0, 10_000),
);

const COMMANDS = ['ask', 'timeline', 'troops', 'who'] as const;

/** Everything an answer must be, whatever was asked: valid, verbatim, renderable within Discord's limits. */
function checkAnswer(answer: unknown, command: string, articles: readonly Article[]): void {
  const parsed = Answer.safeParse(answer);
  if (!parsed.success) throw new Error(`not a valid Answer: ${parsed.error.message}`);
  const a = parsed.data;
  expect(a.command).toBe(command);
  for (const item of a.items) {
    for (const c of item.citations) {
      const text = fileTexts.get(c.file);
      if (text === undefined) throw new Error(`cites ${c.file}, which is not an article file`);
      expect(c.start).toBeLessThan(c.end);
      expect(text.slice(c.start, c.end)).toBe(c.quote);
    }
  }
  // The answer line is made only of words of the answer's quotes: no number, date or name of its own.
  if (a.answer) {
    const quotes = a.items.flatMap((i) => i.citations.map((c) => c.quote));
    expect(wordsMissingFromQuotes(a.answer, quotes)).toEqual([]);
  }
  for (const conflict of a.conflicts) {
    for (const i of conflict.items) expect(i).toBeLessThan(a.items.length);
  }
  const pages = renderDiscord(a, articles);
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((page, p) => {
    expect(embedLimitViolations(page)).toEqual([]);
    const message = discordMessage(pages, p, '123456789012345678');
    // Nothing a reply quotes or repeats may ping: `@everyone` in a query must stay text.
    expect(message.allowedMentions).toEqual({ parse: [] });
    for (const row of message.components) {
      for (const button of row.components) {
        if ('custom_id' in button) expect(button.custom_id.length).toBeLessThanOrEqual(100);
        if ('label' in button && button.label !== undefined)
          expect(button.label.length).toBeLessThanOrEqual(80);
      }
    }
  });
}

describe('any query, every command', () => {
  it('answers with a valid Answer, verbatim quotes and a Discord rendering within every limit', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        for (const command of COMMANDS)
          checkAnswer(answerCommand(engine, command, query), command, engine.articles);
      }),
      { numRuns: 60 },
    );
  });

  it('does the same for 10,000-character queries', () => {
    fc.assert(
      fc.property(longQuery, (query) => {
        for (const command of COMMANDS)
          checkAnswer(answerCommand(engine, command, query), command, engine.articles);
      }),
      { numRuns: 4 },
    );
  });

  it('answers the bare commands and sources within the same rules', () => {
    for (const command of ['timeline', 'troops', 'who'] as const)
      checkAnswer(answerCommand(engine, command, ''), command, engine.articles);
    checkAnswer(engine.sources(), 'sources', engine.articles);
  });

  it('can fail: a quote one character off its offsets is caught', () => {
    // A question the starter articles answer, so there is a quote to shift.
    const answer = engine.ask("When will the coalition's military mission in Iraq end?");
    const citation = answer.items[0]?.citations[0];
    expect(citation).toBeDefined();
    if (!citation) return;
    const shifted = structuredClone(answer);
    const first = shifted.items[0]?.citations[0];
    if (first) first.start += 1;
    expect(() => checkAnswer(shifted, 'ask', engine.articles)).toThrow();
  });

  it('can fail: an answer line with a date no quote gives is caught', () => {
    const answer = engine.ask("When will the coalition's military mission in Iraq end?");
    expect(answer.answer).toMatch(/September 2026/);
    const invented = { ...answer, answer: `${answer.answer} · March 2031 (1 article)` };
    expect(() => checkAnswer(invented, 'ask', engine.articles)).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Article text

const prose = fc
  .array(
    fc.constantFrom(
      'The',
      'coalition',
      'said',
      'troops',
      'will',
      'leave',
      'Erbil',
      'in',
      'September',
      '2026',
      'U.S.',
      '“quoted”',
      'Maj.',
      'Gen.',
      '1:30',
      'a.m.',
    ),
    { minLength: 3, maxLength: 30 },
  )
  .map((w) => w.join(' '));
const sentenceText = prose.map((s) => `${s}.`);
const articleText = fc.oneof(
  // Anything at all.
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 500 }),
  // News-like paragraphs, some with headers.
  fc
    .tuple(
      fc.array(
        fc.array(sentenceText, { minLength: 1, maxLength: 5 }).map((s) => s.join(' ')),
        { minLength: 1, maxLength: 8 },
      ),
      fc.constantFrom(
        '',
        'Title: A story\nSource: Wire\nDate: 2025-09-30\n\n',
        'A headline here\n\nOct. 01, 2025\n\n',
      ),
    )
    .map(([paragraphs, head]) => head + paragraphs.join('\n\n')),
  // No sentence end anywhere.
  fc.array(prose, { minLength: 1, maxLength: 20 }).map((lines) => lines.join('\n')),
  // Front matter only, valid YAML or not.
  fc.string({ maxLength: 80 }).map((title) => `---\ntitle: ${title}\ndate: 2025-01-02\n---\n`),
  fc.constant('---\n---\n'),
  fc.string({ maxLength: 200 }).map((rest) => `---\n${rest}`),
);
/** The same texts with a byte-order mark, CRLF line ends, or both. */
const anyArticleText = fc
  .tuple(articleText, fc.boolean(), fc.boolean())
  .map(([text, bom, crlf]) => `${bom ? '\uFEFF' : ''}${crlf ? text.replace(/\r?\n/g, '\r\n') : text}`);
/** One 100,000-character line, with or without sentence ends. */
const hugeLine = fc
  .tuple(prose, fc.boolean())
  .map(([p, ends]) =>
    `${p}${ends ? '. ' : ' '}`.repeat(Math.ceil(100_000 / (p.length + 2))).slice(0, 100_000),
  );

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** An article read from `text` has every sentence whole and inside the text; anything else is an ArticleError. */
function checkRead(text: string): void {
  let article: Article;
  try {
    article = readArticle('generated.txt', text);
  } catch (e) {
    if (e instanceof ArticleError) return;
    throw e;
  }
  expect(article.text).toBe(text);
  expect(article.published === null || /^\d{4}-\d{2}-\d{2}$/.test(article.published)).toBe(true);
  let previous = -1;
  for (const s of article.sentences) {
    expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
    expect(s.start).toBeGreaterThan(previous);
    previous = s.start;
    const quote = text.slice(s.start, s.end);
    expect(quote.trim()).toBe(quote);
    // Whole words only: a sentence never starts or ends inside a word.
    expect(isWordChar(text[s.start - 1]) && isWordChar(text[s.start])).toBe(false);
    expect(isWordChar(text[s.end - 1]) && isWordChar(text[s.end])).toBe(false);
  }
}

/** `decodeArticle` gives the text or an ArticleError, then `readArticle` as above. */
function checkBytes(bytes: Uint8Array): void {
  let text: string;
  try {
    text = decodeArticle('generated.txt', bytes);
  } catch (e) {
    if (e instanceof ArticleError) return;
    throw e;
  }
  expect(text.startsWith('\uFEFF')).toBe(false);
  checkRead(text);
}

describe('any article text', () => {
  it('is read into whole, in-bounds sentences, or refused with an ArticleError', () => {
    fc.assert(
      fc.property(anyArticleText, (text) => checkBytes(new TextEncoder().encode(text))),
      { numRuns: 150 },
    );
  });

  it('survives random bytes: not UTF-8, NUL bytes, a BOM', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 1000 }),
      fc.uint8Array({ maxLength: 1000 }).map((b) => Uint8Array.from([0xef, 0xbb, 0xbf, ...b])),
    );
    fc.assert(fc.property(bytes, checkBytes), { numRuns: 150 });
  });

  it('reads one 100,000-character line', () => {
    fc.assert(
      fc.property(hugeLine, (text) => checkBytes(new TextEncoder().encode(text))),
      { numRuns: 2 },
    );
  });

  it('loads a folder of such files, skipping each bad one with one warning and serving the rest', async () => {
    const files = fc.array(
      fc.oneof(
        anyArticleText.map((t) => new TextEncoder().encode(t)),
        fc.uint8Array({ maxLength: 300 }),
      ),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(files, async (contents) => {
        const dir = mkdtempSync(join(tmpdir(), 'citebot-articles-'));
        try {
          for (const [i, bytes] of contents.entries()) writeFileSync(join(dir, `${i}.txt`), bytes);
          const good = 'The harbour reopened to ships on Monday after six weeks of dredging work.\n';
          writeFileSync(join(dir, 'good.md'), good);
          const warnings: string[] = [];
          const articles = await loadArticles(dir, (m) => warnings.push(m));
          expect(articles.map((a) => a.file)).toContain('good.md');
          expect(articles.length + warnings.length).toBe(contents.length + 1);
          for (const w of warnings) expect(w).toMatch(/^skipped article \d+\.txt: /);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 15 },
    );
  });
});
