/**
 * One bot and one local Discord per test file: the real engine on the starter articles, the bot built by
 * `startBot` exactly as `npm start` builds it, logging into the local Discord with a fake token through
 * `DISCORD_API_BASE`.
 */
import { resolve } from 'node:path';
import type { APIEmbed, Client } from 'discord.js';
import { expect } from 'vitest';
import type { AnswerEngine } from '../../commands/command.js';
import type { Answer } from '../../src/answer/schema.js';
import { startBot } from '../../src/bot/createBot.js';
import { createLogger } from '../../src/bot/logger.js';
import { parseConfig } from '../../src/config.js';
import { type Engine, openEngine } from '../../src/engine.js';
import { embedLimitViolations } from '../../src/render/discord.js';
import {
  type InteractionRecord,
  LocalDiscord,
  type LocalDiscordOptions,
  type OptionValues,
  type RawOption,
  type SentMessage,
  sentMessages,
} from './localDiscord.js';

/** Shaped like a real token (id . timestamp . hmac) so nothing treats it specially; it opens nothing. */
export const FAKE_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.GfAkEt.local-discord-test-token-not-a-real-one';
export const ARTICLES_DIR = resolve(import.meta.dirname, '../../articles');

let engine: Promise<Engine> | null = null;

/** The real engine over the starter articles, opened once per worker (tests only read it). */
export function realEngine(): Promise<Engine> {
  engine ??= openEngine({ articlesDir: ARTICLES_DIR });
  return engine;
}

export interface Harness {
  discord: LocalDiscord;
  client: Client<true>;
  engine: Engine;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** The same lines as written, to search for what must never appear. */
  rawLogs: string[];
  close(): Promise<void>;
}

