import { Events } from 'discord.js';
import type { BotEvent } from '../botEvent.js';

export default {
  name: Events.ShardReconnecting,
  execute(context, shard) {
    context.logger.warn({ shard }, 'gateway connection lost; reconnecting');
  },
} satisfies BotEvent<Events.ShardReconnecting>;
