import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import type { Answer } from '../src/answer/schema.js';
import { readDateRange } from '../src/extract/dateRange.js';
import { suggest } from './choices.js';
import type { AnswerEngine, Command } from './command.js';
import { publicOption, visibility } from './publicOption.js';

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription('What happened and what is planned, in date order, each event quoted from the articles')
  .addStringOption((option) =>
    option
      .setName('topic')
      .setDescription('What the timeline is about (empty: every dated event)')
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addStringOption((option) =>
    option
      .setName('from')
      .setDescription('Earliest date: YYYY, YYYY-MM, YYYY-MM-DD or a month and year (March 2024)')
      .setMinLength(4)
      .setMaxLength(10),
  )
  .addStringOption((option) =>
    option
      .setName('to')
      .setDescription('Latest date: YYYY, YYYY-MM, YYYY-MM-DD or a month and year (March 2024)')
      .setMinLength(4)
      .setMaxLength(10),
  )
  .addBooleanOption(publicOption);

export async function execute(
  interaction: ChatInputCommandInteraction,
  engine: AnswerEngine,
): Promise<Answer> {
  const topic = interaction.options.getString('topic')?.trim() ?? '';
  // Read before acknowledging, so a date it cannot read is answered privately (see `routeInteraction`).
  const { from, to } = readDateRange(
    {
      from: interaction.options.getString('from') ?? undefined,
      to: interaction.options.getString('to') ?? undefined,
    },
    (name, value) => `\`${name}: ${value}\``,
  );
  await interaction.deferReply(visibility(interaction));
  const range = from || to ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : undefined;
  return engine.timeline(topic, range);
}

export async function autocomplete(
  interaction: AutocompleteInteraction,
  engine: AnswerEngine,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(focused.name === 'topic' ? suggest(await engine.topics(), focused.value) : []);
}

export default { data, execute, autocomplete } satisfies Command;
