import { type ChatInputCommandInteraction, MessageFlags, type SlashCommandBooleanOption } from 'discord.js';

/**
 * Answers are posted to the channel unless the user says `public: False`. citebot lives in a team's
 * fact-checking channel, where the point of a quoted answer is that everyone checking the story sees the same
 * sources; someone checking quietly first can keep it to themselves. (Usage errors are always private: only
 * the person who typed the command can fix it.)
 */
export const PUBLIC_BY_DEFAULT = true;

export const publicOption = (option: SlashCommandBooleanOption) =>
  option
    .setName('public')
    .setDescription('Post the answer for the whole channel (default True); False shows it only to you')
    .setRequired(false);

/** `deferReply` options for the visibility the user chose. */
export function visibility(interaction: ChatInputCommandInteraction): { flags?: MessageFlags.Ephemeral } {
  const isPublic = interaction.options.getBoolean('public') ?? PUBLIC_BY_DEFAULT;
  return isPublic ? {} : { flags: MessageFlags.Ephemeral };
}
