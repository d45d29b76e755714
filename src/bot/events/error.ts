import { Events } from 'discord.js';
import type { BotEvent } from '../botEvent.js';
import { describeError } from '../logger.js';

/** A client with no `error` listener throws, which would end the process: log it instead. */
export default {
  name: Events.Error,
  execute(context, error) {
    context.logger.error({ err: describeError(error) }, 'client error');
  },
} satisfies BotEvent<Events.Error>;
