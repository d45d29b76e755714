import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Answer } from '../src/answer/schema.js';
import type { Engine } from '../src/engine.js';

type Awaitable<T> = T | Promise<T>;

/**
 * The engine as the bot uses it: the same methods, each of which may answer now or later, so a slower engine
 * (a worker thread, a remote index) needs no change here. The engine from `openEngine` is one of these.
 */
export interface AnswerEngine {
  readonly articles: Engine['articles'];
  ask(query: string): Awaitable<Answer>;
  timeline(query?: string, range?: { from?: string; to?: string }): Awaitable<Answer>;
  troops(query?: string): Awaitable<Answer>;
  who(query?: string): Awaitable<Answer>;
  sources(): Awaitable<Answer>;
  names(): Awaitable<string[]>;
  topics(): Awaitable<string[]>;
}

/**
 * A slash command, in the discord.js guide's shape: its definition (`data`, what `deploy-commands` registers)
 * and what runs when someone uses it. Commands throw (a `UsageError` for what the user typed); only `src/bot/`
 * catches, logs and answers errors.
 */
export interface Command {
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /**
   * Validates the options, acknowledges within Discord's 3 seconds (`deferReply`), then returns the answer,
   * which `src/bot/` sends: a command knows its options, not how an answer is shown.
   */
  execute(interaction: ChatInputCommandInteraction, engine: AnswerEngine): Promise<Answer>;
  /** Suggestions while the user types a focused option (at most 25). */
  autocomplete?(interaction: AutocompleteInteraction, engine: AnswerEngine): Promise<void>;
}
