import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { UsageError } from '../errors.js';

/**
 * Checks what Discord sent against the command's definition before anything runs. Discord's own client checks
 * most of this, but an outdated registration, another client or a hand-made request can still send an unknown
 * option, a wrong type or an empty required one: each gets a message saying what to type instead.
 */
export function checkOptions(
  interaction: ChatInputCommandInteraction,
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody,
): void {
  const defined = new Map((definition.options ?? []).map((o) => [o.name, o]));
  const typeThis = `Type ${usage(definition)}`;
  for (const given of interaction.options.data) {
    const option = defined.get(given.name);
    if (!option) {
      throw new UsageError(`\`/${definition.name}\` has no option \`${given.name}\`. ${typeThis}`);
    }
    if (option.type !== given.type) {
      throw new UsageError(`\`${given.name}\` takes ${kind(option)}. ${typeThis}`);
    }
    if (option.type === ApplicationCommandOptionType.String) {
      const value = typeof given.value === 'string' ? given.value.trim() : '';
      if (!value && option.required) {
        throw new UsageError(
          `\`${given.name}\` is empty. ${typeThis}, with something after \`${given.name}:\``,
        );
      }
      if (value && option.min_length !== undefined && value.length < option.min_length) {
        throw new UsageError(`\`${given.name}\` needs at least ${option.min_length} characters. ${typeThis}`);
      }
      if (option.max_length !== undefined && value.length > option.max_length) {
        throw new UsageError(
          `\`${given.name}\` takes at most ${option.max_length} characters. Shorten it and try again.`,
        );
      }
    }
  }
  for (const option of defined.values()) {
    if (option.required && !interaction.options.data.some((o) => o.name === option.name)) {
      throw new UsageError(`\`/${definition.name}\` needs \`${option.name}\`. ${typeThis}`);
    }
  }
}

/** How to type the command: `/ask question:<text> [public:<True|False>]`. */
export function usage(definition: RESTPostAPIChatInputApplicationCommandsJSONBody): string {
  const options = (definition.options ?? []).map((o) => {
    const part = `${o.name}:<${kind(o)}>`;
    return o.required ? part : `[${part}]`;
  });
  return `\`/${[definition.name, ...options].join(' ')}\``;
}

function kind(option: APIApplicationCommandOption): string {
  switch (option.type) {
    case ApplicationCommandOptionType.String:
      return 'text';
    case ApplicationCommandOptionType.Boolean:
      return 'True|False';
    case ApplicationCommandOptionType.Integer:
      return 'whole number';
    case ApplicationCommandOptionType.Number:
      return 'number';
    default:
      return 'value';
  }
}
