/**
 * `npm run deploy-commands`: registers the slash commands through REST alone (no gateway session), run when
 * their definitions change. With `DISCORD_GUILD_ID` they go to that one server and appear at once (for
 * development); without it they are registered globally, for every server the bot is invited to.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { type Command, commandList } from '../../commands/index.js';
import { type Config, ConfigError, readConfig } from '../config.js';

export interface Deployment {
  scope: 'guild' | 'global';
  route: string;
  /** How many commands Discord now holds there. */
  count: number;
}

export async function deployCommands(
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_CLIENT_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_BASE'>,
  list: readonly Command[] = commandList,
): Promise<Deployment> {
  const rest = new REST(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}).setToken(
    config.DISCORD_TOKEN,
  );
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  // PUT replaces the whole set, so a command removed from commands/ disappears from Discord too.
  const registered = (await rest.put(route, { body: list.map((c) => c.data.toJSON()) })) as unknown[];
  return { scope: config.DISCORD_GUILD_ID ? 'guild' : 'global', route, count: registered.length };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`deploy-commands: ${error.message}\n`);
    process.exit(1);
  }
  try {
    const { scope, count } = await deployCommands(config);
    process.stdout.write(
      scope === 'guild'
        ? `Registered ${count} commands in server ${config.DISCORD_GUILD_ID}; they can be used there now.\n`
        : `Registered ${count} commands globally, for every server the bot is in.\n`,
    );
    process.exit(0);
  } catch (error) {
    const e = error as Error & { status?: number };
    process.stderr.write(
      `deploy-commands: Discord refused the commands (${e.status ?? ''} ${e.message}); check DISCORD_TOKEN, DISCORD_CLIENT_ID and DISCORD_GUILD_ID.\n`,
    );
    process.exit(1);
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(realpathSync(entry)).href) await main();
