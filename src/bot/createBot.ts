import { once } from 'node:events';
import { Client, type ClientEvents, Events, GatewayIntentBits } from 'discord.js';
import type { AnswerEngine } from '../../commands/command.js';
import { type Command, commands } from '../../commands/index.js';
import type { Config } from '../config.js';
import { NO_MENTIONS } from '../render/discord.js';
import { AnswerQueue } from './answerQueue.js';
import { type BotContext, type BotEvent, listen } from './botEvent.js';
import { events } from './events/index.js';
import { createLogger, type Logger } from './logger.js';

export interface BotOptions {
  /** Default: JSON lines on standard output at `config.LOG_LEVEL`, the token scrubbed. */
  logger?: Logger;
  /** Default: every command in `commands/`. */
  commands?: ReadonlyMap<string, Command>;
}

/**
 * The bot's client, built the same way for `npm start` and for the tests: slash commands need no privileged
 * intent (Guilds is the guide's minimum); nothing it sends pings anyone; `DISCORD_API_BASE`, when set,
 * replaces discord.com as the REST base, and the gateway is whatever that base's `/gateway/bot` names.
 */
export function createBot(config: Config, engine: AnswerEngine, options: BotOptions = {}): Client {
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {},
  });
  const context: BotContext = {
    engine,
    commands: options.commands ?? commands,
    logger,
    queue: new AnswerQueue(),
  };
  for (const event of events) listen(client, event as BotEvent<keyof ClientEvents>, context);
  return client;
}

/** `createBot`, then logs in; resolves once the gateway session is ready. */
export async function startBot(
  config: Config,
  engine: AnswerEngine,
  options: BotOptions = {},
): Promise<Client<true>> {
  const client = createBot(config, engine, options);
  await Promise.all([once(client, Events.ClientReady), client.login(config.DISCORD_TOKEN)]);
  return client as Client<true>;
}
