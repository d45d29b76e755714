/**
 * Answers that do not fit one message, and answers that take longer than Discord's 3 seconds: the engine is
 * wrapped (its answers still quote the starter articles verbatim) to be long or slow on demand.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../commands/command.js';
import type { Answer } from '../../src/answer/schema.js';
import type { Engine } from '../../src/engine.js';
import { EMBED_LIMITS, embedLength } from '../../src/render/discord.js';
import {
  allPages,
  expectCitesAnswer,
  finalMessage,
  type Harness,
  runCommand,
  startHarness,
} from './harness.js';

const LONG = 'everyone, at length';
const SLOW = 'slowly, please';
/** A question the wrapped engine fails on, as a bug would. */
const BROKEN = 'break, please';
/** Longer than Discord's 3-second window for the first response. */
const SLOW_MS = 3500;

/** Every sentence of every article as an item quoting it: far more than one message holds. */
function longAnswer(engine: Engine): Answer {
  const items = engine.articles.flatMap((a) =>
    a.sentences.map((s) => {
      const quote = a.text.slice(s.start, s.end);
      return {
        text: quote,
        citations: [{ file: a.file, published: a.published, quote, start: s.start, end: s.end }],
      };
    }),
  );
  return {
    command: 'who',
    query: LONG,
    status: 'answered',
    items,
    conflicts: [{ about: 'how long this is', items: [0, 1, 2], note: 'every sentence vs. one message' }],
  };
}

function wrap(engine: Engine): AnswerEngine {
  return {
    articles: engine.articles,
    ask: async (q) => {
      if (q.includes(SLOW)) await sleep(SLOW_MS);
      if (q.includes(BROKEN)) throw new Error('engine bug');
      return engine.ask(q);
    },
    timeline: (q, range) => engine.timeline(q, range),
    troops: (q) => engine.troops(q),
    who: (q) => (q === LONG ? longAnswer(engine) : engine.who(q)),
    sources: () => engine.sources(),
    names: () => engine.names(),
    topics: () => engine.topics(),
  };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ wrap });
});
afterAll(async () => {
  for (const record of h.discord.interactions.values()) expect(record.refused).toEqual([]);
  await h?.close();
});

describe('an answer longer than a message', () => {
  it('fills the first message to the limits and puts the rest behind "More sources", page by page', async () => {
    const answer = longAnswer(h.engine);
    const { record, reply } = await runCommand(h, 'who', { name: LONG });
    expect(reply.components.length, 'a "More sources" button').toBe(1);
    const pages = await allPages(h.discord, record);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      expect(page.embeds.length).toBeLessThanOrEqual(EMBED_LIMITS.embeds);
      expect((page.embeds as APIEmbed[]).reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(
        EMBED_LIMITS.total,
      );
    }
    // Further pages are shown to whoever pressed the button, not posted to the channel again.
    for (const page of pages.slice(1)) expect(page.ephemeral).toBe(true);
    // The conflict is in its own marked field on the first page.
    const header = reply.embeds[0] as APIEmbed;
    expect(header.fields?.[0]?.name).toBe('⚠️ Sources disagree: how long this is');
    // Every item is somewhere, each quote verbatim with its file and date.
    await expectCitesAnswer(h, record, answer);
    expect(finalMessage(record).embeds.length).toBeGreaterThan(1);
  });
});

describe('an answer slower than 3 seconds', () => {
  it('is deferred within the window and edited in when ready', async () => {
    const question = `When will the coalition's mission end, ${SLOW}?`;
    const { record, reply } = await runCommand(h, 'ask', { question });
    const [deferral] = record.callbacks;
    expect(deferral?.type).toBe(5);
    expect(deferral?.elapsed).toBeLessThan(1000);
    const [edit] = record.edits;
    expect((edit?.at ?? 0) - record.sentAt).toBeGreaterThanOrEqual(SLOW_MS);
    expect(reply.via).toBe('edit');
    expect(reply.embeds.length).toBeGreaterThan(1);
    await expectCitesAnswer(h, record, h.engine.ask(question));
  });
});

describe('an engine error', () => {
  it('is answered privately, logged with the interaction id, and the bot answers the next command', async () => {
    const record = await h.discord.waitFor(
      h.discord.sendCommand('ask', { question: `Who said it, ${BROKEN}?` }),
      (r) => r.followUps.length > 0,
    );
    // The public "thinking…" is removed and the explanation goes to the user alone.
    expect(record.callbacks[0]?.type).toBe(5);
    expect(record.originalDeleted).toBe(true);
    const [followUp] = record.followUps;
    expect(Number(followUp?.body.flags) & 64).toBe(64);
    expect(String(followUp?.body.content)).toMatch(/^Something went wrong while answering\. Try again/);
    expect(followUp?.body.allowed_mentions).toEqual({ parse: [] });
    const logged = h.logs.find((l) => l.msg === 'command failed' && l.interaction === record.id);
    expect(logged).toMatchObject({ level: 50, command: 'ask', err: { message: 'engine bug' } });

    const { record: next } = await runCommand(h, 'sources');
    expect(finalMessage(next).embeds.length).toBeGreaterThan(1);
  });
});
