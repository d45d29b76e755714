import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { UsageError } from '../errors.js';
import { discordMessage, MORE_SOURCES } from '../render/discord.js';
import { pageStoreFor } from './pageStore.js';

export function isMoreSources(customId: string): boolean {
  return customId.startsWith(`${MORE_SOURCES}:`);
}

/**
 * The "More sources" button: the next page of an answer, shown to whoever pressed it (so reading on does not
 * post the rest of a long answer to the whole channel), with its own button while pages remain.
 */
export async function showMoreSources(interaction: ButtonInteraction): Promise<void> {
  const [, key = '', pageText = ''] = interaction.customId.split(':');
  const page = Number(pageText);
  const pages = pageStoreFor(interaction.client).get(key);
  if (!pages || !Number.isInteger(page) || !pages[page]) {
    throw new UsageError(
      'These sources are no longer held (citebot keeps them for an hour, and forgets them when it restarts). Run the command again to see them.',
    );
  }
  await interaction.reply({ ...discordMessage(pages, page, key), flags: MessageFlags.Ephemeral });
}
