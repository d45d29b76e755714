import { Events } from 'discord.js';
import type { BotEvent } from '../botEvent.js';
import { routeInteraction } from '../route.js';

export default {
  name: Events.InteractionCreate,
  execute: (context, interaction) => routeInteraction(context, interaction),
} satisfies BotEvent<Events.InteractionCreate>;
