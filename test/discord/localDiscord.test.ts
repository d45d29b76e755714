/**
 * The local Discord itself keeps Discord's rules, checked here with a bare WebSocket client and fetch (no
 * discord.js), so the bot's tests can rely on it: a bot that answered late or twice would be refused there
 * just as Discord refuses it.
 */
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { LocalDiscord } from './localDiscord.js';

const TOKEN = 'local-discord-self-test-token-0123456789';
let discord: LocalDiscord;

beforeAll(async () => {
  discord = await LocalDiscord.start({ token: TOKEN, heartbeatIntervalMs: 200, responseWindowMs: 300 });
});
afterAll(async () => discord.close());

type Frame = { op: number; d: Record<string, unknown> | null | boolean; s: number | null; t: string | null };

/** A bare gateway client: connects, collects frames. */
async function connect(url: string) {
  const socket = new WebSocket(`${url}?v=10&encoding=json`);
  const frames: Frame[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    frames.push(JSON.parse(data.toString()));
    for (const w of waiters.splice(0)) w();
  });
  const next = async (predicate: (f: Frame) => boolean): Promise<Frame> => {
    for (;;) {
      const found = frames.find(predicate);
      if (found) return found;
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  await once(socket, 'open');
  return { socket, frames, next, send: (f: unknown) => socket.send(JSON.stringify(f)) };
}

const callback = (id: string, token: string, body: unknown) =>
  fetch(`${discord.apiBase}/v10/interactions/${id}/${token}/callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('REST', () => {
  it('GET /gateway/bot names its own gateway, and needs the bot token', async () => {
    const ok = await fetch(`${discord.apiBase}/v10/gateway/bot`, {
      headers: { authorization: `Bot ${TOKEN}` },
    });
    expect(await ok.json()).toMatchObject({ url: discord.gatewayUrl, shards: 1 });
    const refused = await fetch(`${discord.apiBase}/v10/gateway/bot`, {
      headers: { authorization: 'Bot wrong' },
    });
    expect(refused.status).toBe(401);
  });
});

describe('gateway and interaction rules', () => {
  let client: Awaited<ReturnType<typeof connect>>;
  let sessionId: string;

  it('HELLO, IDENTIFY → READY, heartbeat → ACK', async () => {
    client = await connect(discord.gatewayUrl);
    const hello = await client.next((f) => f.op === 10);
    expect((hello.d as Record<string, unknown>).heartbeat_interval).toBe(200);
    client.send({ op: 2, d: { token: TOKEN, intents: 1, properties: {} } });
    const ready = await client.next((f) => f.t === 'READY');
    sessionId = String((ready.d as Record<string, unknown>).session_id);
    expect(ready.d).toMatchObject({
      v: 10,
      resume_gateway_url: discord.gatewayUrl,
      application: { id: discord.applicationId },
    });
    client.send({ op: 1, d: ready.s });
    await client.next((f) => f.op === 11);
  });

  it('a wrong token in IDENTIFY closes with 4004', async () => {
    const intruder = await connect(discord.gatewayUrl);
    await intruder.next((f) => f.op === 10);
    intruder.send({ op: 2, d: { token: 'nope', intents: 1, properties: {} } });
    const [code] = (await once(intruder.socket, 'close')) as [number];
    expect(code).toBe(4004);
  });

  it('a first response after the window: 404 code 10062', async () => {
    const record = discord.sendCommand('sources');
    await client.next(
      (f) => f.t === 'INTERACTION_CREATE' && (f.d as Record<string, unknown>).id === record.id,
    );
    await new Promise((r) => setTimeout(r, 350));
    const late = await callback(record.id, record.token, { type: 5 });
    expect(late.status).toBe(404);
    expect(await late.json()).toMatchObject({ code: 10062 });
    expect(record.callbacks).toEqual([]);
  });

  it('a second acknowledgement: 400 code 40060; the webhook then edits the original', async () => {
    const record = discord.sendCommand('sources');
    expect((await callback(record.id, record.token, { type: 5 })).status).toBe(204);
    const again = await callback(record.id, record.token, { type: 4, data: { content: 'twice' } });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: 40060 });
    const edit = await fetch(
      `${discord.apiBase}/v10/webhooks/${discord.applicationId}/${record.token}/messages/@original`,
      {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ content: 'done', allowed_mentions: { parse: [] } }),
      },
    );
    expect(edit.status).toBe(200);
    expect(record.edits.map((e) => e.body.content)).toEqual(['done']);
  });

  it('an injected 429 carries retry_after in the body and Retry-After', async () => {
    const record = discord.sendCommand('sources');
    discord.failNext('callback', { status: 429, retryAfter: 0.25 });
    const limited = await callback(record.id, record.token, { type: 5 });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('0.25');
    expect(await limited.json()).toMatchObject({ retry_after: 0.25, global: false });
    expect((await callback(record.id, record.token, { type: 5 })).status).toBe(204);
  });

  it('RESUME after a cut replays what was missed, then RESUMED; an unknown session gets INVALID_SESSION', async () => {
    const seq = Math.max(...client.frames.map((f) => f.s ?? 0));
    discord.dropConnection('terminate');
    await once(client.socket, 'close');
    const missed = discord.sendCommand('sources');
    const back = await connect(discord.gatewayUrl);
    await back.next((f) => f.op === 10);
    back.send({ op: 6, d: { token: TOKEN, session_id: sessionId, seq } });
    const replayed = await back.next((f) => f.t === 'INTERACTION_CREATE');
    expect((replayed.d as Record<string, unknown>).id).toBe(missed.id);
    await back.next((f) => f.t === 'RESUMED');

    const stranger = await connect(discord.gatewayUrl);
    await stranger.next((f) => f.op === 10);
    stranger.send({ op: 6, d: { token: TOKEN, session_id: 'no-such-session', seq: 1 } });
    expect((await stranger.next((f) => f.op === 9)).d).toBe(false);
    back.socket.close(1000);
    stranger.socket.close(1000);
  });
});
