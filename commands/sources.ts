import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import type { Answer } from '../src/answer/schema.js';
import type { AnswerEngine, Command } from './command.js';
import { publicOption, visibility } from './publicOption.js';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('The articles citebot answers from: titles, publishers and publication dates')
  .addBooleanOption(publicOption);

export async function execute(
  interaction: ChatInputCommandInteraction,
  engine: AnswerEngine,
): Promise<Answer> {
  await interaction.deferReply(visibility(interaction));
  return engine.sources();
}

export default { data, execute } satisfies Command;
