/**
 * `node scripts/runBuilt.mjs <entry> [args...]` runs a compiled entry of `dist/` (`src/cli.js`,
 * `src/bot/start.js`, …) in this process. When a source is newer than the last build, it first rebuilds
 * `dist/` (`tsc -b`, incremental): someone who edits `src/` and runs `npm run cli` gets the code they
 * wrote, never a stale build. The check stats the sources (~2 ms); running `tsc -b` on every call would
 * cost ~0.8 s even with nothing to build.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(ROOT, 'dist', '.tsbuildinfo');
const SOURCES = ['src', 'commands'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

function newestSource() {
  let newest = Math.max(...CONFIGS.map((f) => mtime(join(ROOT, f))));
  for (const dir of SOURCES) {
    for (const entry of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
      newest = Math.max(newest, mtime(join(entry.parentPath, entry.name)));
    }
  }
  return newest;
}

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/runBuilt.mjs <entry in dist/> [args...]\n');
  process.exit(2);
}
if (mtime(STAMP) < newestSource()) {
  process.stderr.write('citebot: sources changed since the last build; rebuilding dist/…\n');
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  // tsc leaves the stamp alone when the output did not change (a touched file); mark the check as done.
  const now = new Date();
  utimesSync(STAMP, now, now);
}
const script = join(ROOT, 'dist', entry);
// The entry sees itself as the script run, as under `node dist/<entry>` (deploy-commands checks this).
process.argv = [process.argv[0], script, ...args];
await import(pathToFileURL(script).href);
