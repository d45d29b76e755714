/**
 * `npm start`: reads the configuration, loads the articles' index once, keeps it in step with the articles
 * folder (added, changed and removed files, without a restart), logs in and answers until SIGINT or
 * SIGTERM, which close the gateway connection cleanly before exiting.
 */
import type { Client } from 'discord.js';
import { type Config, ConfigError, readConfig } from '../config.js';
import { defaultIndexDir, engineOver, openIndex } from '../engine.js';
import { watchArticles } from '../index/watchArticles.js';
import { createBot } from './createBot.js';
import { createLogger, describeError } from './logger.js';

/** Long enough for the gateway's close handshake; a stuck close must not keep a supervisor waiting. */
const CLOSE_TIMEOUT_MS = 5000;

function configOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`citebot: ${error.message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: describeError(reason) }, 'unhandled rejection; still running');
  });

  let client: Client | null = null;
  let watcher: { close(): void } | null = null;
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'closing');
    watcher?.close();
    setTimeout(() => {
      logger.error('the gateway did not close in time; exiting anyway');
      process.exit(1);
    }, CLOSE_TIMEOUT_MS).unref();
    Promise.resolve(client?.destroy()).then(
      () => {
        logger.info('closed');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: describeError(error) }, 'close failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);

  const warn = (message: string) => logger.warn(message);
  const indexDir = defaultIndexDir(config.ARTICLES_DIR);
  const index = await openIndex({ articlesDir: config.ARTICLES_DIR, indexDir, warn }).catch(
    (error: unknown) => {
      logger.fatal({ err: describeError(error) }, 'cannot load the articles');
      process.stderr.write(`citebot: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
  const engine = engineOver(index);
  watcher = watchArticles(index, {
    articlesDir: config.ARTICLES_DIR,
    indexDir,
    warn,
    onUpdate: (changes) =>
      logger.info(
        {
          added: changes.upserted.map((a) => a.file),
          removed: changes.removed,
          articles: index.articles.length,
        },
        'articles updated',
      ),
  });
  logger.info(
    {
      articlesDir: config.ARTICLES_DIR,
      articles: engine.articles.length,
      apiBase: config.DISCORD_API_BASE ?? 'discord.com',
    },
    'articles loaded',
  );
  if (closing) return;

  client = createBot(config, engine, { logger });
  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (error) {
    logger.fatal(
      { err: describeError(error) },
      'cannot log in to Discord: check DISCORD_TOKEN (and DISCORD_API_BASE if set)',
    );
    await client.destroy().catch(() => {});
    process.exit(1);
  }
}

await main();
