import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { sendAnswer } from '../src/bot/sendAnswer.js';
import type { AnswerEngine, Command } from './command.js';
import { publicOption, visibility } from './publicOption.js';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('The articles citebot answers from: titles, publishers and publication dates')
  .addBooleanOption(publicOption);

export async function execute(interaction: ChatInputCommandInteraction, engine: AnswerEngine): Promise<void> {
  await interaction.deferReply(visibility(interaction));
  await sendAnswer(interaction, await engine.sources(), engine.articles);
}

export default { data, execute } satisfies Command;
