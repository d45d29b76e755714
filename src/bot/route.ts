import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Interaction,
  MessageFlags,
  RESTJSONErrorCodes,
  type RepliableInteraction,
} from 'discord.js';
import type { Answer } from '../answer/schema.js';
import { UsageError } from '../errors.js';
import { NO_MENTIONS } from '../render/discord.js';
import type { BotContext } from './botEvent.js';
import { checkOptions } from './checkOptions.js';
import { describeError } from './logger.js';
import { isMoreSources, showMoreSources } from './moreSources.js';
import { type Picture, sendAnswer } from './sendAnswer.js';

/**
 * Sends each interaction where it goes: a slash command to its module, a focused option to its autocomplete,
 * a "More sources" press to the page store. Here alone errors are caught: each is logged with the
 * interaction's id and answered privately, and none stops the bot.
 */
export async function routeInteraction(context: BotContext, interaction: Interaction): Promise<void> {
  const acknowledged = context.queue.arrived();
  try {
    if (interaction.isChatInputCommand()) await runCommand(context, interaction, acknowledged);
    else if (interaction.isAutocomplete()) await runAutocomplete(context, interaction);
    else if (interaction.isButton() && isMoreSources(interaction.customId))
      await runMoreSources(context, interaction);
    else context.logger.debug({ interaction: interaction.id, type: interaction.type }, 'interaction ignored');
  } finally {
    acknowledged();
  }
}

async function runCommand(
  context: BotContext,
  interaction: ChatInputCommandInteraction,
  acknowledged: () => void,
): Promise<void> {
  const started = Date.now();
  const fields = { interaction: interaction.id, command: interaction.commandName, user: interaction.user.id };
  try {
    const command = context.commands.get(interaction.commandName);
    if (!command) {
      const known = [...context.commands.keys()].map((name) => `\`/${name}\``).join(', ');
      throw new UsageError(
        `citebot has no \`/${interaction.commandName}\` any more. Use one of ${known} (if this list looks out of date, whoever runs citebot should run \`npm run deploy-commands\`).`,
      );
    }
    checkOptions(interaction, command.data.toJSON());
    const engine = context.queue.engineFor(context.engine, acknowledged);
    const answer = await command.execute(interaction, engine);
    await sendAnswer(interaction, answer, engine.articles, await pictureOf(answer));
    context.logger.info({ ...fields, ms: Date.now() - started }, 'answered');
  } catch (error) {
    await answerError(context, interaction, error, fields);
  }
}

async function runAutocomplete(context: BotContext, interaction: AutocompleteInteraction): Promise<void> {
  const fields = { interaction: interaction.id, command: interaction.commandName, user: interaction.user.id };
  try {
    const command = context.commands.get(interaction.commandName);
    if (command?.autocomplete) await command.autocomplete(interaction, context.engine);
    else await interaction.respond([]);
    context.logger.debug(fields, 'suggested');
  } catch (error) {
    context.logger.warn({ ...fields, err: describeError(error) }, 'autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch(() => {});
  }
}

async function runMoreSources(context: BotContext, interaction: ButtonInteraction): Promise<void> {
  const fields = { interaction: interaction.id, button: interaction.customId, user: interaction.user.id };
  try {
    await showMoreSources(interaction);
    context.logger.info(fields, 'more sources shown');
  } catch (error) {
    await answerError(context, interaction, error, fields);
  }
}

/**
 * Tells the user, privately, what went wrong and what to type instead. A public "thinking…" reply is removed
 * first, so a mistake is never posted to the channel.
 */
async function answerError(
  context: BotContext,
  interaction: RepliableInteraction,
  error: unknown,
  fields: Record<string, unknown>,
): Promise<void> {
  const log = context.logger;
  if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction) {
    log.warn(
      { ...fields, err: describeError(error) },
      'too late to answer: Discord no longer knows the interaction',
    );
    return;
  }
  const usage = error instanceof UsageError;
  if (usage) log.info({ ...fields, err: describeError(error) }, 'usage error');
  else log.error({ ...fields, err: describeError(error) }, 'command failed');
  const content = usage
    ? error.message
    : `Something went wrong while answering. Try again in a moment, or try \`/sources\` to check the articles are loaded; if it keeps failing, tell whoever runs citebot (reference ${interaction.id}).`;
  const message = { content, embeds: [], components: [], allowedMentions: NO_MENTIONS };
  try {
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
    } else if (interaction.deferred && !interaction.replied && interaction.ephemeral) {
      await interaction.editReply(message);
    } else {
      if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => {});
      await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
    }
  } catch (sendError) {
    log.warn({ ...fields, err: describeError(sendError) }, 'could not tell the user about the error');
  }
}

/** A timeline's picture; the chart libraries load on the first /timeline, not at start. */
async function pictureOf(answer: Answer): Promise<Picture | undefined> {
  if (answer.command !== 'timeline' || answer.status !== 'answered') return undefined;
  const { timelinePicture } = await import('../render/chartImage.js');
  const drawn = await timelinePicture(answer);
  return drawn ? { name: 'timeline.png', png: drawn.png } : undefined;
}
