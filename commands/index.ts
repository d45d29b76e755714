import { COMMANDS, type CommandName } from '../src/answer/schema.js';
import ask from './ask.js';
import type { Command } from './command.js';
import sources from './sources.js';
import timeline from './timeline.js';
import troops from './troops.js';
import who from './who.js';

export type { AnswerEngine, Command } from './command.js';

/** Every slash command, in the order of the engine's `COMMANDS`; `deploy-commands` registers these. */
export const commandList: readonly Command[] = [ask, timeline, troops, who, sources];

/** The commands keyed by `data.name`, as the bot routes them. */
export const commands: ReadonlyMap<string, Command> = new Map(commandList.map((c) => [c.data.name, c]));

// The bot and the CLI offer the same commands (CONTRACT §1): fail at load, not in a user's channel.
const missing = COMMANDS.filter((name: CommandName) => !commands.has(name));
if (missing.length || commands.size !== COMMANDS.length) {
  throw new Error(`commands/ and COMMANDS disagree: missing ${missing.join(', ') || 'none'}`);
}