export async function startHarness(
  options: { wrap?: (engine: Engine) => AnswerEngine; discord?: Partial<LocalDiscordOptions> } = {},
): Promise<Harness> {
  const real = await realEngine();
  const discord = await LocalDiscord.start({
    token: FAKE_TOKEN,
    heartbeatIntervalMs: 1000,
    ...options.discord,
  });
  const rawLogs: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'debug',
    secrets: [FAKE_TOKEN],
    destination: {
      write(line: string) {
        rawLogs.push(line);
        logs.push(JSON.parse(line));
      },
    },
  });
  const config = parseConfig({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_API_BASE: discord.apiBase,
    ARTICLES_DIR,
    LOG_LEVEL: 'debug',
  });
  const client = await startBot(config, options.wrap ? options.wrap(real) : real, { logger });
  return {
    discord,
    client,
    engine: real,
    logs,
    rawLogs,
    async close() {
      await client.destroy();
      await discord.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Reading replies

export type Embed = Record<string, unknown> & {
  title?: string;
  description?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string }[];
};

/** Markdown escapes removed: what a reader sees. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\*_`~|>#\-[\]])/g, '$1');
}

/** The (file, date) of every source line ("— … · `file` · date") in the embeds. */
export function citedSources(embeds: readonly Embed[]): { file: string; date: string }[] {
  const out: { file: string; date: string }[] = [];
  for (const e of embeds) {
    for (const line of (e.description ?? '').split('\n')) {
      if (!line.startsWith('— ')) continue;
      const parts = line.slice(2).split(' · ');
      const file = parts.map((p) => /^`([^`]+)`$/.exec(p)?.[1]).find(Boolean);
      if (file) out.push({ file, date: parts[parts.length - 1] as string });
    }
  }
  return out;
}

/** The text of every block quote, markdown escapes removed. */
export function blockQuotes(embeds: readonly Embed[]): string[] {
  return embeds.flatMap((e) =>
    (e.description ?? '')
      .split('\n')
      .filter((l) => l.startsWith('> '))
      .map((l) => unescapeMarkdown(l.slice(2))),
  );
}

/** What an answer should cite: each citation's file with its date, and each `sources` article with its own. */
export function expectedSources(answer: Answer): { file: string; published: string | null }[] {
  return answer.items.flatMap((item) =>
    item.citations.length
      ? item.citations.map((c) => ({ file: c.file, published: c.published }))
      : typeof item.file === 'string'
        ? [{ file: item.file, published: typeof item.published === 'string' ? item.published : null }]
        : [],
  );
}

/** A shown date matches a citation's: the ISO date, or for an undated one "undated" or the date as printed. */
export function dateMatches(shown: string, published: string | null): boolean {
  return published ? shown === published : shown === 'undated' || shown.startsWith('dated “');
}

/** The message a user finally sees for an interaction (the last reply or edit), or a follow-up if none. */
export function finalMessage(record: InteractionRecord): SentMessage {
  const messages = sentMessages(record);
  const main = messages.filter((m) => m.via !== 'followup');
  const last = main[main.length - 1] ?? messages[messages.length - 1];
  if (!last) throw new Error(`interaction ${record.id} got no message`);
  return last;
}

/** The "More sources" button's custom_id on a message, if it has one. */
export function moreButton(message: SentMessage): string | undefined {
  for (const row of message.components as { components?: { custom_id?: string; label?: string }[] }[]) {
    for (const c of row.components ?? []) if (c.label?.startsWith('More sources')) return c.custom_id;
  }
  return undefined;
}

/** Every page of an answer: the reply, then each page behind "More sources", pressing it as a user would. */
export async function allPages(discord: LocalDiscord, record: InteractionRecord): Promise<SentMessage[]> {
  const pages = [finalMessage(record)];
  let current = record;
  for (
    let id = moreButton(pages[0] as SentMessage);
    id;
    id = moreButton(pages[pages.length - 1] as SentMessage)
  ) {
    if (!current.original) throw new Error('no message to press the button on');
    current = await discord.settled(discord.clickButton(current.original, id));
    pages.push(finalMessage(current));
    if (pages.length > 50) throw new Error('More sources never ends');
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------------------
// Checks every answer must pass

/** Runs a command and checks what every answer must be: acknowledged in time, within limits, pinging nobody. */
export async function runCommand(
  h: Harness,
  name: string,
  options: OptionValues | RawOption[] = {},
): Promise<{ record: InteractionRecord; reply: SentMessage }> {
  const record = await h.discord.settled(h.discord.sendCommand(name, options));
  const first = record.callbacks[0];
  expect(first, 'acknowledged').toBeDefined();
  expect(first?.elapsed).toBeLessThan(3000);
  expect(first?.type, 'deferred first, then edited').toBe(5);
  for (const message of sentMessages(record)) {
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(embedLimitViolations(message.embeds as APIEmbed[])).toEqual([]);
  }
  return { record, reply: finalMessage(record) };
}

/** The reply (and its further pages) cite exactly the files and dates the engine's answer holds. */
export async function expectCitesAnswer(
  h: Harness,
  record: InteractionRecord,
  answer: Answer,
): Promise<Embed[]> {
  const pages = await allPages(h.discord, record);
  const embeds = pages.flatMap((p) => p.embeds) as Embed[];
  for (const page of pages) {
    expect(embedLimitViolations(page.embeds as APIEmbed[])).toEqual([]);
    expect(page.allowed_mentions).toEqual({ parse: [] });
  }
  const shown = citedSources(embeds);
  const expected = expectedSources(answer);
  expect(shown.length).toBe(expected.length);
  expected.forEach((want, i) => {
    const got = shown[i];
    expect(got?.file).toBe(want.file);
    expect(dateMatches(got?.date ?? '', want.published), `${got?.date} for ${want.published}`).toBe(true);
  });
  // Quotes are verbatim: each citation's quote (whitespace folded) is a block quote, whole or cut into parts.
  const quotes = blockQuotes(embeds).join(' ');
  for (const c of answer.items.flatMap((i) => i.citations)) {
    const words = c.quote.replace(/\s+/g, ' ').trim();
    expect(quotes.replace(/ …|… /g, ' ').replace(/\s+/g, ' ')).toContain(words);
  }
  return embeds;
}
