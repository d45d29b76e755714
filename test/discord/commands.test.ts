/**
 * The five commands end to end: INTERACTION_CREATE from the local Discord → the real discord.js client → the
 * real engine on the starter articles → what Discord receives. Every message is checked against Discord's
 * limits and for `allowed_mentions` that parse nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/schema.js';
import { runCli } from '../../src/cli/runCli.js';
import {
  citedSources,
  type Embed,
  expectCitesAnswer,
  type Harness,
  runCommand,
  startHarness,
} from './harness.js';
import type { InteractionRecord, OptionValues } from './localDiscord.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  // Across the whole file: nothing was refused for being late or acknowledged twice, and no log holds a token.
  for (const record of h.discord.interactions.values()) expect(record.refused).toEqual([]);
  const interactionTokens = [...h.discord.interactions.values()].map((r) => r.token);
  for (const line of h.rawLogs) {
    expect(line).not.toContain('local-discord-test-token');
    for (const token of interactionTokens) expect(line).not.toContain(token);
  }
  await h?.close();
});

const run = (name: string, options: OptionValues = {}) => runCommand(h, name, options);
const expectCitesLikeEngine = (record: InteractionRecord, answer: Answer) =>
  expectCitesAnswer(h, record, answer);

describe('/sources', () => {
  it('lists the articles with publishers and dates, 001 published 2025-09-07 and 003 2025-10-01', async () => {
    const { record, reply } = await run('sources');
    expect(reply.ephemeral, 'answers post to the channel by default').toBe(false);
    const embeds = await expectCitesLikeEngine(record, h.engine.sources());
    const shown = citedSources(embeds);
    expect(shown).toContainEqual({ file: '001_ee670a4d086fc3fe.txt', date: '2025-09-07' });
    expect(shown).toContainEqual({ file: '003_71640e988f2f5a9b.txt', date: '2025-10-01' });
    expect(new Set(shown.map((s) => s.file)).size).toBe(h.engine.articles.length);
    // Titles and publishers come from the articles.
    const text = embeds.map((e) => e.description ?? '').join('\n');
    expect(text).toContain('· Peregraf ·');
    for (const a of h.engine.articles.filter((x) => !x.published)) {
      expect(shown).toContainEqual({ file: a.file, date: 'undated' });
    }
  });
});

describe('/ask', () => {
  it('answers first, then quotes each source with its file and date', async () => {
    const question = "When will the coalition's mission end?";
    const { record, reply } = await run('ask', { question });
    const answer = h.engine.ask(question);
    expect(answer.status).toBe('answered');
    const [header] = reply.embeds as Embed[];
    expect(header?.title).toContain('coalition');
    // The answer line opens the embed, bold, then the numbered list.
    expect(answer.answer).toMatch(/September 2026 \(\d articles?\)/);
    expect(header?.description?.startsWith(`**${answer.answer}**\n\n**1.** `)).toBe(true);
    const embeds = await expectCitesLikeEngine(record, answer);
    // The best answer's article is cited with its publication date (or "undated").
    const best = answer.items[0]?.citations[0];
    const article = h.engine.articles.find((a) => a.file === best?.file);
    expect(citedSources(embeds)[0]).toEqual({ file: best?.file, date: article?.published ?? 'undated' });
  });

  it('keeps the answer to the user with public: False', async () => {
    const { record, reply } = await run('ask', {
      question: 'How many US troops are in Iraq?',
      public: false,
    });
    expect(Number(record.callbacks[0]?.data?.flags) & 64).toBe(64);
    expect(reply.ephemeral).toBe(true);
  });

  it('pings nobody when the question holds @everyone or a user mention', async () => {
    const { reply } = await run('ask', {
      question: '@everyone <@123456789012345678> who decided the mission end?',
    });
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    expect(reply.content).toBe('');
  });

  it('says plainly when the articles do not answer, labelling any nearest passages', async () => {
    const question = 'What is the recipe for sourdough bread?';
    const { reply } = await run('ask', { question });
    const answer = h.engine.ask(question);
    const [header, ...rest] = reply.embeds as Embed[];
    if (answer.status === 'not_found') {
      expect(header?.description).toMatch(/Not found: the articles do not answer this/);
      for (const e of rest) expect(e.author?.name).toMatch(/does not answer/);
    } else {
      expect(header?.description).toMatch(/^\*\*.*\*\*\n\n\*\*1\.\*\* |^\*\*1\.\*\* /);
    }
  });
});

describe('/timeline, /troops, /who', () => {
  it.each([
    ['timeline', {}, (a: Harness) => a.engine.timeline('')],
    ['timeline', { topic: 'coalition mission' }, (a: Harness) => a.engine.timeline('coalition mission')],
    [
      'timeline',
      { from: '2025-09', to: '2026' },
      (a: Harness) => a.engine.timeline('', { from: '2025-09', to: '2026' }),
    ],
    ['troops', {}, (a: Harness) => a.engine.troops('')],
    ['troops', { about: 'US troops in Iraq' }, (a: Harness) => a.engine.troops('US troops in Iraq')],
    ['who', {}, (a: Harness) => a.engine.who('')],
    ['who', { name: 'Farhad Allawi' }, (a: Harness) => a.engine.who('Farhad Allawi')],
  ] as const)('/%s %o cites what the engine cites, with dates', async (name, options, answerOf) => {
    const { record, reply } = await run(name, options);
    const answer = answerOf(h);
    const [header] = reply.embeds as Embed[];
    expect(header?.author?.name).toBe(`citebot · /${name}`);
    await expectCitesLikeEngine(record, answer);
  });

  it('shows each timeline item’s date, in the engine’s (date) order', async () => {
    const answer = h.engine.timeline('');
    const { reply } = await run('timeline');
    const dates = answer.items.map((i) => i.date).filter((d): d is string => typeof d === 'string');
    // In date order at the precision both dates share ("2025-09" and "2025-09-02" may come either way).
    dates.slice(1).forEach((date, i) => {
      const before = dates[i] as string;
      const n = Math.min(before.length, date.length);
      expect(before.slice(0, n) <= date.slice(0, n), `${before} then ${date}`).toBe(true);
    });
    const header = (reply.embeds as Embed[])[0];
    const shown = [...(header?.description ?? '').matchAll(/^\*\*\d+\.\*\* `([^`]+)`/gm)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(dates.slice(0, shown.length));
  });
});

describe('/timeline picture', () => {
  it('attaches the timeline as a PNG and shows it in the answer embed', async () => {
    const before = h.discord.uploads.length;
    const { reply } = await run('timeline');
    const [upload, ...more] = h.discord.uploads.slice(before);
    expect(more).toEqual([]);
    expect(upload?.name).toBe('timeline.png');
    expect(upload?.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(upload?.data.readUInt32BE(16)).toBeGreaterThan(1000);
    const [header] = reply.embeds as (Embed & { image?: { url: string } })[];
    expect(header?.image?.url).toBe('attachment://timeline.png');
  });

  it('sends no picture with /ask', async () => {
    const before = h.discord.uploads.length;
    await run('ask', { question: "When will the coalition's mission end?" });
    expect(h.discord.uploads.length).toBe(before);
  });
});

describe('autocomplete', () => {
  it('/who suggests the names the articles hold that match what is typed', async () => {
    const names = h.engine.names();
    expect(names.length, 'the engine names people on the starter articles').toBeGreaterThan(0);
    const everyone = await h.discord.settled(h.discord.sendAutocomplete('who', { name: '' }, 'name'));
    const all = everyone.callbacks[0];
    expect(all?.type).toBe(8);
    expect((all?.data?.choices as unknown[] | undefined)?.length).toBe(Math.min(25, new Set(names).size));

    const target = names.find((n) => n.length >= 4) as string;
    const typed = target.slice(0, 3).toLowerCase();
    const some = await h.discord.settled(h.discord.sendAutocomplete('who', { name: typed }, 'name'));
    const choices = some.callbacks[0]?.data?.choices as { name: string; value: string }[];
    expect(some.callbacks[0]?.elapsed).toBeLessThan(3000);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.value)).toContain(target);
    for (const c of choices) {
      expect(names).toContain(c.value);
      expect(c.value.toLowerCase()).toContain(typed);
    }
  });

  it('/timeline suggests topics from the engine', async () => {
    const topics = h.engine.topics();
    const record = await h.discord.settled(h.discord.sendAutocomplete('timeline', { topic: '' }, 'topic'));
    expect(record.callbacks[0]?.type).toBe(8);
    expect((record.callbacks[0]?.data?.choices as unknown[] | undefined)?.length).toBe(
      Math.min(25, new Set(topics).size),
    );
  });
});

describe('usage errors are answered privately, saying what to type', () => {
  async function usageError(name: string, options: Parameters<Harness['discord']['sendCommand']>[1]) {
    const record = await h.discord.settled(h.discord.sendCommand(name, options));
    const [first] = record.callbacks;
    expect(first?.type, 'replied at once, not deferred').toBe(4);
    expect(Number(first?.data?.flags) & 64, 'ephemeral').toBe(64);
    expect(first?.data?.allowed_mentions).toEqual({ parse: [] });
    expect(first?.data?.embeds).toEqual([]);
    const logged = h.logs.find((l) => l.interaction === record.id && l.msg === 'usage error');
    expect(logged, 'logged with the interaction id').toBeDefined();
    return String(first?.data?.content);
  }

  it('an unknown option', async () => {
    const text = await usageError('ask', { question: 'Who said it?', colour: 'red' });
    expect(text).toContain('`/ask` has no option `colour`');
    expect(text).toContain('Type `/ask question:<text> [public:<True|False>]`');
  });

  it('an empty required option', async () => {
    const text = await usageError('ask', { question: '   ' });
    expect(text).toContain('`question` is empty');
    expect(text).toContain('/ask question:<text>');
  });

  it('a missing required option', async () => {
    expect(await usageError('ask', {})).toContain('`/ask` needs `question`');
  });

  it('an option of the wrong type', async () => {
    const text = await usageError('ask', [
      { name: 'question', type: 3, value: 'Who said it?' },
      { name: 'public', type: 3, value: 'yes' },
    ]);
    expect(text).toContain('`public` takes True|False');
  });

  it('a date /timeline cannot read', async () => {
    expect(await usageError('timeline', { from: 'last week' })).toContain(
      '`from: last week` is not a date I can read. Type it as YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it('a date range that ends before it starts', async () => {
    expect(await usageError('timeline', { from: '2026', to: '2025-09' })).toContain(
      '`from: 2026` comes after `to: 2025-09`',
    );
  });

  it.each([
    [{ from: '2024' }, true],
    [{ from: 'March 2025', to: '2026-01' }, true],
    [{ from: '2025-09', to: '2025' }, true],
    [{ from: 'soon' }, false],
    [{ to: '2025-13' }, false],
    [{ from: '2026', to: '2025-09' }, false],
  ])('the same date range %j that the command line takes or refuses', async (range, accepted) => {
    const flags = Object.entries(range).flatMap(([name, value]) => [`--${name}`, value]);
    const cli = await runCli(['timeline', '--json', ...flags], { stdout: () => {}, stderr: () => {} });
    expect(cli, 'the command line').toBe(accepted ? 0 : 2);
    const record = await h.discord.settled(h.discord.sendCommand('timeline', range));
    const [first] = record.callbacks;
    expect(first?.type === 4 && Number(first.data?.flags) & 64, 'the bot refused it privately').toBe(
      accepted ? false : 64,
    );
  });

  it('a command citebot no longer has', async () => {
    const text = await usageError('weather', {});
    expect(text).toContain('`/ask`, `/timeline`, `/troops`, `/who`, `/sources`');
  });
});

describe('"More sources"', () => {
  it('an expired or unknown page is explained privately', async () => {
    const message = { id: '1', channel_id: h.discord.channelId, content: '', embeds: [], components: [] };
    const record = await h.discord.settled(h.discord.clickButton(message, 'more:123456789012345678:1'));
    const [first] = record.callbacks;
    expect(Number(first?.data?.flags) & 64).toBe(64);
    expect(String(first?.data?.content)).toContain('Run the command again');
  });
});
