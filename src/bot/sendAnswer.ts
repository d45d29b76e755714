import { AttachmentBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { Answer } from '../answer/schema.js';
import type { Article } from '../corpus/article.js';
import { discordMessage, renderDiscord } from '../render/discord.js';
import { pageStoreFor } from './pageStore.js';

/** A picture shown in the answer's first embed, uploaded with the reply. */
export interface Picture {
  /** The attachment's file name, as `attachment://<name>` refers to it. */
  name: string;
  png: Buffer;
}

/**
 * Shows an answer: its first page as the reply (editing the deferred one), the rest kept for the
 * "More sources" button under it; a picture, where given, in the first embed.
 */
export async function sendAnswer(
  interaction: ChatInputCommandInteraction,
  answer: Answer,
  articles: readonly Article[],
  picture?: Picture,
): Promise<void> {
  const pages = renderDiscord(answer, articles);
  const header = pages[0]?.[0];
  if (picture && header) header.image = { url: `attachment://${picture.name}` };
  if (pages.length > 1) pageStoreFor(interaction.client).put(interaction.id, pages);
  const message = {
    ...discordMessage(pages, 0, interaction.id),
    ...(picture ? { files: [new AttachmentBuilder(picture.png, { name: picture.name })] } : {}),
  };
  if (interaction.deferred || interaction.replied) await interaction.editReply(message);
  else await interaction.reply(message);
}
