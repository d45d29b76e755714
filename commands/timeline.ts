import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  SlashCommandBuilder,
} from 'discord.js';
import type { Answer } from '../src/answer/schema.js';
import { type Picture, sendAnswer } from '../src/bot/sendAnswer.js';
import { UsageError } from '../src/errors.js';
import { suggest } from './choices.js';
import type { AnswerEngine, Command } from './command.js';
import { publicOption, visibility } from './publicOption.js';

/** A year, a month or a day, as precise as the user wants: the engine's dates are ISO 8601 at that precision. */
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

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
      .setDescription('Earliest date: YYYY, YYYY-MM or YYYY-MM-DD')
      .setMinLength(4)
      .setMaxLength(10),
  )
  .addStringOption((option) =>
    option
      .setName('to')
      .setDescription('Latest date: YYYY, YYYY-MM or YYYY-MM-DD')
      .setMinLength(4)
      .setMaxLength(10),
  )
  .addBooleanOption(publicOption);

function dateOption(interaction: ChatInputCommandInteraction, name: 'from' | 'to'): string | undefined {
  const value = interaction.options.getString(name)?.trim();
  if (!value) return undefined;
  if (!ISO_DATE.test(value)) {
    throw new UsageError(
      `\`${name}: ${value}\` is not a date I can read. Type it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. \`${name}: 2024-05\`.`,
    );
  }
  return value;
}

export async function execute(interaction: ChatInputCommandInteraction, engine: AnswerEngine): Promise<void> {
  const topic = interaction.options.getString('topic')?.trim() ?? '';
  const from = dateOption(interaction, 'from');
  const to = dateOption(interaction, 'to');
  // ISO dates compare as strings; compared at the shorter one's precision, "2025-09" to "2025" is a valid range.
  const common = Math.min(from?.length ?? 0, to?.length ?? 0);
  if (from && to && from.slice(0, common) > to.slice(0, common)) {
    throw new UsageError(`\`from: ${from}\` comes after \`to: ${to}\`. Swap them, or leave one out.`);
  }
  await interaction.deferReply(visibility(interaction));
  const range = from || to ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : undefined;
  const answer = await engine.timeline(topic, range);
  await sendAnswer(interaction, answer, engine.articles, await picture(answer));
}

/** The timeline's picture; the chart libraries load on the first /timeline, not at start. */
async function picture(answer: Answer): Promise<Picture | undefined> {
  if (answer.status !== 'answered') return undefined;
  const { timelinePicture } = await import('../src/render/chartImage.js');
  const drawn = await timelinePicture(answer);
  return drawn ? { name: 'timeline.png', png: drawn.png } : undefined;
}

export async function autocomplete(
  interaction: AutocompleteInteraction,
  engine: AnswerEngine,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(focused.name === 'topic' ? suggest(await engine.topics(), focused.value) : []);
}

export default { data, execute, autocomplete } satisfies Command;
