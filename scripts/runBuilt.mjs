/**
 * `node scripts/runBuilt.mjs <entry> [args...]` runs a compiled entry of `dist/` (`src/cli.js`,
 * `src/bot/start.js`, …) in this process. When a source is newer than the last build, it first rebuilds
 * `dist/` (see `ensureBuilt.mjs`): someone who edits `src/` and runs `npm run cli` gets the code they
 * wrote, never a stale build.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './ensureBuilt.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/runBuilt.mjs <entry in dist/> [args...]\n');
  process.exit(2);
}
ensureBuilt();
const script = join(ROOT, 'dist', entry);
// The entry sees itself as the script run, as under `node dist/<entry>` (deploy-commands checks this).
process.argv = [process.argv[0], script, ...args];
await import(pathToFileURL(script).href);
