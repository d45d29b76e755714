import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import type { Answer } from '../src/answer/schema.js';
import type { AnswerEngine, Command } from './command.js';
import { publicOption, visibility } from './publicOption.js';

export const data = new SlashCommandBuilder()
  .setName('troops')
  .setDescription('Troop numbers the articles give, each quoted, with where the sources disagree')
  .addStringOption((option) =>
    option
      .setName('about')
      .setDescription('Whose troops, or where (empty: every figure in the articles)')
      .setMaxLength(100),
  )
  .addBooleanOption(publicOption);

export async function execute(
  interaction: ChatInputCommandInteraction,
  engine: AnswerEngine,
): Promise<Answer> {
  const about = interaction.options.getString('about')?.trim() ?? '';
  await interaction.deferReply(visibility(interaction));
  return engine.troops(about);
}

export default { data, execute } satisfies Command;
