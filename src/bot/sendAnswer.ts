import type { ChatInputCommandInteraction } from 'discord.js';
import type { Answer } from '../answer/schema.js';
import type { Article } from '../corpus/article.js';
import { discordMessage, renderDiscord } from '../render/discord.js';
import { pageStoreFor } from './pageStore.js';

/**
 * Shows an answer: its first page as the reply (editing the deferred one), the rest kept for the
 * "More sources" button under it.
 */
export async function sendAnswer(
  interaction: ChatInputCommandInteraction,
  answer: Answer,
  articles: readonly Article[],
): Promise<void> {
  const pages = renderDiscord(answer, articles);
  if (pages.length > 1) pageStoreFor(interaction.client).put(interaction.id, pages);
  const message = discordMessage(pages, 0, interaction.id);
  if (interaction.deferred || interaction.replied) await interaction.editReply(message);
  else await interaction.reply(message);
}
