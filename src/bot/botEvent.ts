import type { Client, ClientEvents } from 'discord.js';
import type { AnswerEngine, Command } from '../../commands/index.js';
import type { AnswerQueue } from './answerQueue.js';
import type { Logger } from './logger.js';

/** What every event handler is given besides the event's own arguments. */
export interface BotContext {
  engine: AnswerEngine;
  commands: ReadonlyMap<string, Command>;
  logger: Logger;
  /** Acknowledgements first, answers after (see `AnswerQueue`). */
  queue: AnswerQueue;
}

/** One client event, in the discord.js guide's shape (`src/bot/events/`, a file per event). */
export interface BotEvent<K extends keyof ClientEvents> {
  name: K;
  /** Run only the first time (e.g. becoming ready). */
  once?: boolean;
  execute(context: BotContext, ...args: ClientEvents[K]): unknown;
}

export type AnyBotEvent = { [K in keyof ClientEvents]: BotEvent<K> }[keyof ClientEvents];

/**
 * Attaches an event; a handler that throws or rejects is logged, never left to crash the process
 * (an unhandled rejection would end it).
 */
export function listen<K extends keyof ClientEvents>(
  client: Client,
  event: BotEvent<K>,
  context: BotContext,
): void {
  const run = (...args: ClientEvents[K]) => {
    Promise.resolve()
      .then(() => event.execute(context, ...args))
      .catch((error: unknown) =>
        context.logger.error({ event: event.name, err: String(error) }, 'event handler failed'),
      );
  };
  if (event.once) client.once(event.name, run);
  else client.on(event.name, run);
}
