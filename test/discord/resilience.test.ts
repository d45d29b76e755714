/**
 * What goes wrong between a bot and Discord: the gateway dropping mid-session, the REST API answering 429 or
 * 500, and a burst of interactions at once. Each time the user still gets the answer, in time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citedSources, type Embed, finalMessage, type Harness, runCommand, startHarness } from './harness.js';
import type { InteractionRecord } from './localDiscord.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  for (const record of h.discord.interactions.values()) expect(record.refused).toEqual([]);
  await h?.close();
});

/** /sources answered in full: its embeds cite 001 with its publication date. */
function expectSourcesAnswer(record: InteractionRecord) {
  const reply = finalMessage(record);
  expect(reply.allowed_mentions).toEqual({ parse: [] });
  expect(citedSources(reply.embeds as Embed[])).toContainEqual({
    file: '001_ee670a4d086fc3fe.txt',
    date: '2025-09-07',
  });
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the gateway', () => {
  it('connects as Discord expects: JSON, API v10, heartbeats acknowledged', async () => {
    expect(h.discord.connectUrls[0]).toMatch(/^\/gateway\/?\?v=10&encoding=json$/);
    await until(() => h.discord.heartbeatsAcked > 0, 'a heartbeat');
  });

  it('cut mid-session: the bot resumes, gets the command sent meanwhile replayed, and answers it', async () => {
    const { identifies, resumes } = h.discord;
    h.discord.dropConnection('terminate');
    const record = h.discord.sendCommand('sources'); // sent while the bot is away: queued for replay
    await h.discord.settled(record);
    expect(h.discord.resumes).toBe(resumes + 1);
    expect(h.discord.identifies).toBe(identifies);
    expect(record.callbacks[0]?.elapsed).toBeLessThan(3000);
    expectSourcesAnswer(record);
    expect(h.logs.some((l) => l.msg === 'gateway session resumed')).toBe(true);
  });

  it('closed by Discord (1000): the bot identifies afresh and answers the next command', async () => {
    const { identifies } = h.discord;
    h.discord.dropConnection(1000);
    await until(() => h.discord.identifies === identifies + 1 && h.discord.connected, 'a new session');
    const { record } = await runCommand(h, 'sources');
    expectSourcesAnswer(record);
  });

  it('told to reconnect (op 7): the bot resumes and answers the next command', async () => {
    const { resumes } = h.discord;
    h.discord.requestReconnect();
    await until(() => h.discord.resumes === resumes + 1 && h.discord.connected, 'a resume');
    const { record } = await runCommand(h, 'sources');
    expectSourcesAnswer(record);
  });
});

describe('REST failures', () => {
  it.each([
    ['429 with retry_after', { status: 429 as const, retryAfter: 0.3 }],
    ['500', { status: 500 as const }],
  ])('the callback route answering %s once: the reply is still delivered, in time', async (_, failure) => {
    h.discord.failNext('callback', failure);
    const { record } = await runCommand(h, 'sources');
    expect(record.injectedFailures).toEqual([
      expect.objectContaining({ kind: 'callback', status: failure.status }),
    ]);
    expect(record.callbacks).toHaveLength(1);
    if (failure.status === 429) {
      const [failed] = record.injectedFailures;
      expect((record.callbacks[0]?.at ?? 0) - (failed?.at ?? 0)).toBeGreaterThanOrEqual(300);
    }
    expectSourcesAnswer(record);
  });

  it('the edit answering 500 once: the answer still arrives', async () => {
    h.discord.failNext('edit', { status: 500 });
    const { record } = await runCommand(h, 'sources');
    expect(record.injectedFailures).toEqual([expect.objectContaining({ kind: 'edit', status: 500 })]);
    expectSourcesAnswer(record);
  });
});

describe('a burst', () => {
  it('200 interactions at once: 200 replies, every one acknowledged within 3 seconds', async () => {
    const questions = [
      "When will the coalition's mission end?",
      'How many US troops are in Iraq?',
      'Who is Farhad Allawi?',
      'What did the Pentagon say?',
    ];
    const records = Array.from({ length: 200 }, (_, i) =>
      i % 5 === 4
        ? h.discord.sendCommand('sources')
        : h.discord.sendCommand('ask', { question: questions[i % questions.length] as string }),
    );
    await Promise.all(records.map((r) => h.discord.settled(r, 60_000)));
    const elapsed = records.map((r) => r.callbacks[0]?.elapsed ?? Number.POSITIVE_INFINITY);
    expect(Math.max(...elapsed)).toBeLessThan(3000);
    for (const r of records) {
      expect(r.refused).toEqual([]);
      const reply = finalMessage(r);
      expect(reply.allowed_mentions).toEqual({ parse: [] });
      expect(reply.embeds.length).toBeGreaterThan(0);
      expect(citedSources(reply.embeds as Embed[]).length).toBeGreaterThan(0);
    }
    // Each answer is logged with its interaction's id (the log line follows the edit's response).
    const answered = () => new Set(h.logs.filter((l) => l.msg === 'answered').map((l) => l.interaction));
    await until(() => records.every((r) => answered().has(r.id)), 'a log line for every answer');
  }, 60_000);
});
