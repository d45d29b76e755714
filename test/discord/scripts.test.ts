/**
 * The npm scripts as a user runs them, each in its own process against the local Discord: `deploy-commands`
 * registering the five definitions (guild or global), `start` refusing a bad configuration in one line, and
 * the bot started as `npm start` starts it answering, then closing cleanly on SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensureBuilt.mjs';
import { ARTICLES_DIR, FAKE_TOKEN } from './harness.js';
import { LocalDiscord, sentMessages } from './localDiscord.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** What `npm start` runs (package.json), without npm: the compiled bot, which starts in half the time of tsx. */
const START = ['scripts/runBuilt.mjs', 'src/bot/start.js'];

/** The environment without any of citebot's variables, so a developer's own settings cannot leak in. */
function environment(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'DISCORD_TOKEN',
    'DISCORD_CLIENT_ID',
    'DISCORD_GUILD_ID',
    'ARTICLES_DIR',
    'DISCORD_API_BASE',
    'LOG_LEVEL',
  ]) {
    delete env[key];
  }
  return { ...env, ...vars };
}

async function finished(
  child: ChildProcess,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

let discord: LocalDiscord;
beforeAll(async () => {
  // The scripts rebuild a stale dist/ first, with a note on stderr and seconds of tsc: done here, once, so
  // each test sees the script's own output whether or not src/ was edited (or checked out) since the last build.
  ensureBuilt();
  discord = await LocalDiscord.start({ token: FAKE_TOKEN });
});
afterAll(async () => discord?.close());

const base = () => ({
  DISCORD_TOKEN: FAKE_TOKEN,
  DISCORD_CLIENT_ID: discord.applicationId,
  DISCORD_API_BASE: discord.apiBase,
  ARTICLES_DIR,
});

describe('npm run deploy-commands', () => {
  it.each([
    ['guild', { DISCORD_GUILD_ID: '123456789012345678' }],
    ['global', { DISCORD_GUILD_ID: '' }],
  ] as const)('sends the five definitions to the %s route', async (scope, extra) => {
    const before = discord.registrations.length;
    const run = await finished(
      spawn('npm', ['run', '-s', 'deploy-commands'], {
        cwd: ROOT,
        env: environment({ ...base(), ...extra }),
      }),
    );
    expect(run.stderr.replace(/npm warn.*\n/g, '')).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      scope === 'guild'
        ? /^Registered 5 commands in server 123456789012345678/
        : /^Registered 5 commands globally/,
    );
    const registration = discord.registrations[before];
    expect(registration?.scope).toBe(scope);
    if (scope === 'guild') expect(registration?.guildId).toBe('123456789012345678');
    const path = discord.requests.filter((r) => r.method === 'PUT').at(-1)?.path;
    expect(path).toBe(
      scope === 'guild'
        ? `/api/v10/applications/${discord.applicationId}/guilds/123456789012345678/commands`
        : `/api/v10/applications/${discord.applicationId}/commands`,
    );

    type Definition = { name: string; description: string; options?: Record<string, unknown>[] };
    const body = registration?.body as Definition[];
    expect(body.map((c) => c.name)).toEqual(['ask', 'timeline', 'troops', 'who', 'sources']);
    for (const command of body) {
      expect(command.description.length).toBeGreaterThan(10);
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.options?.at(-1)).toMatchObject({ name: 'public', type: 5 });
      expect(command.options?.at(-1)?.required).toBeFalsy();
    }
    const option = (c: string, o: string) =>
      body.find((x) => x.name === c)?.options?.find((x) => x.name === o);
    expect(option('ask', 'question')).toMatchObject({ type: 3, required: true, max_length: 300 });
    expect(option('who', 'name')).toMatchObject({ type: 3, autocomplete: true, max_length: 100 });
    expect(option('timeline', 'topic')).toMatchObject({ type: 3, autocomplete: true });
    expect(option('timeline', 'from')).toMatchObject({ type: 3, max_length: 10 });
  });
});

describe('npm start', () => {
  it('stops with one line naming a missing or invalid variable', async () => {
    // Both at once: each is a process start (about 1 s on a 2-core machine). DISCORD_TOKEN is set empty, not
    // left out, so a developer's .env cannot fill it in (dotenv never overrides what the environment holds).
    const [missing, invalid] = await Promise.all([
      finished(
        spawn('npm', ['start', '-s'], {
          cwd: ROOT,
          env: environment({ DISCORD_TOKEN: '', DISCORD_CLIENT_ID: discord.applicationId }),
        }),
      ),
      finished(
        spawn(process.execPath, START, {
          cwd: ROOT,
          env: environment({ ...base(), DISCORD_API_BASE: 'not a url' }),
        }),
      ),
    ]);
    expect(missing.code).toBe(1);
    const lines = missing.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'));
    expect(lines).toEqual([
      expect.stringMatching(/^citebot: DISCORD_TOKEN is missing: set it to the bot's token/),
    ]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^citebot: DISCORD_API_BASE is invalid: /),
    ]);
  });

  it('logs in, answers, and closes the gateway cleanly on SIGTERM, never logging the token', async () => {
    // The command `npm start` runs, started directly so the signal reaches it rather than npm.
    const bot = spawn(process.execPath, START, {
      cwd: ROOT,
      env: environment({ ...base(), LOG_LEVEL: 'info' }),
    });
    const exit = finished(bot);
    let out = '';
    bot.stdout?.on('data', (d) => (out += d));
    const deadline = Date.now() + 30_000;
    while (!out.includes('"msg":"ready"')) {
      if (Date.now() > deadline || bot.exitCode !== null)
        throw new Error(`the bot did not become ready:\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const record = await discord.settled(discord.sendCommand('sources'));
    expect(sentMessages(record).at(-1)?.embeds.length).toBeGreaterThan(0);

    bot.kill('SIGTERM');
    const { code, stdout } = await exit;
    expect(code).toBe(0);
    expect(discord.closeCodes).toContain(1000);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['articles loaded', 'ready', 'answered', 'closing', 'closed']),
    );
    expect(lines.find((l) => l.msg === 'answered')?.interaction).toBe(record.id);
    expect(stdout).not.toContain(FAKE_TOKEN);
    expect(stdout).not.toContain(record.token);
  });
});
