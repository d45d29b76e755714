import { Events } from 'discord.js';
import type { BotEvent } from '../botEvent.js';

export default {
  name: Events.ClientReady,
  once: true,
  execute(context, client) {
    context.logger.info(
      {
        bot: client.user.tag,
        application: client.application.id,
        articles: context.engine.articles.length,
        commands: [...context.commands.keys()],
      },
      'ready',
    );
  },
} satisfies BotEvent<Events.ClientReady>;
