import { Events } from 'discord.js';
import type { BotEvent } from '../botEvent.js';

export default {
  name: Events.ShardResume,
  execute(context, shard, replayed) {
    context.logger.info({ shard, replayed }, 'gateway session resumed');
  },
} satisfies BotEvent<Events.ShardResume>;
