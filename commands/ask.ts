import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import type { Answer } from '../src/answer/schema.js';
import type { AnswerEngine, Command } from './command.js';
import { publicOption, visibility } from './publicOption.js';

/** Room for a question with its context; a pasted paragraph is not a question the articles can answer. */
export const QUESTION_MAX_LENGTH = 300;

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask the articles a question; the answer quotes them word for word')
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('Your question, in your own words')
      .setRequired(true)
      .setMinLength(3)
      .setMaxLength(QUESTION_MAX_LENGTH),
  )
  .addBooleanOption(publicOption);

export async function execute(
  interaction: ChatInputCommandInteraction,
  engine: AnswerEngine,
): Promise<Answer> {
  const question = interaction.options.getString('question', true).trim();
  await interaction.deferReply(visibility(interaction));
  return engine.ask(question);
}

export default { data, execute } satisfies Command;
