import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import type { Answer } from '../src/answer/schema.js';
import { suggest } from './choices.js';
import type { AnswerEngine, Command } from './command.js';
import { publicOption, visibility } from './publicOption.js';

export const data = new SlashCommandBuilder()
  .setName('who')
  .setDescription('Who the articles name, their roles and what they said, each quoted')
  .addStringOption((option) =>
    option
      .setName('name')
      .setDescription('A person or an office (empty: everyone the articles name)')
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addBooleanOption(publicOption);

export async function execute(
  interaction: ChatInputCommandInteraction,
  engine: AnswerEngine,
): Promise<Answer> {
  const name = interaction.options.getString('name')?.trim() ?? '';
  await interaction.deferReply(visibility(interaction));
  return engine.who(name);
}

export async function autocomplete(
  interaction: AutocompleteInteraction,
  engine: AnswerEngine,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(focused.name === 'name' ? suggest(await engine.names(), focused.value) : []);
}

export default { data, execute, autocomplete } satisfies Command;
